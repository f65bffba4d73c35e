package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/citebot/citebot"
)

// TestAboutBot: chatter and questions about the bot get a word on what it
// does, searching nothing; a question about the collection lists its
// documents, each title cited by exact bytes of its document.
func TestAboutBot(t *testing.T) {
	b, ix := seedBot(t)
	tests := []struct {
		q         string
		answered  bool
		citations int    // the five titles, where the documents state them
		says      string // the answer contains it
	}{
		{"hi!", false, 0, "5 documents"},
		{"thanks a lot", false, 0, "You're welcome!"},
		{"got it", false, 0, "5 documents"},
		{"who are you?", false, 0, "I'm citebot"},
		{"hey, what can you do?", false, 0, "closest passages"},
		{"what is this collection about?", true, 5, "There are 5 documents:"},
		{"which articles do u have", true, 5, "“Managing Pakistan-Russia relations” · Haris Bilal Malik"},
		{"how many docs do u have", true, 5, "There are 5 documents:"}, // "docs" as itself, not the chat form of "documentation"
		{"who are the authors?", true, 5, "no author given"},
		{"when was each article published?", true, 5, "no date given"},
		{"hey bot whats 48 divided by 6", false, 0, "asks for a calculation"},
	}
	for _, tt := range tests {
		ans, err := b.Ask(context.Background(), citebot.Question{Text: tt.q})
		if err != nil {
			t.Fatalf("%q: %v", tt.q, err)
		}
		if ans.Answered != tt.answered || len(ans.Citations) != tt.citations || !strings.Contains(ans.Answer, tt.says) {
			t.Errorf("%q: answered %v with %d citations: %q; want %v, %d, saying %q",
				tt.q, ans.Answered, len(ans.Citations), ans.Answer, tt.answered, tt.citations, tt.says)
		}
		if len(ans.Passages) != 0 || ans.Passages == nil || ans.Notes == nil || ans.Conflicts == nil {
			t.Errorf("%q: passages %v, notes %v, conflicts %v; want none, each [] not nil", tt.q, ans.Passages, ans.Notes, ans.Conflicts)
		}
		for _, c := range ans.Citations {
			doc, err := ix.Text(c.Doc)
			if err != nil || doc[c.Start:c.End] != c.Quote || !c.Supported || c.Line == 0 {
				t.Errorf("%q: citation %+v is not the exact bytes of its document with a line", tt.q, c)
			}
			want := c.Title // what the line cites: the field asked for, where the document gives it
			switch {
			case strings.Contains(tt.q, "authors") && c.Author != "":
				want = c.Author
			case strings.Contains(tt.q, "published") && c.Date != "":
				want = c.Date
			}
			if !strings.EqualFold(c.Quote, want) {
				t.Errorf("%q: citation quotes %q, want %q", tt.q, c.Quote, want)
			}
		}
	}
}

// TestListedFollowUp: after the documents are listed, "the second one"
// is the second document, asked about by its title.
func TestListedFollowUp(t *testing.T) {
	b, _ := seedBot(t)
	list, err := b.Ask(context.Background(), citebot.Question{Text: "what is this collection about?"})
	if err != nil {
		t.Fatal(err)
	}
	history := []citebot.Turn{{Question: list.Question, Answer: list.Answer}}
	ans, err := b.Ask(context.Background(), citebot.Question{Text: "who wrote the second one?", History: history})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Answered || !strings.Contains(ans.Answer, "Abdus Sattar Ghazali") || len(ans.Citations) == 0 {
		t.Errorf("answer %q (answered %v, %d citations), want the second document's author, cited", ans.Answer, ans.Answered, len(ans.Citations))
	}
}

