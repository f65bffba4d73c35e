package conflict_test

import (
	"fmt"
	"testing"

	"github.com/citebot/citebot/bot/conflict"
)

// TestFindPlaces covers where a thing is.
func TestFindPlaces(t *testing.T) {
	tests := []struct {
		name, q string
		texts   []string
		want    string
	}{
		{"places differ", "Where is the depot at which the valley line's trains are maintained?",
			[]string{"Trains of the valley line will be maintained at a new depot at Carrowby, on a former gravel works.",
				"Residents near the valley line's depot at Eastfold say that night-time testing keeps them awake."},
			"[Carrowby Eastfold]"},
		{"a place at different length agrees", "Where is the depot at which the valley line's trains are maintained?",
			[]string{"Trains of the valley line will be maintained at a new depot at Carrowby, on a former gravel works.",
				"The valley line's trains are maintained at the depot at Carrowby Junction."}, "[]"},
		{"a list of places is not run together", "Where is the depot at which the valley line's trains are maintained?",
			[]string{"The valley line's trains are maintained at the depot at Carrowby, Millbrook and Linwick.",
				"The valley line's trains are maintained at the depot at Carrowby."}, "[]"},
		{"a people's adjective is no place", "Where are the spinning fish?",
			[]string{"Spinning fish stand for an animal offering in Taiwanese prayer culture.",
				"The spinning fish were found in Islamorada, Florida."}, "[]"},
		{"months and numbers are no places", "Where is the depot at which the valley line's trains are maintained?",
			[]string{"The valley line's trains were maintained at the depot in May.", "The valley line's trains are maintained at the depot in 2024."}, "[]"},
	}
	for _, tt := range tests {
		got := values(conflict.New(conflict.Options{}).Find(tt.q, passages(tt.texts...)))
		if fmt.Sprint(got) != tt.want && !(len(got) == 0 && tt.want == "[]") {
			t.Errorf("%s: got %q, want %s", tt.name, got, tt.want)
		}
	}
}
