package main

import (
	"maps"
	"testing"

	"github.com/citebot/citebot/retrieval"
)

func TestChooseBM25(t *testing.T) {
	// Sets a and b do best at p, c at q; every other parameter does worse.
	p, q := bm25Grid[3], bm25Grid[7]
	fig := func(a, b, c searchFigures) map[string]searchFigures {
		return map[string]searchFigures{"a": a, "b": b, "c": c}
	}
	figs := map[retrieval.BM25]map[string]searchFigures{}
	for _, x := range bm25Grid {
		figs[x] = fig(searchFigures{10, 2, 5, 3}, searchFigures{10, 2, 5, 3}, searchFigures{10, 2, 5, 3})
	}
	figs[p] = fig(searchFigures{10, 6, 9, 7}, searchFigures{10, 5, 8, 6}, searchFigures{10, 1, 4, 2})
	figs[q] = fig(searchFigures{10, 3, 5, 3}, searchFigures{10, 3, 5, 3}, searchFigures{10, 8, 9, 9})
	held, chosen := chooseBM25([]string{"a", "b", "c"}, figs)
	// leaving out a: p gives b+c MRR 8, q 12 → q, a gets q's;
	// leaving out b: p 9, q 12 → q; leaving out c: p 13, q 6 → p.
	if want := map[retrieval.BM25]int{q: 2, p: 1}; !maps.Equal(chosen, want) {
		t.Errorf("chosen %v, want %v", chosen, want)
	}
	if want := (searchFigures{30, 7, 14, 8}); held != want {
		t.Errorf("held out %+v, want %+v", held, want)
	}
	// over every set MRR ties at 15; recall@1 12 against 14 → q
	if got := bestBM25(figs, func(string) bool { return true }); got != q {
		t.Errorf("best over every set %v, want %v", got, q)
	}
	r1, r5, m := (searchFigures{4, 1, 3, 2}).rates()
	if r1 != 0.25 || r5 != 0.75 || m != 0.5 {
		t.Errorf("rates %v %v %v", r1, r5, m)
	}
}
