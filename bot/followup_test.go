package bot_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/openai"
	"github.com/citebot/citebot/openai/openaitest"
)

// queries records what a Bot searched for.
type queries struct {
	retriever
	got []string
}

func (q *queries) Search(ctx context.Context, query string, k int) ([]citebot.Passage, error) {
	q.got = append(q.got, query)
	return q.retriever.Search(ctx, query, k)
}

var history = []citebot.Turn{{Question: "When did NATO troops leave Afghanistan?", Answer: "In 2014 [1]."}}

func TestFollowUpHeuristic(t *testing.T) {
	tests := []struct {
		question string
		history  []citebot.Turn
		want     string
	}{
		{"and what about 2014?", history, "When did NATO troops leave Afghanistan? 2014?"},
		{"Why did they leave?", history, "Why did they leave? When did NATO troops leave Afghanistan?"},
		{"who went then?", history, "who went then? When did NATO troops leave Afghanistan?"},
		{"When did Musharraf visit Moscow?", history, "When did Musharraf visit Moscow?"},
		{"Who is Musharraf?", history, "Who is Musharraf?"},
		{"and 2015?", append(history, citebot.Turn{Question: "and what about 2014?"}), "When did NATO troops leave Afghanistan? 2015?"},
		{"and what about 2014?", nil, "and what about 2014?"},
		// chatter around the question and around the earlier one is no
		// part of the search
		{"ok and what about 2014? thanks!", []citebot.Turn{{Question: "hey bot, can you tell me when NATO troops left Afghanistan? thx"}}, "when NATO troops left Afghanistan? 2014?"},
		{"hi all, does anyone know who went then?", history, "who went then? When did NATO troops leave Afghanistan?"},
	}
	for _, tt := range tests {
		r := &queries{}
		b := bot.New(r, bot.Options{Synonyms: bot.SharedSynonyms()})
		if _, err := b.Ask(context.Background(), citebot.Question{Text: tt.question, History: tt.history}); err != nil {
			t.Fatal(err)
		}
		if r.got[0] != tt.want {
			t.Errorf("%q: searched %q, want %q", tt.question, r.got[0], tt.want)
		}
	}
}

func TestFollowUpLLM(t *testing.T) {
	tests := []struct {
		name  string
		reply openaitest.Reply
		want  string
	}{
		{"rewritten", openaitest.Reply{Text: "Standalone query: \"When did NATO troops leave Afghanistan in 2014?\"\n"}, "When did NATO troops leave Afghanistan in 2014?"},
		{"server fails: heuristic", openaitest.Reply{Status: 500, Body: "oops"}, "When did NATO troops leave Afghanistan? 2014?"},
		{"empty reply: heuristic", openaitest.Reply{Text: " \n "}, "When did NATO troops leave Afghanistan? 2014?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := openaitest.New(tt.reply, openaitest.Reply{Text: "NATO troops left Afghanistan in 2014 [1]."})
			defer srv.Close()
			c := openai.New(openai.Config{BaseURL: srv.URL(), Model: "m", Retry: openai.Retry{Max: -1}})
			r := &queries{}
			b := bot.New(r, bot.Options{Synonyms: bot.SharedSynonyms(), Completer: c, LLMTimeout: 5 * time.Second, Logger: slog.New(slog.DiscardHandler)})
			a, err := b.Ask(context.Background(), citebot.Question{Text: "and what about 2014?", History: history})
			if err != nil {
				t.Fatal(err)
			}
			if r.got[0] != tt.want {
				t.Errorf("searched %q, want %q", r.got[0], tt.want)
			}
			if !strings.Contains(srv.Chats()[0].Messages[1].Content, "When did NATO troops leave Afghanistan?") {
				t.Errorf("rewrite prompt lacks the history")
			}
			if !strings.Contains(strings.Join(a.Notes, "\n"), "searched for: "+tt.want) {
				t.Errorf("notes %q", a.Notes)
			}
		})
	}
}
