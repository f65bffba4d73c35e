package extract

import (
	"strings"
	"testing"
)

// stump splits on feature 0 at 0.5: -1 at or below, +2 above.
var stump = Tree{Feature: []int{0, -1, -1}, Threshold: []float64{0.5, 0, 0}, Left: []int{1, 0, 0}, Right: []int{2, 0, 0}, Value: []float64{0, -1, 2}}

func TestTreeScore(t *testing.T) {
	for _, tc := range []struct {
		name string
		x    float64
		want float64
	}{
		{"below the threshold goes left", 0.2, -1},
		{"at the threshold goes left", 0.5, -1},
		{"above the threshold goes right", 0.7, 2},
	} {
		if got := stump.Score([]float64{tc.x}); got != tc.want {
			t.Errorf("%s: Score(%v) = %v, want %v", tc.name, tc.x, got, tc.want)
		}
	}
	if got := treeScore([]Tree{stump, stump}, []float64{0.7}); got != 4 {
		t.Errorf("two stumps score %v, want 4", got)
	}
}

func TestTreeCheck(t *testing.T) {
	for _, tc := range []struct {
		name string
		tree Tree
		nf   int
		want string // "" for valid
	}{
		{"a stump", stump, 1, ""},
		{"a lone leaf", Tree{Feature: []int{-1}, Threshold: []float64{0}, Left: []int{0}, Right: []int{0}, Value: []float64{3}}, 1, ""},
		{"the zero tree", Tree{}, 1, "want"},
		{"arrays of other lengths", Tree{Feature: []int{-1}, Threshold: []float64{0}, Left: []int{0}, Right: []int{0}}, 1, "want"},
		{"a feature out of range", stump, 0, "feature 0 of 0"},
		{"a child before its parent (a cycle)", Tree{Feature: []int{0, -1}, Threshold: []float64{0, 0}, Left: []int{0, 0}, Right: []int{1, 0}, Value: []float64{0, 1}}, 1, "children 0 and 1"},
		{"a child past the end", Tree{Feature: []int{0, -1}, Threshold: []float64{0, 0}, Left: []int{1, 0}, Right: []int{2, 0}, Value: []float64{0, 1}}, 1, "children 1 and 2"},
	} {
		err := tc.tree.check(tc.nf)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

func TestModelChecksTrees(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	m.Trees = append(m.Trees, Tree{Feature: []int{numFeatures, -1, -1}, Threshold: []float64{0, 0, 0}, Left: []int{1, 0, 0}, Right: []int{2, 0, 0}, Value: []float64{0, 0, 0}})
	if err := m.check(); err == nil || !strings.Contains(err.Error(), "tree") {
		t.Errorf("a tree over a feature the answerer lacks: check = %v", err)
	}
}
