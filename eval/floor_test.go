package eval

import "testing"

func TestChooseFloor(t *testing.T) {
	ans := func(c float64) lookedAt { return lookedAt{answerable: true, cos: c} }
	unans := func(c float64) lookedAt { return lookedAt{answerable: false, cos: c} }
	tests := []struct {
		name               string
		looked             []lookedAt
		answerable         int
		refused            int
		maxShare           float64
		want               float64
		wantFar, wantFarNo int
	}{
		{"the highest floor within the budget", []lookedAt{unans(0.05), unans(0.08), ans(0.2), unans(0.3)}, 100, 4, 0.05, 0.31, 1, 3},
		{"no budget left: only floors that refuse no answerable question", []lookedAt{unans(0.05), ans(0.1), unans(0.3)}, 100, 5, 0.05, 0.06, 0, 1},
		{"ties go to the lowest floor", []lookedAt{unans(0.02), ans(0.5)}, 100, 5, 0.05, 0.03, 0, 1},
		{"nothing unanswerable to refuse: no floor", []lookedAt{ans(0.01), ans(0.9)}, 100, 0, 0.05, 0, 0, 0},
		{"the first look spent more than the budget: no floor", []lookedAt{unans(0.01)}, 100, 9, 0.05, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := chooseFloor(tt.looked, tt.answerable, tt.refused, tt.maxShare)
			if got.Floor != tt.want || got.FarAnswerable != tt.wantFar || got.FarUnanswerable != tt.wantFarNo || got.Answerable != tt.answerable || got.Refused != tt.refused {
				t.Errorf("chooseFloor = %+v, want floor %v refusing %d answerable and %d unanswerable", got, tt.want, tt.wantFar, tt.wantFarNo)
			}
		})
	}
}
