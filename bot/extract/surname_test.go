package extract

import (
	"testing"

	"github.com/citebot/citebot"
)

// TestLastNames: where the passages say a question's two words as one
// capitalised name whose last word no dictionary lists ("Saxby
// Chambliss"), a sentence giving that last word capitalised carries the
// first too; not a name whose last word is a dictionary word ("Toronto
// Star": "the Star" is any star), not the last word in lower case, and
// not where no passage says the two words as one name.
func TestLastNames(t *testing.T) {
	a := testAnswerer()
	tests := []struct {
		question, passage, sentence string
		gains                       bool // the sentence carries more of the question than its words say
	}{
		{"where was saxby chambliss born?", "Clarence Saxby Chambliss (born November 10, 1943) is a senator.", "Chambliss was born in Warrenton.", true},
		{"where was saxby chambliss born?", "Clarence Saxby and Robert Chambliss are senators.", "Chambliss was born in Warrenton.", false},
		{"Where was the Toronto Star founded?", "The Toronto Star is a newspaper.", "The Star was founded in 1892.", false},
		{"where was saxby chambliss born?", "Clarence Saxby Chambliss (born November 10, 1943) is a senator.", "chambliss was born in Warrenton.", false},
	}
	for _, tt := range tests {
		q := a.analyze(tt.question)
		w := map[string]float64{}
		for _, term := range q.terms {
			w[term] = 1
		}
		sc := a.newScorer(q, w)
		sc.names = sc.nameHeads([]citebot.Passage{{Text: tt.passage}, {Text: tt.sentence}})
		all := sc.matches(tt.sentence)
		sc.names = nil
		plain := sc.matches(tt.sentence)
		if got := sc.cover(false, &all) - sc.cover(false, &plain); (got > 0) != tt.gains {
			t.Errorf("%q after %q: cover gained %.2f, want a gain %v", tt.sentence, tt.passage, got, tt.gains)
		}
	}
}
