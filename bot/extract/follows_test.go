package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
)

// TestFollowsBest: when the ranker puts the very next sentence of the
// best one second, alone and saying something of the question, the
// answer gives both; not when the runner-up stands elsewhere, and not
// when the next sentence says nothing of the question ("Reply").
func TestFollowsBest(t *testing.T) {
	readme := "# porter\n\nA native Go clean room implementation of the Porter Stemming Algorithm.\n\nThis algorithm is of interest to people doing Machine Learning or\nNatural Language Processing (NLP).\n\nThis is NOT a port of another implementation.\n"
	apart := strings.Replace(readme, "Algorithm.\n\n", "Algorithm.\n\nIt has no dependencies.\n\n", 1)
	thread := "I have four children and they all look like me, and my identical twin has three who all look like her.\n\nReply\n"
	for _, tt := range []struct {
		name, doc, q string
		want         []string // the answer's citations, in order
	}{
		{"the next sentence goes on", readme, "who is the porter stemming thing even for, like what kind of people",
			[]string{"A native Go clean room implementation of the Porter Stemming Algorithm.", "This algorithm is of interest to people doing Machine Learning or\nNatural Language Processing (NLP)."}},
		{"the runner-up does not come next", apart, "who is the porter stemming thing even for, like what kind of people",
			[]string{"A native Go clean room implementation of the Porter Stemming Algorithm."}},
		{"the next sentence says nothing of the question", thread, "How many children does the identical twin have?",
			[]string{"I have four children and they all look like me, and my identical twin has three who all look like her."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := citebot.Passage{ID: "doc#1", Doc: "doc.txt", End: len(tt.doc), Text: tt.doc}
			res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse(tt.q), Passages: []citebot.Passage{p}})
			var got []string
			for _, c := range res.Citations {
				got = append(got, c.Quote)
				if tt.doc[c.Start:c.End] != c.Quote {
					t.Errorf("citation %+v is no exact span", c)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("answer %q cites %q, want %q", res.Text, got, tt.want)
			}
		})
	}
}
