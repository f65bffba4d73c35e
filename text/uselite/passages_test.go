package uselite

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/viterin/vek/vek32"
)

func TestEmbedPassages(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	two := "The bridge opened in October. Ferries stopped running a week later."
	one := "A single sentence about trains"
	got, err := m.EmbedPassages(t.Context(), []string{two, one, "", "   "})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 {
		t.Fatalf("%d vectors for 4 texts", len(got))
	}
	for i, v := range got[:2] {
		if n := vek32.Dot(v, v); math.Abs(float64(n)-1) > 1e-4 {
			t.Errorf("vector %d has norm² %v, want 1", i, n)
		}
	}
	// the mean of the sentences' vectors, normalised
	a, b := m.Embed("The bridge opened in October."), m.Embed("Ferries stopped running a week later.")
	mean := vek32.Add(a, b)
	normalise(mean)
	if cos := vek32.Dot(got[0], mean); cos < 0.99999 {
		t.Errorf("a passage of two sentences is not the mean of their vectors (cosine %.5f)", cos)
	}
	if cos := vek32.Dot(got[1], m.Embed(one)); cos < 0.99999 {
		t.Errorf("a passage of one sentence is not its vector (cosine %.5f)", cos)
	}
	if v := got[2]; len(v) != Dim || vek32.Dot(v, v) != 0 {
		t.Errorf("the empty passage got %d values, norm² %v; want %d zeros", len(v), vek32.Dot(v, v), Dim)
	}
	if len(got[3]) != Dim {
		t.Errorf("a passage of spaces got %d values, want %d", len(got[3]), Dim)
	}
	long := strings.Repeat("The bridge opened in October. ", 200)
	got, err = m.EmbedPassages(t.Context(), []string{long, cut(long, MaxPassageBytes)})
	if err != nil {
		t.Fatal(err)
	}
	if cos := vek32.Dot(got[0], got[1]); cos < 0.99999 {
		t.Errorf("text past MaxPassageBytes moved the vector (cosine %.5f)", cos)
	}
	if c := cut("ab\u00e9", 3); c != "ab" {
		t.Errorf("cut split a rune: %q", c)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := m.EmbedPassages(ctx, []string{two}); !errors.Is(err, context.Canceled) {
		t.Errorf("EmbedPassages on a done context: %v, want context.Canceled", err)
	}
}
