package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/citebot/citebot"
)

// docText is a small test document; passages are exact slices of it.
const docText = `Bridges of the Valley

Author: Jane Example

The old stone bridge was built in 1851 by the engineer Thomas Reed. It carried traffic for a century.

The new bridge cost 42 million dollars and opened in October 2004. Its span is 420 metres, the longest in the region.

The river floods every spring because snow melts in the mountains.`

// fakeRetriever returns every paragraph of docText as a passage, in
// order, or a fixed error.
type fakeRetriever struct{ err error }

func (f fakeRetriever) Search(ctx context.Context, query string, k int) ([]citebot.Passage, error) {
	if f.err != nil {
		return nil, f.err
	}
	src := &citebot.Source{ID: "bridges", Path: "bridges.txt", Title: "Bridges of the Valley", Author: "Jane Example"}
	var out []citebot.Passage
	off := 0
	for _, para := range strings.Split(docText, "\n\n") {
		start := strings.Index(docText[off:], para) + off
		out = append(out, citebot.Passage{ID: "bridges#" + string(rune('1'+len(out))), Doc: "bridges.txt", Start: start,
			End: start + len(para), Text: para, Source: src})
		off = start + len(para)
	}
	if len(out) > k {
		out = out[:k]
	}
	return out, nil
}

func TestExtractiveAnswers(t *testing.T) {
	b := New(fakeRetriever{}, Options{})
	tests := []struct {
		question string
		answered bool
		want     string // must occur in the answer
	}{
		{"When was the old stone bridge built?", true, "1851"},
		{"Who built the old stone bridge?", true, "Thomas Reed"},
		{"How much did the new bridge cost?", true, "42 million"},
		{"How long is the span of the new bridge?", true, "420 metres"},
		{"Why does the river flood every spring?", true, "snow melts"},
		{"Who wrote Bridges of the Valley?", true, "Jane Example"},
		{"What is the population of the valley?", false, ""},
		{"How many bridges did the Romans build in the valley?", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			a, err := b.Ask(context.Background(), Question{Text: tt.question})
			if err != nil {
				t.Fatal(err)
			}
			if a.Answered != tt.answered || !strings.Contains(a.Answer, tt.want) {
				t.Fatalf("answered=%v answer=%q; want answered=%v containing %q", a.Answered, a.Answer, tt.answered, tt.want)
			}
			if a.Mode != citebot.ModeExtractive || a.Citations == nil || a.Notes == nil || len(a.Passages) == 0 {
				t.Errorf("incomplete answer: %+v", a)
			}
			for _, c := range a.Citations {
				if docText[c.Start:c.End] != c.Quote || !c.Supported || c.Doc != "bridges.txt" {
					t.Errorf("citation %+v is not an exact supported span", c)
				}
				if !strings.Contains(a.Answer, "["+string(rune('0'+c.N))+"]") {
					t.Errorf("answer does not carry marker [%d]", c.N)
				}
			}
			if tt.answered && len(a.Answer) > 320 {
				t.Errorf("answer is %d bytes, want about 300 at most", len(a.Answer))
			}
		})
	}
}

func TestAskBadInput(t *testing.T) {
	b := New(fakeRetriever{}, Options{})
	for _, q := range []string{"", "   ", "\t\n", "\x00\x01"} {
		if _, err := b.Ask(context.Background(), Question{Text: q}); err != citebot.ErrEmptyQuestion {
			t.Errorf("Ask(%q) error = %v, want ErrEmptyQuestion", q, err)
		}
	}
	long := strings.Repeat("When was the old stone bridge built? ", 3000)
	a, err := b.Ask(context.Background(), Question{Text: long})
	if err != nil || len(a.Question) > MaxQuestionBytes || len(a.Notes) == 0 {
		t.Errorf("long question: err=%v, question %d bytes, notes %v", err, len(a.Question), a.Notes)
	}
	a, err = b.Ask(context.Background(), Question{Text: "When was the \xff old\x07 stone bridge built?"})
	if err != nil || !a.Answered || len(a.Notes) == 0 {
		t.Errorf("question with bad bytes: err=%v answered=%v notes=%v", err, a.Answered, a.Notes)
	}
}

func TestAskRetrieverError(t *testing.T) {
	b := New(fakeRetriever{err: context.DeadlineExceeded}, Options{})
	if _, err := b.Ask(context.Background(), Question{Text: "anything?"}); err == nil {
		t.Fatal("retriever error was swallowed")
	}
}

func TestFitKeepsExactBytes(t *testing.T) {
	long := strings.Repeat("The committee, which met often, discussed the budget at length; ", 6) + "and it finally approved 42 million dollars for the bridge."
	p := citebot.Passage{ID: "x#1", Doc: "x.txt", Start: 100, End: 100 + len(long), Text: long}
	q := analyze("How much did the committee approve for the bridge?")
	c := fit(candidate{p: &p, doc: p.Doc, start: p.Start, end: p.End, text: long}, q, map[string]float64{"committe": 1, "approv": 1, "bridg": 1})
	if len(c.text) > maxAnswerBytes || long[c.start-100:c.end-100] != c.text || !strings.Contains(c.text, "42 million") {
		t.Errorf("fit = %q (%d-%d)", c.text, c.start, c.end)
	}
}

func TestAnalyze(t *testing.T) {
	tests := []struct {
		q    string
		want answerType
	}{
		{"Who wrote the report on bridges?", typeAuthor},
		{"Who is the author of Managing relations?", typeAuthor},
		{"When did the bridge open?", typeDate},
		{"In which year did Pakistan join the SCO?", typeDate},
		{"How many helicopters were bought?", typeNumber},
		{"How much was the deal worth?", typeNumber},
		{"Where was the summit held?", typePlace},
		{"Which Pakistani President visited Moscow?", typePerson},
		{"Who heads the commission?", typePerson},
		{"Why did the river flood?", typeReason},
		{"What is CASA-1000?", typeDefine},
		{"Which proverb did he invoke?", typeEntity},
	}
	for _, tt := range tests {
		if got := analyze(tt.q).typ; got != tt.want {
			t.Errorf("analyze(%q).typ = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestHasNewCount(t *testing.T) {
	q := analyze("How many troops were stationed in Pakistan in 2015?")
	tests := []struct {
		s    string
		want bool
	}{
		{"In August 2018 both countries signed an agreement.", false},
		{"On March 2, 2018 the group met.", false},
		{"About 200 soldiers took part.", true},
		{"Four helicopters were delivered.", true},
		{"At 1,642 metres it is the deepest.", true},
		{"In 2015 the troops arrived.", false},
	}
	for _, tt := range tests {
		if got := hasNewCount(tt.s, q); got != tt.want {
			t.Errorf("hasNewCount(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestHasPersonName(t *testing.T) {
	q := analyze("Who led the Russian delegation that visited Islamabad?")
	tests := []struct {
		s    string
		want bool
	}{
		{"Foreign Ministers of both countries met in 1994.", false},
		{"Alexander Vengerovsky (leader of delegation) spoke.", true},
		{"On Russian President Invitation, President Musharraf visited Moscow.", true},
		{"It is headed by V.L. Mutko, the minister.", true},
		{"The Russian delegation visited Islamabad in September.", false},
	}
	for _, tt := range tests {
		if got := hasPersonName(tt.s, q); got != tt.want {
			t.Errorf("hasPersonName(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