// TestLeadSummary: a request to summarize a document named by its title
// (or by its place in a list just given) is answered with the document's
// first sentences, each cited by exact bytes; one that names no title is
// asked as a question.
func TestLeadSummary(t *testing.T) {
	b, ix := seedBot(t)
	list, err := b.Ask(context.Background(), citebot.Question{Text: "what is this collection about?"})
	if err != nil {
		t.Fatal(err)
	}
	history := []citebot.Turn{{Question: list.Question, Answer: list.Answer}}
	tests := []struct {
		q       string
		history []citebot.Turn
		opens   string // "" when it is no summary
	}{
		{"summarize 'Managing Pakistan-Russia relations'", nil, "“Managing Pakistan-Russia relations” opens:"},
		{"what is the article “Pakistan-Russia relations warm up” about?", nil, "“Pakistan-Russia relations warm up” opens:"},
		{"tldr of the 2nd one pls", history, "“Pakistan-Russia relations warm up” opens:"},
		{"summarize the gas pipeline deal", nil, ""},
		{"summarize the first article", nil, "“Russia – Pakistan: the Way is Open for New Projects” opens:"}, // the collection's order
		{"tldr of the last doc", nil, "“Managing Pakistan-Russia relations” opens:"},
		{"tell me about the Ghazali article", nil, "“Pakistan-Russia relations warm up” opens:"}, // by its author
		{"summarize the Ranasinghe piece", nil, "“Pakistan and Russia seek enhanced cooperation” opens:"},
		{"summarize the pakistan article", nil, ""}, // all five: a topic
		{"summarize the first article", []citebot.Turn{{Question: "q", Answer: "An answer. [1]"}}, // no list before it
			"“Russia – Pakistan: the Way is Open for New Projects” opens:"},
	}
	for _, tt := range tests {
		ans, err := b.Ask(context.Background(), citebot.Question{Text: tt.q, History: tt.history})
		if err != nil {
			t.Fatal(err)
		}
		if tt.opens == "" {
			if strings.Contains(ans.Answer, " opens: ") || len(ans.Passages) == 0 {
				t.Errorf("%q: %q with %d passages, want it searched as a question", tt.q, ans.Answer, len(ans.Passages))
			}
			continue
		}
		if !ans.Answered || !strings.HasPrefix(ans.Answer, tt.opens) || len(ans.Citations) != 3 {
			t.Errorf("%q: answered %v, %d citations: %q; want 3 sentences after %q", tt.q, ans.Answered, len(ans.Citations), ans.Answer, tt.opens)
		}
		for _, c := range ans.Citations {
			doc, err := ix.Text(c.Doc)
			if err != nil || doc[c.Start:c.End] != c.Quote || c.ID == "" || len(c.Quote) < 40 || !strings.Contains(ans.Answer, c.Quote) {
				t.Errorf("%q: citation %+v is not an exact sentence of its document quoted in the answer", tt.q, c)
			}
		}
	}
}

// TestContinuation: "tell me more" after an answer gives the sentences
// that follow its last citation in its document, each cited by exact
// bytes, and "go on" after that goes on from there; without kept
// citations it is asked as a question.
func TestContinuation(t *testing.T) {
	b, ix := seedBot(t)
	first, err := b.Ask(context.Background(), citebot.Question{Text: "When did Musharraf visit Moscow?"})
	if err != nil || len(first.Citations) == 0 {
		t.Fatalf("first answer: %v, %+v", err, first)
	}
	history := []citebot.Turn{{Question: first.Question, Answer: first.Answer, Citations: first.Citations}}
	end := first.Citations[len(first.Citations)-1].End
	for _, q := range []string{"tell me more", "go on"} {
		more, err := b.Ask(context.Background(), citebot.Question{Text: q, History: history})
		if err != nil {
			t.Fatal(err)
		}
		if !more.Answered || len(more.Citations) != 2 {
			t.Fatalf("%q: answered %v with %d citations: %q", q, more.Answered, len(more.Citations), more.Answer)
		}
		for _, c := range more.Citations {
			doc, err := ix.Text(c.Doc)
			if err != nil || doc[c.Start:c.End] != c.Quote || c.Start < end || c.Doc != first.Citations[0].Doc {
				t.Errorf("%q: citation %+v is not an exact sentence after byte %d of %s", q, c, end, first.Citations[0].Doc)
			}
			end = c.End
		}
		history = append(history, citebot.Turn{Question: more.Question, Answer: more.Answer, Citations: more.Citations})
	}
	bare, err := b.Ask(context.Background(), citebot.Question{Text: "tell me more",
		History: []citebot.Turn{{Question: first.Question, Answer: first.Answer}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(bare.Passages) == 0 {
		t.Errorf("tell me more with no kept citations: %q, want it searched", bare.Answer)
	}
}

// TestMetaByAuthor: a question for the date or the site of a document it
// names by its author's surname alone, as typed in a chat ("ghazalis
// piece"), is answered from that document's metadata, citing the line
// where the document says it; not from another document's "Published in
// …" line.
func TestMetaByAuthor(t *testing.T) {
	b, ix := seedBot(t)
	const ghazali, malik = "001_2c5c9944de878b35.txt", "004_3c35a285612646de.txt"
	for _, tt := range []struct{ q, want, doc string }{
		{"when was the article by ghazali published", "October 8, 2012", ghazali},
		{"when was ghazalis article written", "October 8, 2012", ghazali},
		{"wat site published ghazalis piece", "American Institute of International Studies (AIIS)", ghazali},
		{"when was the article by malik published", "March 17th 2019", malik},
	} {
		ans, err := b.Ask(context.Background(), citebot.Question{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || !strings.Contains(ans.Answer, tt.want) || len(ans.Citations) == 0 {
			t.Fatalf("%q: answered %v: %q; want %q", tt.q, ans.Answered, ans.Answer, tt.want)
		}
		c := ans.Citations[0]
		if doc, err := ix.Text(c.Doc); err != nil || c.Doc != tt.doc || doc[c.Start:c.End] != c.Quote || !strings.Contains(c.Quote, tt.want) {
			t.Errorf("%q: citation %+v is not the exact line of its document that says %q", tt.q, c, tt.want)
		}
	}
}
