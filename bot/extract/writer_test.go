package extract

import (
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
)

// TestWriterSays: a question naming a document's author is said by a
// sentence of that document in the first person ("I am presenting"), not
// by one in the third, nor by one of a document by another author.
func TestWriterSays(t *testing.T) {
	s := "I am presenting a workshop at Webstock in New Zealand. The workshop is presenting new tools."
	for _, tt := range []struct {
		author, sentence string
		full             bool // the sentence covers the question in full
	}{
		{"Jeff Atwood", "I am presenting a workshop at Webstock in New Zealand.", true},
		{"Joel Spolsky", "I am presenting a workshop at Webstock in New Zealand.", false},
		{"", "I am presenting a workshop at Webstock in New Zealand.", false},
		{"Jeff Atwood", "The workshop is presenting new tools.", false},
	} {
		p := citebot.Passage{ID: "x#1", Doc: "x.txt", End: len(s), Text: s, Source: &citebot.Source{Path: "x.txt", Author: tt.author}}
		got := -1.0
		for _, c := range testAnswerer().Candidates(Request{Question: asked.Parse("where is jeff presenting"), Passages: []citebot.Passage{p}}) {
			if c.Text == tt.sentence {
				got = c.Features[fCover]
			}
		}
		if (got == 1) != tt.full {
			t.Errorf("author %q, %q: cover %v, want full %v", tt.author, tt.sentence, got, tt.full)
		}
	}
}
