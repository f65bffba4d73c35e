package conflict_test

import (
	"fmt"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/conflict"
)

func passages(texts ...string) []citebot.Passage {
	ps := make([]citebot.Passage, len(texts))
	for i, t := range texts {
		ps[i] = citebot.Passage{ID: fmt.Sprintf("d%d#1", i), Doc: fmt.Sprintf("d%d.txt", i), Text: t}
	}
	return ps
}

func values(vs []conflict.Value) []string {
	var out []string
	for _, v := range vs {
		out = append(out, v.Text)
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, q string
		texts   []string
		want    string
	}{
		{"ranks of one person", "What rank did Anna Berg hold when she visited Oslo?",
			[]string{"The visit of Air Marshal Anna Berg to Oslo was brief.", "Air Chief Marshal Anna Berg visited Oslo in May 2010."},
			"[Air Marshal Air Chief Marshal]"},
		{"ranks of two people", "What rank did the chief hold when visiting Oslo?",
			[]string{"Air Marshal Anna Berg visited Oslo.", "General Olaf Dahl visited Oslo."}, "[]"},
		{"different precision agrees", "In what year did the bridge over the river open?",
			[]string{"The bridge over the river opened in 2014.", "The bridge over the river opened in November 2014."}, "[]"},
		{"years differ", "In what year did the bridge over the river open?",
			[]string{"The bridge over the river opened in 2014.", "The bridge over the river opened in 2015."}, "[2014 2015]"},
		{"one document is no dispute", "In what year did the bridge over the river open?",
			[]string{"The bridge over the river opened in 2014. The bridge over the river opened in 2015."}, "[]"},
		{"a figure read at the asked year", "How much was the trade between the two countries worth in 2008?",
			[]string{"Trade between the two countries rose from US$92 million in 2003 to US$630 million in 2008.",
				"In 2008 the trade between the two countries was worth about 570 million dollars."},
			"[US$630 million 570 million dollars]"},
		{"rounded figures agree", "How much was the trade between the two countries worth in 2008?",
			[]string{"In 2008 the trade between the two countries was worth US$630 million.",
				"In 2008 the trade between the two countries was worth over 600 million dollars."}, "[]"},
		{"names are not compared", "Which company built the bridge over the river?",
			[]string{"Acme built the bridge over the river.", "Bolt built the bridge over the river."}, "[]"},
	}
	for _, tt := range tests {
		got := values(conflict.New(conflict.Options{}).Find(tt.q, passages(tt.texts...)))
		if fmt.Sprint(got) != tt.want && !(len(got) == 0 && tt.want == "[]") {
			t.Errorf("%s: got %q, want %s", tt.name, got, tt.want)
		}
	}
}

// TestStatementsCiteExactBytes checks that every statement's spans lie in
// its passage and the value inside its sentence.
func TestStatementsCiteExactBytes(t *testing.T) {
	ps := passages("The bridge over the river opened in 2014.", "Local papers say the bridge over the river opened in 2015.")
	vs := conflict.New(conflict.Options{}).Find("When did the bridge over the river open?", ps)
	if len(vs) != 2 {
		t.Fatalf("got %d values, want 2", len(vs))
	}
	for _, v := range vs {
		for _, s := range v.Statements {
			txt := ps[s.Passage].Text
			if s.Sentence.End > len(txt) || s.Value.Start < s.Sentence.Start || s.Value.End > s.Sentence.End || txt[s.Value.Start:s.Value.End] != v.Text {
				t.Errorf("statement %+v of %q does not hold %q", s, txt, v.Text)
			}
		}
	}
}
