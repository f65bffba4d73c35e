package extract

import "fmt"

// Tree is a regression tree over a candidate's raw features (not
// standardised), one of the boosted trees a Model adds to its linear
// ranking score (Model.Trees). Node 0 is the root; node n is a leaf when
// Feature[n] is negative, and then scores Value[n]; otherwise a candidate
// whose feature Feature[n] is at most Threshold[n] goes to node Left[n],
// any other to Right[n]. Children come after their parent, so every walk
// ends. The zero Tree scores nothing and is invalid (check).
type Tree struct {
	Feature   []int     `json:"feature"`
	Threshold []float64 `json:"threshold"`
	Left      []int     `json:"left"`
	Right     []int     `json:"right"`
	Value     []float64 `json:"value"`
}

// Score is the tree's value for features x (check must have passed).
func (t Tree) Score(x []float64) float64 {
	n := 0
	for t.Feature[n] >= 0 {
		if x[t.Feature[n]] <= t.Threshold[n] {
			n = t.Left[n]
		} else {
			n = t.Right[n]
		}
	}
	return t.Value[n]
}

// check reports whether the tree is well formed over nf features: arrays
// of one length, features in range, children after their parent.
func (t Tree) check(nf int) error {
	n := len(t.Feature)
	if n == 0 || len(t.Threshold) != n || len(t.Left) != n || len(t.Right) != n || len(t.Value) != n {
		return fmt.Errorf("want %d > 0 features, thresholds, children and values", n)
	}
	for i, f := range t.Feature {
		if f < 0 {
			continue
		}
		if f >= nf {
			return fmt.Errorf("node %d: feature %d of %d", i, f, nf)
		}
		if l, r := t.Left[i], t.Right[i]; l <= i || r <= i || l >= n || r >= n {
			return fmt.Errorf("node %d: children %d and %d", i, l, r)
		}
	}
	return nil
}

// treeScore is the sum of the trees' values for features x.
func treeScore(trees []Tree, x []float64) float64 {
	s := 0.0
	for _, t := range trees {
		s += t.Score(x)
	}
	return s
}
