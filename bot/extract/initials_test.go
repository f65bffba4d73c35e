package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// TestInitialismsOf: each word of a capitalised name the question spells
// out is related to the name's initialism when the corpus writes it, and
// not to one that is an English word or that the corpus lacks.
func TestInitialismsOf(t *testing.T) {
	corpus := map[string]bool{"crea": true, "nut": true, "sbp": true}
	idf := func(stem string) float64 {
		if corpus[stem] {
			return 2
		}
		return -1
	}
	for _, tt := range []struct {
		q    string
		word string   // a word of the question
		want []string // its initialisms
	}{
		{"Who is the chief economist of the Canadian Real Estate Association?", "estate", []string{"crea"}},
		{"Who leads the National Union of Teachers?", "teachers", nil},                        // "nut" is English
		{"Who runs the Canadian Football League?", "football", nil},                           // the corpus never writes "cfl"
		{"What did the State Bank of Pakistan say about rates?", "pakistan", []string{"sbp"}}, // "of" is passed over
	} {
		got := initialismsOf(asked.Parse(tt.q), idf)[text.Stem(tt.word)]
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: initialisms of %q = %q, want %q", tt.q, tt.word, got, tt.want)
		}
	}
	if got := initialismsOf(asked.Parse("Who heads the Canadian Real Estate Association?"), nil); got != nil {
		t.Errorf("with no IDF: %q, want none", got)
	}
}

// TestInitialismAnswers: a sentence naming an organisation by its
// initialism ("CREA's chief economist") answers a question that spells
// the name out, over one that spells it and does not answer.
func TestInitialismAnswers(t *testing.T) {
	first := "New numbers from the Canadian Real Estate Association, led by its chair Jill Oudil, confirm that home sales across the country fell again in September, the fourth monthly fall in a row."
	second := "CREA's chief economist, Shaun Cathcart, said in a release that buyers and sellers were still trying to feel each other out while many people had put their plans for a new home on hold."
	words := map[string]bool{}
	for _, tok := range text.Tokens(first + " " + second) {
		words[tok.Stem] = true
	}
	a := New(Options{IDF: func(stem string) float64 {
		if words[stem] {
			return 2
		}
		return -1
	}})
	ps := []citebot.Passage{
		{ID: "sales#1", Doc: "sales.txt", End: len(first), Text: first, Score: 1},
		{ID: "rates#1", Doc: "rates.txt", End: len(second), Text: second, Score: 0.9},
	}
	res := a.Answer(context.Background(), Request{Question: asked.Parse("Who is the chief economist of the Canadian Real Estate Association?"), Passages: ps})
	if len(res.Citations) == 0 || !strings.Contains(res.Citations[0].Quote, "CREA's chief economist") {
		t.Errorf("answer %q, want its first citation to name CREA's chief economist", res.Text)
	}
}
