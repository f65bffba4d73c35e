package extract

import (
	"math"
	"testing"

	"github.com/citebot/citebot"
)

// TestLastNames: where the passages say a question's words as one
// capitalised name whose last word no dictionary lists ("Saxby
// Chambliss", "Ashfaq Parvez Kayani"), a sentence giving that last word
// capitalised carries the words before it too; not a name whose last word
// is a dictionary word ("Toronto Star": "the Star" is any star), not the
// last word in lower case, and not where no passage says the words as one
// name.
func TestLastNames(t *testing.T) {
	a := testAnswerer()
	tests := []struct {
		question, passage, sentence string
		want                        float64 // the share of the question's terms the sentence carries
	}{
		{"where was saxby chambliss born?", "Clarence Saxby Chambliss (born November 10, 1943) is a senator.", "Chambliss was born in Warrenton.", 1},
		{"What post did Ashfaq Parvez Kayani hold?", "General Ashfaq Parvez Kayani visited Moscow.", "Kayani holds the post of army chief.", 1},
		{"where was saxby chambliss born?", "Clarence Saxby and Robert Chambliss are senators.", "Chambliss was born in Warrenton.", 2.0 / 3},
		{"Where was the Toronto Star founded?", "The Toronto Star is a newspaper.", "The Star was founded in 1892.", 2.0 / 3},
		{"where was saxby chambliss born?", "Clarence Saxby Chambliss (born November 10, 1943) is a senator.", "chambliss was born in Warrenton.", 2.0 / 3},
	}
	for _, tt := range tests {
		q := a.analyze(tt.question)
		w := map[string]float64{}
		for _, term := range q.terms {
			w[term] = 1
		}
		sc := a.newScorer(q, w)
		sc.names = sc.nameHeads([]citebot.Passage{{Text: tt.passage}, {Text: tt.sentence}})
		m := sc.matches(tt.sentence)
		if got := sc.cover(false, &m); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%q after %q: cover %.3f, want %.3f (terms %q)", tt.sentence, tt.passage, got, tt.want, q.terms)
		}
	}
}
