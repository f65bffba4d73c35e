package bot_test

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/corpus"
	"github.com/citebot/citebot/retrieval"
)

// Options.Sentences reaches the extractive answerer: a question it is
// unsure of (confidence between the refusal threshold and the second
// look's gate) is embedded with it, not with an encoder of its own.
func TestSentencesOption(t *testing.T) {
	ix, _, err := retrieval.Open(t.Context(), retrieval.Corpus{FS: corpus.FS(), Name: "embedded"}, retrieval.Options{Synonyms: bot.SharedSynonyms()})
	if err != nil {
		t.Fatal(err)
	}
	var calls atomic.Int32
	embed := func(_ context.Context, texts []string) ([][]float32, error) {
		calls.Add(1)
		out := make([][]float32, len(texts))
		for i := range out {
			out[i] = []float32{1, 0}
		}
		return out, nil
	}
	b := bot.New(ix, bot.Options{Synonyms: bot.SharedSynonyms(), Sentences: embed})
	a, err := b.Ask(t.Context(), citebot.Question{Text: "did russia sell helicopters to pakistan"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Confidence >= 0.6 || !a.Answered {
		t.Fatalf("confidence %.2f, answered %v: the question no longer takes the second look; pick another", a.Confidence, a.Answered)
	}
	if calls.Load() == 0 {
		t.Error("the second look did not use Options.Sentences")
	}
}
