package bot_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/openai/openaitest"
)

// TestLeadSummaryLLM: with an LLM, a request to summarize a document
// named by its title sends the LLM the document's opening chunks, in
// order, not what search finds for the title's words, and checks its
// citations against them; when the LLM fails, the answer is the
// document's opening sentences.
func TestLeadSummaryLLM(t *testing.T) {
	const title = "Pakistan-Russia relations warm up"
	q := citebot.Question{Text: "can u summarize '" + title + "'?"}
	_, ix := seedBot(t)
	var src citebot.Source
	for _, s := range ix.Sources() {
		if s.Title == title {
			src = s
		}
	}
	first, err := ix.Chunk(src.ID + "#1")
	if err != nil {
		t.Fatalf("%q: no first chunk: %v", title, err)
	}
	lead, err := bot.New(ix, bot.Options{Synonyms: bot.SharedSynonyms()}).Ask(context.Background(), q)
	if err != nil || len(lead.Citations) == 0 {
		t.Fatalf("extractive summary: %v, %+v", err, lead)
	}
	// the LLM is sent chunks 1, 2, … as passages [1], [2], …
	n := lead.Citations[0].ID[strings.LastIndex(lead.Citations[0].ID, "#")+1:]
	tests := []struct {
		name  string
		reply openaitest.Reply
		mode  string
		says  string // the answer starts with it
	}{
		{"summarized", openaitest.Reply{Text: "In short: " + lead.Citations[0].Quote + " [" + n + "]"}, citebot.ModeLLM, "In short: "},
		{"server fails", openaitest.Reply{Status: 503, Body: openaitest.ErrorBody("overloaded", "server_error", nil)}, citebot.ModeExtractive, "“" + title + "” opens: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := openaitest.New(tt.reply)
			defer srv.Close()
			b := bot.New(ix, bot.Options{Synonyms: bot.SharedSynonyms(), Completer: fastClient(srv), Logger: slog.New(slog.DiscardHandler)})
			ans, err := b.Ask(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if ans.Mode != tt.mode || !ans.Answered || !strings.HasPrefix(ans.Answer, tt.says) || len(ans.Citations) == 0 {
				t.Fatalf("mode %s, answered %v: %q (notes %q); want %s starting %q, cited", ans.Mode, ans.Answered, ans.Answer, ans.Notes, tt.mode, tt.says)
			}
			user := srv.Chats()[0].Messages[1].Content
			if opening := first.Passage.Text; !strings.Contains(user, opening) {
				t.Errorf("the prompt lacks the document's opening %q:\n%s", opening, user)
			}
			for i, p := range ans.Passages {
				if p.Doc != src.Path || p.Rank != i+1 {
					t.Errorf("passage %d is %s ranked %d; want %s ranked %d", i+1, p.Doc, p.Rank, src.Path, i+1)
				}
			}
			for _, c := range ans.Citations {
				doc, err := ix.Text(c.Doc)
				if err != nil || doc[c.Start:c.End] != c.Quote || !c.Supported || c.Doc != src.Path {
					t.Errorf("citation %+v is not a supported span of %s", c, src.Path)
				}
			}
		})
	}
}
