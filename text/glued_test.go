package text

import "testing"

func TestGlued(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"drillsseriesunder", true},
		{"countrieshave", true},
		{"themaritime", true},
		{"visitedmoscow", false}, // two content words: may be a name
		{"goldberg", false},
		{"drills", false}, // one word
		{"kayani", false},
		{"rutskoy", false},
		{"makarov", false},
		{"portis", false}, // under seven letters
		{"druzhba", false},
	} {
		if got := Glued(tt.w); got != tt.want {
			t.Errorf("Glued(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
