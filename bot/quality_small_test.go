package bot_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/retrieval"
)

// TestQualityOnOneChunk asks a corpus of one short note, ask_test.go's
// six sentences (bot.DocText), indexed as one chunk so that every word of
// it is in all of the corpus's chunks, through the real index:
// a name is an answer although every word of the corpus is in every
// chunk of it (extract.Tuning.CommonMinChunks), a misspelt question word
// is read as one though the note never uses it (text.NearQuestionWord),
// a word the note lacks weighs no more than one it has (a corpus of one
// chunk lacks most of English), and what the note does not say is
// refused.
func TestQualityOnOneChunk(t *testing.T) {
	ctx := context.Background()
	files := fstest.MapFS{"bridges.txt": {Data: []byte(bot.DocText)}}
	ix, _, err := retrieval.Open(ctx, retrieval.Corpus{FS: files, Name: "valley"}, retrieval.Options{Synonyms: bot.SharedSynonyms()})
	if err != nil {
		t.Fatal(err)
	}
	if df, n := ix.DocFreq("bridg"); df != 1 || n != 1 {
		t.Fatalf("DocFreq(bridg) = %d, %d; want the one chunk of one", df, n)
	}
	b := bot.New(ix, bot.Options{Synonyms: bot.SharedSynonyms(), Sentences: bot.SharedSentences()})
	for _, tc := range []struct {
		question string
		answered bool
		want     string // in the answer when answered
	}{
		{"Who built the old stone bridge?", true, "Thomas Reed"},
		{"When was the old stone bridge built?", true, "1851"},
		{"How much did the new bridge cost?", true, "42 million"},
		{"How long is the span of the new bridge?", true, "420 metres"},
		{"Why does the river flood every spring?", true, "snow melts"},
		{"Who wrote Bridges of the Valley?", true, "Jane Example"},
		{"wehn was the old stone bridge built", true, "1851"},
		{"whre does the snow melt", true, "mountains"},                             // a question word the note never uses, misspelt: refused before NearQuestionWord
		{"Why is the river considered to flood every spring?", true, "snow melts"}, // "considered": a word the note lacks weighs little
		{"How many moons does Mars have?", false, ""},
		{"What is the population of the valley?", false, ""},
		{"How tall is the old stone bridge?", false, ""},
		{"How many people live in the valley?", false, ""},
	} {
		a, err := b.Ask(ctx, citebot.Question{Text: tc.question})
		if err != nil {
			t.Fatal(err)
		}
		if a.Answered != tc.answered || !strings.Contains(a.Answer, tc.want) {
			t.Errorf("%q: answered %v (confidence %.3f), %q; want answered %v with %q", tc.question, a.Answered, a.Confidence, a.Answer, tc.answered, tc.want)
		}
	}
}
