package chromem

import (
	"context"
	"slices"
	"testing"
)

func TestStore(t *testing.T) {
	ctx := context.Background()
	s := New()
	if keys, _, err := s.Query(ctx, []float32{1, 0}, 5); err != nil || len(keys) != 0 {
		t.Fatalf("Query of an empty store = %v, %v", keys, err)
	}
	// b is not unit length: the store normalises a copy
	b := []float32{0, 2}
	if err := s.Add(ctx, []string{"a", "b", "c"}, [][]float32{{1, 0}, b, {0.6, 0.8}}); err != nil {
		t.Fatal(err)
	}
	if b[1] != 2 {
		t.Errorf("Add changed the caller's vector: %v", b)
	}
	keys, sims, err := s.Query(ctx, []float32{0, 3}, 10) // more than it holds
	if err != nil || !slices.Equal(keys, []string{"b", "c", "a"}) {
		t.Fatalf("Query = %v %v, %v", keys, sims, err)
	}
	if sims[0] < 0.999 || sims[2] > 0.001 {
		t.Errorf("similarities %v", sims)
	}
	if err := s.Delete(ctx); err != nil || s.Len() != 3 {
		t.Errorf("Delete of no keys: %v, %d left, want all 3", err, s.Len())
	}
	if err := s.Delete(ctx, "b", "nope"); err != nil || s.Len() != 2 {
		t.Errorf("Delete(b, nope): %v, %d left", err, s.Len())
	}
	if err := s.Add(ctx, []string{"a"}, [][]float32{{0, 1}}); err != nil || s.Len() != 2 {
		t.Errorf("Add over a key: %v, %d held", err, s.Len())
	}
	if keys, _, _ := s.Query(ctx, []float32{0, 1}, 1); !slices.Equal(keys, []string{"a"}) {
		t.Errorf("replaced vector not found: %v", keys)
	}
	if keys, _, _ := s.Query(ctx, []float32{0, 1}, 0); len(keys) != 0 {
		t.Errorf("Query for 0 = %v", keys)
	}
	if err := s.Add(ctx, []string{""}, [][]float32{{1}}); err == nil {
		t.Error("Add with an empty key did not fail")
	}
}
