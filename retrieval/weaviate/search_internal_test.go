package weaviate

import (
	"maps"
	"reflect"
	"strings"
	"testing"

	"github.com/citebot/citebot"
)

func TestWeightedQuery(t *testing.T) {
	for _, c := range []struct {
		terms   []string
		weights []float64
		want    map[string]int // times each term is written
	}{
		{[]string{"pak", "pakistan", "pakhtunistan"}, []float64{1, 0.7, 0.01}, map[string]int{"pak": 20, "pakistan": 14}},
		{[]string{"moscow", "visit"}, nil, map[string]int{"moscow": 20, "visit": 20}},
		{[]string{"rare"}, []float64{0.02}, map[string]int{}},
		{nil, nil, map[string]int{}},
	} {
		got := make(map[string]int)
		for _, w := range strings.Fields(weightedQuery(c.terms, c.weights)) {
			got[w]++
		}
		if !maps.Equal(got, c.want) {
			t.Errorf("weightedQuery(%v, %v) writes %v, want %v", c.terms, c.weights, got, c.want)
		}
	}
}

// TestFuse checks the fusion against the in-process formula on a small
// case: BM25 divided by the best, similarities scaled min-max.
func TestFuse(t *testing.T) {
	obj := func(path string, n int, score string, dist float64) chunkObj {
		return chunkObj{Path: path, N: n, Start: 0, End: 1, Text: "x", Additional: additional{Score: score, Distance: dist}}
	}
	bm := []chunkObj{obj("a", 1, "4", 0), obj("a", 2, "2", 0), obj("b", 1, "1", 0)}
	vec := []chunkObj{obj("b", 1, "", 0.1), obj("a", 2, "", 0.3), obj("c", 1, "", 0.5)}
	got := make(map[string]float64)
	for _, f := range fuse(bm, vec, 0.4) {
		got[f.obj.Path+string(rune('0'+f.obj.N))] = f.score
	}
	want := map[string]float64{"a1": 0.6, "a2": 0.6*0.5 + 0.4*0.5, "b1": 0.6*0.25 + 0.4, "c1": 0}
	for k, w := range want {
		if d := got[k] - w; d > 1e-9 || d < -1e-9 {
			t.Errorf("fused %s = %.4f, want %.4f (all: %v)", k, got[k], w, got)
		}
	}
	if f := fuse(nil, nil, 0.4); len(f) != 0 {
		t.Errorf("fuse of nothing = %v", f)
	}
	cat := &catalog{byPath: map[string]entry{"a": {src: &citebot.Source{ID: "d1", Chunks: 2}}, "b": {src: &citebot.Source{ID: "d2", Chunks: 1}}}}
	ps := passages(cat, fuse(bm, vec, 0.4), 2)
	if len(ps) != 2 || ps[0].Doc != "a" || ps[1].Doc != "b" || ps[0].Rank != 1 {
		t.Errorf("passages = %+v, want a#1 (0.6) then b#1 (0.55)", ps)
	}
}

func TestWordsRoundTrip(t *testing.T) {
	counts := map[string]int{"moscow": 3, "pakistan's": 1, "1999": 2}
	got, err := decodeWords(encodeWords(counts))
	if err != nil || !reflect.DeepEqual(got, counts) {
		t.Errorf("decodeWords(encodeWords(%v)) = %v, %v", counts, got, err)
	}
	if got, err := decodeWords(""); err != nil || len(got) != 0 {
		t.Errorf(`decodeWords("") = %v, %v`, got, err)
	}
	for _, bad := range []string{"moscow\n", "moscow x\n", " 3\n", "moscow -1\n"} {
		if _, err := decodeWords(bad); err == nil {
			t.Errorf("decodeWords(%q): no error", bad)
		}
	}
}
