package extract

import (
	"testing"

	"github.com/citebot/citebot/text"
)

// TestHasNearStem: the wordSet finds a near stem by lookup exactly when
// trying nearStem on every stem of the text would.
func TestHasNearStem(t *testing.T) {
	ws := newWordSet("The deepest buses of the larger port were bus and buse, deep and larg.")
	for _, stem := range []string{"deep", "deepest", "bus", "buse", "larg", "larger", "largest", "port", "porter", "por", "de", "dee", "deepe", "x"} {
		want := false
		for u := range ws.stems {
			want = want || nearStem(stem, u)
		}
		if got := ws.hasNearStem(stem); got != want {
			t.Errorf("hasNearStem(%q) = %v, want %v (stems %v)", stem, got, want, ws.stems)
		}
	}
	if !nearStem("larg", "largest") || !nearStem("buse", "bus") || nearStem("de", "dee") || nearStem("port", "portal") {
		t.Error("nearStem")
	}
}

// TestHasGlued: a text carries a stem inside a run of words that scraping
// glued together, inside a word it is short for or in a form of it, but
// not inside a longer dictionary word of its own.
func TestHasGlued(t *testing.T) {
	for _, tt := range []struct {
		text, word string
		want       bool
	}{
		{"Russia sold two Mi-35 helicoptersbut no jets.", "helicopters", true},
		{"General Qamar JavedBajwa visited Moscow.", "Bajwa", true},
		{"Druzhba-I 2016was held in Pakistan.", "2016", true},
		{"The parameters are memory and time.", "param", true},
		{"An American delegation came.", "America", true},
		{"The national team played.", "nation", true},
		{"By capitalising on frayed relations, Russia gained.", "capital", false},
		{"The pressure on Islamabad grew.", "press", false},
		{"The secretary of state flew in.", "secret", false},
		{"The 12thmeeting of the group was held.", "twelfth", true},
		{"The 12thmeeting of the group was held.", "meeting", true},
		{"It was their 2nd visit.", "second", true},
		{"It was their 2 visits.", "second", false},
		{"The clean-up could last for decades.", "cleanup", true}, // a hyphened compound, closed
		{"The clean, up-to-date site.", "cleanup", false},
		{"Q Cells opened a plant in Dalton.", "qcells", true}, // a name in two words, closed
		{"The Cells opened.", "thecells", false},
		{"Q cells opened.", "qcells", false},
		{"PG&E cut power to 375,000 people.", "pge", true}, // a name joined by an ampersand, closed
		{"Salt&pepper.", "saltpepper", false},
		{"Gebbia cofounded Airbnb in 2007.", "founded", true}, // done jointly
		{"The coauthors met in Paris.", "authors", true},
		{"The cotton mill closed.", "ton", false},
		{"They consider it closed.", "sider", false},
	} {
		if got := newWordSet(tt.text).has(text.Stem(text.Fold(tt.word))); got != tt.want {
			t.Errorf("%q has %q: %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

// TestWordsOfTheirOwn: a dictionary word's stem beginning another's is a
// word of its own when the other adds minLonger letters.
func TestWordsOfTheirOwn(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"capital", "capitalising", true},
		{"america", "american", false},
		{"param", "parameters", false}, // a short form no dictionary lists
		{"russia", "russian", false},
	} {
		if got := wordsOfTheirOwn(text.Stem(tt.a), text.Stem(tt.b)); got != tt.want {
			t.Errorf("wordsOfTheirOwn(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
