package conflict_test

import (
	"fmt"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
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
		{"a name spelt otherwise is the same person", "When did General Kemal Osmanov visit Riga?",
			[]string{"General Kemal Osmanov visited Riga in June 2015.", "General Kamal Usmanov visited Riga in July 2015."},
			"[June 2015 July 2015]"},
		{"glued words are split", "When did General Kemal Osmanov visit Riga?",
			[]string{"In June 2015, the then army chief GeneralKemal Osmanov visited Riga.", "General Kemal Osmanov visited Riga in July 2015."},
			"[June 2015 July 2015]"},
		{"a sentence's dates read by their subjects", "When did General Kemal Osmanov visit Riga?",
			[]string{"In June 2015, General Kemal Osmanov visited Riga and later in April 2018, General Piet Vos came.",
				"General Kemal Osmanov visited Riga in July 2015."},
			"[June 2015 July 2015]"},
		{"the other subject's date is not compared", "When did General Piet Vos visit Riga?",
			[]string{"In June 2015, General Kemal Osmanov visited Riga and later in April 2018, General Piet Vos came.",
				"General Kemal Osmanov visited Riga in July 2015."},
			"[]"},
		{"a date of another year than asked", "In which month of 2003 did Osmanov go to Riga?",
			[]string{"Osmanov visited Riga in February 2003.", "Osmanov sent an envoy to Riga in 2001."}, "[]"},
		{"a planned date", "When was President Vos supposed to visit Riga?",
			[]string{"President Vos met the mayor of Riga in March. President Vos said the visit to Riga will take place in September.",
				"The trip of President Vos to Riga, which was planned from 2-3 October 2012, was cancelled."},
			"[September 2-3 October 2012]"},
		{"a name spelt two ways", "What is the full name of the army chief who visited Riga in October 2012?",
			[]string{"The army chief who visited Riga in October 2012 was Ashraf Parvez Kamali.",
				"In October 2012 army chief General Ashraf Pervez Kimali visited Riga."},
			"[Ashraf Parvez Kamali Ashraf Pervez Kimali]"},
		{"a name at different precision agrees", "What is the full name of the army chief who visited Riga in October 2012?",
			[]string{"The army chief who visited Riga in October 2012 was Ashraf Parvez Kamali.",
				"In October 2012 army chief General Ashraf Kamali visited Riga."}, "[]"},
		{"a place before a name", "What is the full name of the army chief who visited Riga in October 2012?",
			[]string{"The army chief who visited Riga in October 2012 was Ashraf Parvez Kamali.",
				"In October 2012 the army chief of Latvia Ashraf Kamali visited Riga."}, "[]"},
		{"a first name spelt two ways", "What is Foreign Minister Lavrenko's first name?",
			[]string{"Foreign Minister Sergey Lavrenko met his counterpart Ms. Anna Berg.",
				"Foreign Minister Sergei Lavrenko offered to mediate with Olaf Dahl."}, "[Sergey Lavrenko Sergei Lavrenko]"},
		{"lengths differ", "How long is the new valley line?",
			[]string{"The new valley line is 42 km long.", "The new valley line runs for 38 km."}, "[42 38]"},
		{"\"how long\" is said by no length", "How long was construction?",
			[]string{"She thanked residents for four years of construction.", "The line is 42 km long and took a while.", "The line is 38 km long."}, "[]"},
		{"two people are not one name", "What is the full name of the army chief who visited Riga in October 2012?",
			[]string{"The army chief who visited Riga in October 2012 was Ashraf Parvez Kamali.",
				"In October 2012 army chief General Piet Vos visited Riga."}, "[]"},
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

// TestReadingReadsOnce: a name question's Lookup and the Find over its
// passages and those the name's search found read each passage once, and
// Find on the Reading finds what Finder.Find finds.
func TestReadingReadsOnce(t *testing.T) {
	q := "What is the full name of the army chief who visited Riga in October 2012?"
	ps := passages("The army chief who visited Riga in October 2012 was Ashraf Parvez Kamali.",
		"In October 2012 army chief General Ashraf Pervez Kimali visited Riga.")
	f := conflict.New(conflict.Options{})
	r := f.Read(asked.Parse(q))
	if name := r.Lookup(ps[:1]); name != "Ashraf Parvez Kamali" || conflict.Reads(r) != 1 {
		t.Fatalf("Lookup = %q after reading %d passages, want Ashraf Parvez Kamali after 1", name, conflict.Reads(r))
	}
	got, want := values(r.Find(ps)), values(f.Find(q, ps))
	if fmt.Sprint(got) != fmt.Sprint(want) || len(got) != 2 {
		t.Errorf("Reading.Find = %q, want Finder.Find's %q (two spellings)", got, want)
	}
	if n := conflict.Reads(r); n != len(ps) {
		t.Errorf("the Reading read %d passages, want each of the %d once", n, len(ps))
	}
}

// TestFindUnknownWords: a question word the corpus never has weighs as
// much as its rarest known word, so that two dates said beside the one
// known word ("press") are no dispute over when the printing press was
// invented, while a question whose words the corpus has still finds one.
func TestFindUnknownWords(t *testing.T) {
	known := map[string]float64{"press": 2, "bridg": 3, "river": 2, "open": 1}
	idf := func(stem string) float64 { return known[stem] }
	tests := []struct {
		name, q string
		texts   []string
		want    string
	}{
		{"one known word of three", "When was the printing press invented?",
			[]string{"Notes on WordPress - June 30, 2014", "He spoke at an Aug. 4 White House press briefing."}, "[]"},
		{"every word known", "In what year did the bridge over the river open?",
			[]string{"The bridge over the river opened in 2014.", "The bridge over the river opened in 2015."}, "[2014 2015]"},
	}
	for _, tt := range tests {
		got := values(conflict.New(conflict.Options{IDF: idf}).Find(tt.q, passages(tt.texts...)))
		if fmt.Sprint(got) != tt.want && !(len(got) == 0 && tt.want == "[]") {
			t.Errorf("%s: got %q, want %s", tt.name, got, tt.want)
		}
	}
}
