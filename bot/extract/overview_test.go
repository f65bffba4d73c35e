package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// TestOverview: asked for an overview of a topic, the answer gives up to
// OverviewSentences sentences, each from another passage and each cited by
// exact bytes; asked a question, it gives one or two.
func TestOverview(t *testing.T) {
	docs := []string{
		"The ferry strike began in March when crews walked out over pay. Talks failed twice.",
		"During the ferry strike, islanders relied on a single chartered boat for supplies.",
		"The ferry strike ended in May after the operator agreed to a new pay deal for crews.",
		"The ferry strike cost the island's shops about a third of their spring trade.",
	}
	passages := ranked(docs...)
	for _, tt := range []struct {
		overview bool
		min, max int
	}{{false, 1, 2}, {true, 2, OverviewSentences}} {
		res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse("the ferry strike"), Passages: passages, Overview: tt.overview})
		if !res.Answered || len(res.Citations) < tt.min || len(res.Citations) > tt.max {
			t.Fatalf("overview %v: %d citations (%q), want %d to %d", tt.overview, len(res.Citations), res.Text, tt.min, tt.max)
		}
		seen := map[string]bool{}
		for i, c := range res.Citations {
			d := docs[c.Doc[1]-'0']
			if d[c.Start:c.End] != c.Quote || !strings.Contains(res.Text, fmt.Sprintf("[%d]", i+1)) {
				t.Errorf("overview %v: citation %d %q is not %q", tt.overview, i+1, c.Quote, d[c.Start:c.End])
			}
			if tt.overview && seen[c.Doc] {
				t.Errorf("overview: two sentences of %s", c.Doc)
			}
			seen[c.Doc] = true
		}
	}
	res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse("the ferry strike"), Passages: passages, Overview: true, Sentences: 4})
	if len(res.Citations) != 4 {
		t.Errorf("overview of 4 sentences: %d citations (%q)", len(res.Citations), res.Text)
	}
}

// TestMoneyWordsWeighLittle: in a question asking for a sum of money, the
// word naming the sum ("worth") weighs little, so the sentence giving the
// sum of what is asked about answers, not one that repeats "worth" about
// something else.
func TestMoneyWordsWeighLittle(t *testing.T) {
	docs := []string{
		"The pipeline deal was worth ten billion dollars to the builder.",
		"Trade between the two countries reached 660 million dollars last year.",
		"Trade talks stalled over tariffs in the spring.",
		"Trade ministers met again in May.",
	}
	passages := ranked(docs...)
	for _, q := range []string{"how much is the trade worth?", "what's the value of the trade?"} {
		res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse(q), Passages: passages})
		if !res.Answered || len(res.Citations) == 0 || res.Citations[0].Doc != "d1.txt" {
			t.Errorf("%q: %q, want the trade figure of d1.txt", q, res.Text)
		}
	}
}

// TestByDocument: an answer by document cites the best sentence of each
// document that has one, never two of one document.
func TestByDocument(t *testing.T) {
	docs := []struct{ doc, text string }{
		{"a.txt", "The ferry strike began in March when crews walked out over pay."},
		{"a.txt", "The ferry strike ended in May after the operator agreed to a new pay deal."},
		{"b.txt", "During the ferry strike, islanders relied on a chartered boat."},
		{"c.txt", "The island's new school opened in September."},
		{"d.txt", "The ferry strike cost the island's shops a third of their spring trade."},
	}
	var passages []citebot.Passage
	for i, d := range docs {
		passages = append(passages, citebot.Passage{ID: fmt.Sprintf("%s#%d", d.doc, i), Doc: d.doc, End: len(d.text), Text: d.text, Score: 1 - float64(i)/10})
	}
	text.Split(passages)
	res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse("the ferry strike"), Passages: passages, Overview: true, ByDocument: true})
	var got []string
	for _, c := range res.Citations {
		got = append(got, c.Doc)
	}
	slices.Sort(got)
	if !res.Answered || !slices.Equal(got, []string{"a.txt", "b.txt", "d.txt"}) {
		t.Errorf("cited %q (%q), want one sentence of each of a.txt, b.txt and d.txt", got, res.Text)
	}
}

// ranked returns one passage per text, document "d<i>.txt", split into
// sentences and scored in the order given, best first.
func ranked(texts ...string) []citebot.Passage {
	var passages []citebot.Passage
	for i, d := range texts {
		passages = append(passages, citebot.Passage{ID: fmt.Sprintf("d%d#1", i), Doc: fmt.Sprintf("d%d.txt", i), End: len(d), Text: d, Score: 1 - float64(i)/10})
	}
	text.Split(passages)
	return passages
}

// TestPickOverview: an overview takes the best candidate and the next that
// reach the threshold, in the ranker's order, passing over one below it
// (the ranker's order is not the confidence's), one from a passage taken
// and one saying the same as one taken. When too few reach it, the next
// in the ranker's order that say something of the topic fill the count.
func TestPickOverview(t *testing.T) {
	a := testAnswerer()
	a.model.Threshold = 0.1
	p1, p2, p3, p4 := &citebot.Passage{ID: "a#1"}, &citebot.Passage{ID: "a#2"}, &citebot.Passage{ID: "b#1"}, &citebot.Passage{ID: "c#1"}
	cands := []candidate{
		{p: p1, doc: "a", start: 0, end: 10, text: "The bridge opened in 1851.", prob: 0.9},
		{p: p2, doc: "a", start: 20, end: 30, text: "Ferries ran until the war.", prob: 0.05}, // below the threshold
		{p: p1, doc: "a", start: 11, end: 19, text: "Its span is 420 metres.", prob: 0.5},     // a passage taken
		{p: p3, doc: "b", start: 0, end: 10, text: "The bridge opened in 1851!", prob: 0.4},   // the same as one taken
		{p: p4, doc: "c", start: 0, end: 10, text: "Herons nest on the old piers.", prob: 0.3},
		{p: p2, doc: "a", start: 40, end: 50, text: "Tolls were lifted in 1901.", prob: 0.2},
		{p: p3, doc: "b", start: 20, end: 30, text: "A second bridge is planned.", prob: 0.2},
	}
	var got []string
	for _, c := range a.pickOverview(cands, 3, func(c, o candidate) bool { return c.p.ID == o.p.ID }, saysOf) {
		got = append(got, c.text)
	}
	want := []string{"The bridge opened in 1851.", "Herons nest on the old piers.", "Tolls were lifted in 1901."}
	if !slices.Equal(got, want) {
		t.Errorf("pickOverview = %q, want %q", got, want)
	}
	p5, p6 := &citebot.Passage{ID: "d#1"}, &citebot.Passage{ID: "e#1"}
	cands = append(cands,
		candidate{p: p5, doc: "d", text: "Gulls nest there too.", prob: 0.01},                      // says nothing of the topic
		candidate{p: p6, doc: "e", text: "The bridge was painted in 1990.", prob: 0.01, soft: 0.3}) // fills the count
	got = got[:0]
	for _, c := range a.pickOverview(cands, 5, func(c, o candidate) bool { return c.p.ID == o.p.ID }, saysOf) {
		got = append(got, c.text)
	}
	want = []string{"The bridge opened in 1851.", "Herons nest on the old piers.", "Tolls were lifted in 1901.", "A second bridge is planned.", "The bridge was painted in 1990."}
	if !slices.Equal(got, want) {
		t.Errorf("pickOverview of 5 = %q, want %q (filled by the one saying something of the topic)", got, want)
	}
}
