package retrieval

import (
	"context"
	"math"
	"strings"
	"testing"
	"testing/fstest"
)

func TestVectorWeight(t *testing.T) {
	for _, c := range []struct {
		weight, want float64
	}{
		{0, DefaultVectorWeight},
		{-1, DefaultVectorWeight},
		{0.3, 0.3},
		{1, 1},
		{2, 1},
	} {
		if got := (Embedder{Weight: c.weight}).VectorWeight(); got != c.want {
			t.Errorf("Weight %v: VectorWeight %v, want %v", c.weight, got, c.want)
		}
	}
}

// The Embedder's Weight sets how much the vector ranking counts against
// BM25: the question's word is in one document, its vector near the
// other's.
func TestFusionFollowsWeight(t *testing.T) {
	fsys := fstest.MapFS{
		"apples.txt":  {Data: []byte("Apples grow in the orchards of the north, apples everywhere.\n")},
		"bananas.txt": {Data: []byte("Bananas ripen on tropical plantations.\n")},
	}
	near := func(_ context.Context, texts []string) ([][]float32, error) {
		out := make([][]float32, len(texts))
		for i, s := range texts {
			if strings.Contains(s, "Bananas") || s == "apples" {
				out[i] = []float32{1, 0}
			} else {
				out[i] = []float32{0, 1}
			}
		}
		return out, nil
	}
	for _, c := range []struct {
		weight float64
		first  string
	}{
		{0, "apples.txt"}, // DefaultVectorWeight: BM25 leads
		{0.9, "bananas.txt"},
	} {
		emb := Embedder{Name: "near", Dim: 2, Embed: near, Weight: c.weight}
		ix, _, err := Open(t.Context(), Corpus{FS: fsys, Name: "fruit"}, shared(Options{Embedder: emb}))
		if err != nil {
			t.Fatal(err)
		}
		got, err := ix.Search(t.Context(), "apples", 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Doc != c.first {
			t.Errorf("weight %v: first passage %+v, want %s", c.weight, got, c.first)
		}
	}
}

// TestFuse: BM25 scores count over the best, similarities between the
// best and the worst of their list; a ranking that cannot be scaled adds
// nothing; a key in both rankings gets both shares.
func TestFuse(t *testing.T) {
	for _, c := range []struct {
		name    string
		bm, vec []Ranked[string]
		weight  float64
		want    map[string]float64
	}{
		{"both", []Ranked[string]{{"a", 4}, {"b", 2}}, []Ranked[string]{{"b", 0.9}, {"c", 0.5}, {"a", 0.1}}, 0.5,
			map[string]float64{"a": 0.5, "b": 0.25 + 0.5, "c": 0.25}},
		{"bm25 only", []Ranked[string]{{"a", 2}, {"b", 1}}, nil, 0.1, map[string]float64{"a": 0.9, "b": 0.45}},
		{"a best score of zero adds nothing", []Ranked[string]{{"a", 0}}, []Ranked[string]{{"b", 0.8}, {"c", 0.4}}, 0.4,
			map[string]float64{"b": 0.4, "c": 0}},
		{"equal similarities add nothing", nil, []Ranked[string]{{"a", 0.7}, {"b", 0.7}}, 1, map[string]float64{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := map[string]float64{}
			Fuse(got, c.bm, c.vec, c.weight)
			if len(got) != len(c.want) {
				t.Fatalf("fused %v, want %v", got, c.want)
			}
			for k, w := range c.want {
				if g, ok := got[k]; !ok || math.Abs(g-w) > 1e-12 {
					t.Errorf("%s: %v, want %v", k, g, w)
				}
			}
		})
	}
}
