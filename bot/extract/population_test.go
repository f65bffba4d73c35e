package extract

import (
	"strings"
	"testing"

	"github.com/citebot/citebot/bot/asked"
)

// TestPopulationCount: a count of the people who live in a place gives
// its population ("a nation of about 11 million people"); a count of
// people killed there does not.
func TestPopulationCount(t *testing.T) {
	a := testAnswerer()
	first := "Gunmen killed at least 19 people in Tunisia on Wednesday."
	second := "Tunisia, a mostly Muslim nation of about 11 million people, was governed by autocrats."
	ps := ranked(first, second)
	cands := a.Candidates(Request{Question: asked.Parse("whats the population of tunisia"), Passages: ps})
	if len(cands) == 0 || !strings.HasPrefix(cands[0].Text, "Tunisia, a mostly") {
		t.Fatalf("candidates %+v, want the first to give the nation's people", cands)
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Tunisia, a mostly Muslim nation of about 11 million people, was governed by autocrats.", true},
		{"The city is home to 2.1 million residents.", true},
		{"Its 40,000 inhabitants voted.", true},
		{"Gunmen killed at least 19 people in Tunisia.", false},
		{"A group of 20 people met.", false},
	} {
		if got := rePopulation.MatchString(tt.s); got != tt.want {
			t.Errorf("rePopulation %q: %v, want %v", tt.s, got, tt.want)
		}
	}
}
