package bot_test

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// FuzzAsk asks the extractive answerer, over the embedded corpus, any
// text at all: it must not panic nor fail (a question blank once
// cleaned of control characters is ErrEmptyQuestion), every citation must quote its
// document's bytes exactly, and the confidence must be a probability.
func FuzzAsk(f *testing.F) {
	for _, s := range []string{"When did Musharraf visit Moscow?", "", "???", "hi", "who wrote 'Pakistan-Russia relations warm up'?",
		"give me 3 key facts abt the defence deal", "what does [1] say", "@everyone how many jets", "wat r the 2 countries\u00a0doin n 92",
		"what do the articles say about trade?", "compare the trade figures", "\x00\xff", strings.Repeat("pakistan ", 300)} {
		f.Add(s)
	}
	b, ix := seedBot(f)
	f.Fuzz(func(t *testing.T, q string) {
		if !utf8.ValidString(q) {
			return // the CLI and Discord hand the bot valid text
		}
		ans, err := b.Ask(context.Background(), citebot.Question{Text: q})
		if clean, _ := text.Clean(q); errors.Is(err, citebot.ErrEmptyQuestion) && clean == "" {
			return
		}
		if err != nil {
			t.Fatalf("Ask(%q): %v", q, err)
		}
		if math.IsNaN(ans.Confidence) || ans.Confidence < 0 || ans.Confidence > 1 {
			t.Errorf("Ask(%q): confidence %v", q, ans.Confidence)
		}
		for _, c := range ans.Citations {
			if !c.Holds(ix) {
				t.Errorf("Ask(%q): citation [%d] %s %d-%d does not quote its document", q, c.N, c.Doc, c.Start, c.End)
			}
		}
	})
}
