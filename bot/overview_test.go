package bot_test

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot"
)

// TestTopicOverview: a request for a summary that names no document
// ("give me an overview of ...", "what do the articles say about ...")
// searches for its topic and answers with sentences from several
// passages, each cited by exact bytes; a question, or "explain why ...",
// is answered as before.
func TestTopicOverview(t *testing.T) {
	b, ix := seedBot(t)
	tests := []struct {
		q, searched string // searched: the topic searched for; "" when asked as typed
	}{
		{"give me an overview of defence cooperation between pakistan and russia", "defence cooperation between pakistan and russia"},
		{"summarize the gas pipeline deal", "the gas pipeline deal"},
		{"what do the articles say about afghanistan?", "afghanistan"},
		{"explain the military exercises", "the military exercises"},
		{"hey bot, tell me about the SCO thx", "the SCO"},
		{"what do you know about lavrov's visit?", "lavrov's visit"},
		{"give me 3 key facts about defence ties", "defence ties"},
		{"give me 5 key facts about defence ties", "defence ties"},
		{"explain why Pakistan bought Mi-35 helicopters", ""},
		{"When did Musharraf visit Moscow?", ""},
	}
	for _, tt := range tests {
		ans, err := b.Ask(context.Background(), citebot.Question{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		note := "searched for: " + tt.searched
		if got := slices.Contains(ans.Notes, note); got != (tt.searched != "") {
			t.Errorf("%q: notes %q, want %q: %v", tt.q, ans.Notes, note, tt.searched != "")
		}
		if tt.searched == "" {
			continue
		}
		if strings.Contains(tt.q, "5 key facts") && len(ans.Citations) != 5 {
			t.Errorf("%q: %d citations, want 5", tt.q, len(ans.Citations))
		}
		if !ans.Answered || len(ans.Citations) < 2 {
			t.Errorf("%q: answered %v with %d citations: %q; want an overview", tt.q, ans.Answered, len(ans.Citations), ans.Answer)
		}
		ids := map[string]bool{}
		for _, c := range ans.Citations {
			doc, err := ix.Text(c.Doc)
			if err != nil || doc[c.Start:c.End] != c.Quote || !strings.Contains(words(ans.Answer), words(c.Quote)) || ids[c.ID] {
				t.Errorf("%q: citation %+v is not an exact sentence of another passage quoted in the answer", tt.q, c)
			}
			ids[c.ID] = true
		}
	}
}

// words is s with every run of white space one space: an answer gives a
// sentence on one line.
func words(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestWhichDocument: asked to summarize a document it cannot tell ("the
// article", "the 9th article" of five), the bot lists the documents, each
// title cited, and says how to name one; it searches nothing. Asked to
// describe all of them, it gives the overview.
func TestWhichDocument(t *testing.T) {
	b, _ := seedBot(t)
	for _, q := range []string{"summarize the article", "tldr of the 9th article pls", "what is the 2nd one about?"} {
		ans, err := b.Ask(context.Background(), citebot.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(ans.Answer, "Which document?") || len(ans.Citations) != 5 || len(ans.Passages) != 0 {
			t.Errorf("%q: %q with %d citations and %d passages; want the 5 documents listed", q, ans.Answer, len(ans.Citations), len(ans.Passages))
		}
	}
	for _, q := range []string{"describe the documents", "explain these articles"} { // all of them: the overview
		ans, err := b.Ask(context.Background(), citebot.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(ans.Answer, "There are 5 documents:") || len(ans.Citations) != 5 {
			t.Errorf("%q: %q with %d citations; want the overview of the 5 documents", q, ans.Answer, len(ans.Citations))
		}
	}
}

// TestOverviewWithin: what one document, named by words of its author or
// title, says about a topic is an overview of its passages alone.
func TestOverviewWithin(t *testing.T) {
	b, _ := seedBot(t)
	for q, title := range map[string]string{
		"what does the malik article say about defence?": "Managing Pakistan-Russia relations",
		"what did the Ghazali piece say about lavrov":    "Pakistan-Russia relations warm up",
	} {
		ans, err := b.Ask(context.Background(), citebot.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || len(ans.Citations) < 2 || !slices.Contains(ans.Notes, "searched in “"+title+"” only") {
			t.Fatalf("%q: answered %v with %d citations, notes %q: %q; want an overview of %q", q, ans.Answered, len(ans.Citations), ans.Notes, ans.Answer, title)
		}
		for _, c := range ans.Citations {
			if c.Title != title {
				t.Errorf("%q: cites %q, want only %q", q, c.Title, title)
			}
		}
	}
}

// TestOverviewNotTheTitle: an account of a topic that a document is
// titled by ("tell me about rush", the film's article "Rush (2013 film)")
// gives sentences of it, not its title, which the ranker had put first
// and whose confidence had refused the whole request.
func TestOverviewNotTheTitle(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, f := range []string{"rush-2013-film.txt", "germany.txt", "my-neighbor-totoro.txt"} {
		data, err := os.ReadFile("../eval/testdata/final10/wiki-h/" + f)
		if err != nil {
			t.Fatal(err)
		}
		fsys[f] = &fstest.MapFile{Data: data}
	}
	b, _ := corpusBot(t, fsys, "overview-title")
	for _, q := range []string{"tell me about rush", "whats the rush movie about"} {
		ans, err := b.Ask(context.Background(), citebot.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || len(ans.Citations) < 2 {
			t.Fatalf("%q: answered %v with %d citations: %q; want an account of the film", q, ans.Answered, len(ans.Citations), ans.Answer)
		}
		for _, c := range ans.Citations {
			if c.Quote == c.Title {
				t.Errorf("%q: cites the title %q as a fact", q, c.Quote)
			}
		}
	}
}
