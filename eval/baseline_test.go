package eval

import (
	"context"
	"errors"
	"sort"
	"strings"
	"testing"

	"github.com/citebot/citebot"
)

// mapLib is a citebot.Library over documents in memory.
type mapLib map[string]string

func (m mapLib) Sources() []citebot.Source {
	var out []citebot.Source
	for p, t := range m {
		out = append(out, citebot.Source{ID: p, Path: p, Bytes: len(t)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}
func (m mapLib) Chunk(string) (citebot.ChunkContext, error) {
	return citebot.ChunkContext{}, citebot.ErrNotFound
}
func (m mapLib) FindQuote(string, int) ([]citebot.Passage, error) { return nil, nil }
func (m mapLib) Text(doc string) (string, error) {
	if t, ok := m[doc]; ok {
		return t, nil
	}
	return "", citebot.ErrNotFound
}

var baselineDocs = mapLib{
	"birds.txt": "Birds\n\nThe kingfisher is a small bird with a long beak. It dives for fish in rivers.\n\n" +
		"Owls hunt at night. An owl can turn its head a long way. Owls eat mice and voles.\n",
	"rivers.txt": "Rivers\r\n\r\nThe Thames flows through London. It is 346 km long.\r\n \t\r\n" +
		"The Severn is the longest river in Britain, at 354 km. It rises in Wales.\r\n",
	"stone.txt": "Stones\n\nGranite is an igneous rock. Chalk is a soft white limestone.",
}

func TestBaselineParagraphs(t *testing.T) {
	doc := "\n\n  Title  \n\nFirst line\nsecond line.\n \t\nLast\u00a0\n"
	var got []string
	for _, sp := range paragraphs(doc) {
		got = append(got, doc[sp.Start:sp.End])
	}
	want := []string{"Title", "First line\nsecond line.", "Last"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("paragraphs = %q, want %q", got, want)
	}
	if len(paragraphs(" \n\t\n")) != 0 || len(paragraphs("")) != 0 {
		t.Fatal("blank documents have paragraphs")
	}
	crlf := "a b\r\n\r\nc d\r\n"
	var got2 []string
	for _, sp := range paragraphs(crlf) {
		got2 = append(got2, crlf[sp.Start:sp.End])
	}
	if strings.Join(got2, "|") != "a b|c d" {
		t.Fatalf("CRLF paragraphs = %q", got2)
	}
}

func TestBaselineAnswers(t *testing.T) {
	b := NewBaseline(baselineDocs)
	cases := []struct {
		q, doc, answer string
	}{
		{"What do owls eat?", "birds.txt", "Owls eat mice and voles."},
		{"How long is the Severn river?", "rivers.txt", "The Severn is the longest river in Britain, at 354 km."},
		{"Where does the kingfisher dive for fish?", "birds.txt", "The kingfisher is a small bird with a long beak."}, // no stemming: "dive" is not "dives"
		{"Where does it dives for fish?", "birds.txt", "It dives for fish in rivers."},
		{"Which rock is a soft white limestone?", "stone.txt", "Chalk is a soft white limestone."},
	}
	for _, c := range cases {
		ans, err := b.Ask(context.Background(), citebot.Question{Text: c.q})
		if err != nil {
			t.Fatalf("%s: %v", c.q, err)
		}
		if !ans.Answered || ans.Answer != c.answer || ans.Mode != ModeBaseline {
			t.Errorf("%s: answered=%v %q, want %q", c.q, ans.Answered, ans.Answer, c.answer)
		}
		if len(ans.Passages) == 0 || ans.Passages[0].Doc != c.doc {
			t.Errorf("%s: top passage %+v, want doc %s", c.q, ans.Passages, c.doc)
		}
		checkExact(t, c.q, ans)
	}
}

// checkExact checks that every citation and passage is the bytes it claims.
func checkExact(t *testing.T, q string, ans *citebot.Answer) {
	t.Helper()
	if len(ans.Citations) != 1 {
		t.Fatalf("%s: %d citations, want 1", q, len(ans.Citations))
	}
	for _, c := range ans.Citations {
		doc := baselineDocs[c.Doc]
		if c.Start < 0 || c.End > len(doc) || c.Start >= c.End || doc[c.Start:c.End] != c.Quote || c.Quote != ans.Answer {
			t.Errorf("%s: citation %+v is not exact", q, c)
		}
	}
	if len(ans.Passages) > baselineK {
		t.Errorf("%s: %d passages", q, len(ans.Passages))
	}
	for i, p := range ans.Passages {
		doc := baselineDocs[p.Doc]
		if p.Rank != i+1 || doc[p.Start:p.End] != p.Text || p.Text != strings.TrimSpace(p.Text) || p.Text == "" {
			t.Errorf("%s: passage %d %+v is not exact", q, i, p)
		}
		if i > 0 && p.Score > ans.Passages[i-1].Score {
			t.Errorf("%s: passages not ordered by score", q)
		}
	}
}

func TestBaselineBM25(t *testing.T) {
	docs := map[string]string{
		// "zebra" is rare, "apple" is everywhere: the zebra paragraph wins.
		"a.txt": "apple apple apple apple\n\napple zebra\n\napple pear",
		// a short paragraph beats a long one with the same term count.
		"b.txt": "mango " + strings.Repeat("filler ", 40) + "\n\nmango banana",
	}
	b := NewBaseline(docs)
	ans, err := b.Ask(context.Background(), citebot.Question{Text: "apple zebra"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Passages[0].Text != "apple zebra" {
		t.Errorf("top passage %q, want the rare term's", ans.Passages[0].Text)
	}
	ans, err = b.Ask(context.Background(), citebot.Question{Text: "mango"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Passages[0].Text != "mango banana" {
		t.Errorf("top passage %q, want the short one", ans.Passages[0].Text)
	}
	if len(ans.Passages) != 5 {
		t.Errorf("%d passages, want 5", len(ans.Passages))
	}
	// case is folded, stems are not: "Apples" does not match "apple".
	ans, _ = b.Ask(context.Background(), citebot.Question{Text: "ZEBRA"})
	if ans.Passages[0].Text != "apple zebra" {
		t.Errorf("upper case query: top passage %q", ans.Passages[0].Text)
	}
	ans, _ = b.Ask(context.Background(), citebot.Question{Text: "zebras"})
	if ans.Passages[0].Score != 0 {
		t.Errorf("stemmed match: score %v, want 0", ans.Passages[0].Score)
	}
}

func TestBaselineTiesAndRefusals(t *testing.T) {
	docs := map[string]string{"t.txt": "Cats purr. Cats sleep. Dogs bark."}
	b := NewBaseline(docs)
	ans, err := b.Ask(context.Background(), citebot.Question{Text: "Do cats purr or sleep?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Answer != "Cats purr." {
		t.Errorf("tie: answer %q, want the earlier sentence", ans.Answer)
	}
	// Nothing matches: still answered, never refused.
	ans, err = b.Ask(context.Background(), citebot.Question{Text: "What is the capital of Peru?"})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Answered || ans.Answer == "" || len(ans.Citations) != 1 {
		t.Errorf("unmatched question: %+v", ans)
	}
	if _, err := b.Ask(context.Background(), citebot.Question{Text: " \t"}); !errors.Is(err, citebot.ErrEmptyQuestion) {
		t.Errorf("blank question: err = %v", err)
	}
	empty := NewBaseline(nil)
	ans, err = empty.Ask(context.Background(), citebot.Question{Text: "anything"})
	if err != nil || ans.Answered || len(ans.Passages) != 0 {
		t.Errorf("empty corpus: %+v, %v", ans, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := b.Ask(ctx, citebot.Question{Text: "cats"}); err == nil {
		t.Error("cancelled context: no error")
	}
}

func TestBaselineRun(t *testing.T) {
	docs, err := LibraryDocs(baselineDocs)
	if err != nil {
		t.Fatal(err)
	}
	b := NewBaseline(docs)
	items := []Item{
		{ID: "owls", Question: "What do owls eat?", Answers: []string{"mice"},
			Evidence: []Evidence{{Doc: "birds.txt", Quote: "Owls eat mice and voles."}}},
		{ID: "thames", Question: "How many km long is the Thames?", Answers: []string{"346 km"},
			Evidence: []Evidence{{Doc: "rivers.txt", Quote: "It is 346 km long."}}},
		{ID: "none", Question: "Who painted the Mona Lisa?"},
	}
	rep, err := Run(context.Background(), b, baselineDocs, items)
	if err != nil {
		t.Fatal(err)
	}
	if rep.CitationValidity != 1 || rep.RecallAt1 != 1 || rep.AnswerCorrect != 1 || rep.CorrectAndCited != 1 {
		t.Errorf("report %+v", rep)
	}
	if rep.RefusalAccuracy != 0 {
		t.Errorf("baseline refused: %+v", rep.Results[2])
	}
}
