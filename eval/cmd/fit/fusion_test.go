package main

import (
	"maps"
	"testing"
)

func TestLeaveOneSetOut(t *testing.T) {
	// Sets a and b do best at 0.1, c much better at 0.6; every other
	// weight does worse than both.
	fig := func(a, b, c setFigures) map[string]setFigures { return map[string]setFigures{"a": a, "b": b, "c": c} }
	byWeight := map[float64]map[string]setFigures{}
	for _, w := range fusionWeights {
		byWeight[w] = fig(setFigures{10, 0, 5, 3}, setFigures{10, 0, 5, 3}, setFigures{10, 0, 5, 3})
	}
	byWeight[0.1] = fig(setFigures{10, 0, 9, 6}, setFigures{10, 0, 8, 6}, setFigures{10, 0, 4, 2})
	byWeight[0.6] = fig(setFigures{10, 0, 5, 3}, setFigures{10, 0, 5, 3}, setFigures{10, 0, 9, 8})
	held, chosen := leaveOneSetOut([]string{"a", "b", "c"}, fusionWeights, byWeight, byRecall)
	_, recall, _ := held.rates()
	// leaving out a: 0.1 gives b+c 12, 0.6 gives 14 → 0.6, a gets 5;
	// leaving out b: 0.1 gives 13, 0.6 gives 14 → 0.6, b gets 5;
	// leaving out c: 0.1 gives 17, 0.6 gives 10 → 0.1, c gets 4.
	if want := map[float64]int{0.6: 2, 0.1: 1}; !maps.Equal(chosen, want) {
		t.Errorf("chosen %v, want %v", chosen, want)
	}
	if want := 14.0 / 30; recall != want {
		t.Errorf("recall %v, want %v", recall, want)
	}
	if _, r, m := pooled(byWeight[0.1], func(s string) bool { return s != "c" }).rates(); r != 17.0/20 || m != 12.0/20 {
		t.Errorf("pooled without c: %v, %v", r, m)
	}
}
