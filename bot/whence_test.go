package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/citebot/citebot"
)

// TestWhence: "source?" after an answer lists the documents it cites, each
// cited by exact bytes; after a changed document, or with no answer
// before it, it is asked as usual.
func TestWhence(t *testing.T) {
	b, ix := seedBot(t)
	ctx := context.Background()
	first, err := b.Ask(ctx, citebot.Question{Text: "when did musharraf visit moscow"})
	if err != nil || len(first.Citations) == 0 {
		t.Fatalf("first answer: %v, %+v", err, first)
	}
	history := []citebot.Turn{{Question: first.Question, Answer: first.Answer, Citations: first.Citations}}
	for _, q := range []string{"source?", "which article is that from", "who wrote that?"} {
		ans, err := b.Ask(ctx, citebot.Question{Text: q, History: history})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || !strings.HasPrefix(ans.Answer, "The last answer quotes:") || len(ans.Citations) == 0 {
			t.Fatalf("%q: answered %v: %q; want the last answer's documents", q, ans.Answered, ans.Answer)
		}
		for _, c := range ans.Citations {
			doc, err := ix.Text(c.Doc)
			if err != nil || doc[c.Start:c.End] != c.Quote || !strings.Contains(ans.Answer, "“"+c.Title+"”") {
				t.Errorf("%q: citation %+v is not exact or its title is not named", q, c)
			}
		}
	}
	stale := []citebot.Turn{{Question: first.Question, Answer: first.Answer, Citations: []citebot.Citation{first.Citations[0]}}}
	stale[0].Citations[0].Quote = "words the document never had"
	for _, h := range [][]citebot.Turn{nil, stale} {
		ans, err := b.Ask(ctx, citebot.Question{Text: "which article is that from", History: h})
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(ans.Answer, "The last answer quotes:") {
			t.Errorf("history %d turns, stale %v: %q; want it asked as usual", len(h), h != nil, ans.Answer)
		}
	}
}
