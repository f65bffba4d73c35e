package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/citebot/citebot"
)

// TestWhichDocuments: "which articles mention X" lists the documents that
// speak of X, each with its title and one cited sentence of it.
func TestWhichDocuments(t *testing.T) {
	b, ix := seedBot(t)
	for _, q := range []string{"which articles mention gazprom?", "hey, do any of the docs talk about Gazprom?"} {
		ans, err := b.Ask(context.Background(), citebot.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || len(ans.Citations) != 2 || !strings.HasPrefix(ans.Answer, "Documents that speak of") || !strings.Contains(ans.Answer, "(2 of 5)") {
			t.Fatalf("%q: answered %v with %d citations: %q; want the 2 documents of 5 that name Gazprom", q, ans.Answered, len(ans.Citations), ans.Answer)
		}
		docs := map[string]bool{}
		for _, c := range ans.Citations {
			doc, err := ix.Text(c.Doc)
			if err != nil || doc[c.Start:c.End] != c.Quote || !strings.Contains(strings.ToLower(c.Quote), "gazprom") || docs[c.Doc] {
				t.Errorf("%q: citation %+v is not an exact sentence naming Gazprom of another document", q, c)
			}
			docs[c.Doc] = true
			if !strings.Contains(ans.Answer, "“"+c.Title+"”") {
				t.Errorf("%q: the answer does not name %q", q, c.Title)
			}
		}
	}
}
