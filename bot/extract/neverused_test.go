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
		{"What is the Bitcoin price?", idf, "; they never use the word “Bitcoin”"}, // a question for a sum: "cost" says its "price"
		{"Who set the Bitcoin price?", idf, "; they never use the words “Bitcoin” or “price”"},
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

// TestUnknownShare: the share of a question's weight the corpus lacks
// leaves out a word whose kin the corpus has (question.kin), as neverUsed
// does.
func TestUnknownShare(t *testing.T) {
	known := map[string]bool{text.Stem("bridge"): true, text.Stem("price"): true, text.Stem("km"): true, text.Stem("dr"): true, text.Stem("long"): true}
	a := New(Options{IDF: func(stem string) float64 {
		if known[stem] {
			return 1
		}
		return -1
	}})
	for _, tt := range []struct {
		q    string
		want float64
	}{
		{"How much did the bridge cost?", 0},         // a question for a sum: "price" says its "cost"
		{"How long is the bridge in kilometres?", 0}, // a unit's short form
		{"Which doctorate is on the bridge?", 0.5},   // a title's short form ("Dr.", of the stem "doctor") is no kin
		{"Who painted the bridge at cost?", 2.0 / 3}, // no sum asked
		{"Who painted the bridge?", 0.5},
	} {
		q := a.analyze(tt.q)
		w := map[string]float64{}
		for _, term := range q.terms {
			w[term] = 1
		}
		if got := a.unknownShare(q, w); got != tt.want {
			t.Errorf("unknownShare(%q) = %v, want %v (terms %v)", tt.q, got, tt.want, q.terms)
		}
	}
}
