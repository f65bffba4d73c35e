package main

import (
	"maps"
	"testing"

	"github.com/citebot/citebot/retrieval"
)

func TestLeaveOneSetOutByMRR(t *testing.T) {
	// Sets a and b do best at p, c at q; every other parameter does worse.
	p, q := bm25Grid[3], bm25Grid[7]
	fig := func(a, b, c setFigures) map[string]setFigures {
		return map[string]setFigures{"a": a, "b": b, "c": c}
	}
	figs := map[retrieval.BM25]map[string]setFigures{}
	for _, x := range bm25Grid {
		figs[x] = fig(setFigures{10, 2, 5, 3}, setFigures{10, 2, 5, 3}, setFigures{10, 2, 5, 3})
	}
	figs[p] = fig(setFigures{10, 6, 9, 7}, setFigures{10, 5, 8, 6}, setFigures{10, 1, 4, 2})
	figs[q] = fig(setFigures{10, 3, 5, 3}, setFigures{10, 3, 5, 3}, setFigures{10, 8, 9, 9})
	held, chosen := leaveOneSetOut([]string{"a", "b", "c"}, bm25Grid, figs, byMRR)
	// leaving out a: p gives b+c MRR 8, q 12 → q, a gets q's;
	// leaving out b: p 9, q 12 → q; leaving out c: p 13, q 6 → p.
	if want := map[retrieval.BM25]int{q: 2, p: 1}; !maps.Equal(chosen, want) {
		t.Errorf("chosen %v, want %v", chosen, want)
	}
	if want := (setFigures{30, 7, 14, 8}); held != want {
		t.Errorf("held out %+v, want %+v", held, want)
	}
	// over every set MRR ties at 15; recall@1 12 against 14 → q
	if got := best(bm25Grid, figs, func(string) bool { return true }, byMRR); got != q {
		t.Errorf("best over every set %v, want %v", got, q)
	}
	r1, r5, m := (setFigures{4, 1, 3, 2}).rates()
	if r1 != 0.25 || r5 != 0.75 || m != 0.5 {
		t.Errorf("rates %v %v %v", r1, r5, m)
	}
}
