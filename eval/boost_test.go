package eval

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// xorGroups returns questions of five candidates over two features, of
// which the correct one has both on the same side of 0.5 and the others
// on opposite sides: no linear score ranks them, a tree of depth two does.
func xorGroups(n int, seed uint64) (raw [][][]float64, ys [][]bool) {
	r := rand.New(rand.NewPCG(seed, 7))
	side := func(hi bool) float64 {
		if hi {
			return 0.5 + 0.5*r.Float64()
		}
		return 0.5 * r.Float64()
	}
	for range n {
		var q [][]float64
		var y []bool
		for c := range 5 {
			a := r.IntN(2) == 0
			b := a == (c == 0)
			q, y = append(q, []float64{side(a), side(b)}), append(y, c == 0)
		}
		raw, ys = append(raw, q), append(ys, y)
	}
	return raw, ys
}

// picks counts the questions whose highest-scored candidate is correct.
func picks(raw [][][]float64, ys [][]bool, score func([]float64) float64) int {
	n := 0
	for q, cands := range raw {
		best, hi := 0, score(cands[0])
		for c, x := range cands {
			if s := score(x); s > hi {
				best, hi = c, s
			}
		}
		n += int(boolf(ys[q][best]))
	}
	return n
}

func TestFitTreesLearnsAnInteraction(t *testing.T) {
	raw, ys := xorGroups(200, 1)
	base := make([][]float64, len(raw))
	for i := range raw {
		base[i] = make([]float64, len(raw[i]))
	}
	trees := fitTrees(raw, ys, base, 30)
	if again := fitTrees(raw, ys, base, 30); !reflect.DeepEqual(trees, again) {
		t.Error("two fits of the same data differ")
	}
	testRaw, testYs := xorGroups(200, 2)
	got := picks(testRaw, testYs, func(x []float64) float64 {
		s := 0.0
		for _, tr := range trees {
			s += tr.Score(x)
		}
		return s
	})
	if got < 180 {
		t.Errorf("boosted trees pick %d of 200 held-out questions right, want at least 180", got)
	}
	if none := fitTrees(raw[:0], ys[:0], base[:0], 30); none != nil {
		t.Errorf("no questions: %d trees, want none", len(none))
	}
}

func TestFitTreesOption(t *testing.T) {
	qs := synthetic(60)
	for _, tc := range []struct {
		name  string
		trees int
		want  int
	}{
		{"zero means 100", 0, 100},
		{"a count", 7, 7},
		{"negative means a linear ranker", -1, 0},
	} {
		m, rep, err := Fit(t.Context(), qs, FitOptions{Trees: tc.trees})
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Trees) != tc.want || rep.Trees != tc.want {
			t.Errorf("%s: %d trees, report says %d; want %d", tc.name, len(m.Trees), rep.Trees, tc.want)
		}
	}
}
