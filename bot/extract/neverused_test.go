package extract

import (
	"testing"

	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// TestNeverUsed: a refusal names the question's content words the corpus
// never uses, as the question writes them, at most three, and nothing
// when the corpus uses them all or cannot say.
func TestNeverUsed(t *testing.T) {
	known := map[string]bool{}
	for _, w := range []string{"bridge", "river", "opened", "cost"} {
		known[text.Stem(w)] = true
	}
	idf := func(stem string) float64 {
		if known[stem] {
			return 1
		}
		return -1
	}
	tests := []struct {
		q    string
		idf  func(string) float64
		want string
	}{
		{"What is the Bitcoin price?", idf, "; they never use the words “Bitcoin” or “price”"},
		{"When did the bridge open?", idf, ""},                                          // every word known
		{"Who painted the bridge in 1990?", idf, "; they never use the word “painted”"}, // numbers are not named
		{"how do u steam broccoli, kale, leeks and okra", idf, "; they never use the words “steam”, “broccoli” or “kale”"},
		{"What is the Bitcoin price?", nil, ""},                                                            // the corpus cannot say
		{"Per the mayor, who got the bridge built?", idf, "; they never use the words “mayor” or “built”"}, // not "Per" or "got"
		{"Who wrote The Atlantic’s bridge article?", idf, "; they never use the word “Atlantic”"},          // not "Atlantic’s"
		{"how r u supposed to cross the river", idf, "; they never use the word “cross”"},                  // "supposed to" is a modal
	}
	for _, tt := range tests {
		a := New(Options{IDF: tt.idf})
		p := asked.Parse(tt.q)
		if got := a.neverUsed(p, a.read(p)); got != tt.want {
			t.Errorf("neverUsed(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
