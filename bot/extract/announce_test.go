package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
)

// TestAnnounced: an answer sentence that announces what the next one
// says ("for two reasons.", a colon, a question the writer then answers,
// a comment line of code, what something does by default when asked how
// to do something) is given with it, and one followed by a short question
// the writer answers is given with that question and its answer;
// announcing sentences are given paired or, when the
// two are too long to pair, cited apart, and so is the second sentence
// of a pair chosen (with the next instead of the one before); one that
// announces nothing is given alone.
func TestAnnounced(t *testing.T) {
	long := "When the national team qualified for the World Cup in the spring of that year, the manager of the national side dropped the striker Jim Roe from the squad before the tournament for two reasons. " +
		"First, he had been injured several months before the first game of the tournament and second, he had publicly complained when the manager said he would replace several of the players who had played in the qualifying games."
	byDefault := "By default, the command line parser reads the local flags on the target command only, and any local flags that were set on its parent commands are silently ignored when it runs. " +
		"Setting the TraverseChildren field on the root command makes the parser walk through every parent command first and read the local flags it finds on each of them before the target. Flags have types."
	for _, tt := range []struct {
		name, doc, q string
		want         []string // the answer's citations, in order
	}{
		{"announces, paired", "The manager dropped Jim Roe from the squad for two reasons. He was injured and he had complained in public. The squad flew to Rome in May.",
			"Why did the manager drop Jim Roe from the squad?",
			[]string{"The manager dropped Jim Roe from the squad for two reasons. He was injured and he had complained in public."}},
		{"announces, too long to pair", long, "Why did the manager drop the striker Jim Roe from the squad before the tournament?",
			[]string{long[:strings.Index(long, " First")], long[strings.Index(long, "First"):]}},
		{"asks, then answers", "You want to know why the strip was set in a small town? Its author loved an old novel set in one. The strip ran until 1989.",
			"Why was the strip set in a small town?",
			[]string{"You want to know why the strip was set in a small town? Its author loved an old novel set in one."}},
		{"a question inside a quotation", "The buyer paid $800 for a $660 saw (“So what, man? You earned it.”) and left. The shop closed in May.",
			"How much did the buyer pay for the saw?",
			[]string{"The buyer paid $800 for a $660 saw (“So what, man?"}},
		{"a comment line of code", "Query the terminal:\n\n```go\n// Returns whether the terminal uses a dark background\ndark := out.HasDarkBackground()\n```\n\nColours follow the profile.",
			"how do i check if the terminal has a dark background",
			[]string{"// Returns whether the terminal uses a dark background", "dark := out.HasDarkBackground()"}},
		{"by default, asked how", byDefault, "how do i get the command line parser to read the local flags on the parent commands as well?",
			[]string{byDefault[:strings.Index(byDefault, " Setting")], byDefault[strings.Index(byDefault, "Setting"):strings.Index(byDefault, " Flags have")]}},
		{"a pair says by default, asked how", "The walker ignores errors by\ndefault. It quietly skips the directories it cannot read and reports no read errors.\n\nTo enable aborting, pass the WithFailOnIOErrors option.\n\nPatterns use slashes.",
			"the directory walker quietly skips directories it cannot read. how do i make it stop and report those read errors?",
			[]string{"The walker ignores errors by\ndefault. It quietly skips the directories it cannot read and reports no read errors.", "To enable aborting, pass the WithFailOnIOErrors option."}},
		{"a pair's second sentence announces", "The court will also read a growing list of emails sent by the company. One of these describes its sales chief Ed Roe telling the founder:\n\n“The shops are scared to commit!”\n\nThe trial starts in June.",
			"wat did ed roe tell the founder in his emails lol",
			[]string{"One of these describes its sales chief Ed Roe telling the founder:\n\n“The shops are scared to commit!”"}},
		{"a short question the writer answers follows", "The team moved the service to a small server. After a week its workers had eaten all the memory.\n\nThe solution? A worker killer. It restarts them.\n\nThe server has 512MB.",
			"What did the team use against the workers eating all the memory on the server?",
			[]string{"The team moved the service to a small server. After a week its workers had eaten all the memory.", "The solution? A worker killer."}},
		{"a question that asks follows", "When I ask the actor Ann Roe to confirm her age, she grimaces. Yes, she says, she is 38. Why the face? She thinks women are asked it more than men.",
			"How old is Ann Roe?",
			[]string{"When I ask the actor Ann Roe to confirm her age, she grimaces. Yes, she says, she is 38."}},
		{"announces nothing", "The manager dropped Jim Roe from the squad because he was injured. The squad flew to Rome in May.",
			"Why did the manager drop Jim Roe from the squad?",
			[]string{"The manager dropped Jim Roe from the squad because he was injured."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := citebot.Passage{ID: "roe#1", Doc: "roe.txt", End: len(tt.doc), Text: tt.doc}
			res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse(tt.q), Passages: []citebot.Passage{p}})
			var got []string
			for _, c := range res.Citations {
				got = append(got, c.Quote)
				if tt.doc[c.Start:c.End] != c.Quote {
					t.Errorf("citation %+v is no exact span", c)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("answer %q cites %q, want %q", res.Text, got, tt.want)
			}
		})
	}
}

// TestAnnounces: which sentences announce the one after them.
func TestAnnounces(t *testing.T) {
	for _, tt := range []struct {
		s     string
		howTo bool // the question asks how to do something
		want  bool
	}{
		{"He was dropped for two reasons.", false, true},
		{"He was dropped for two\nreasons.", false, true}, // a wrapped line
		{"The results were as follows:", false, true},
		{"You want to know why the strip was set in a small town?", false, true},
		{"He paid $800 (“So what, man?", false, false},
		{"// Returns whether the terminal uses a dark background", false, true},
		{"By default, only local flags on the target command are parsed.", true, true},
		{"Glob ignores read errors by\ndefault.", true, true}, // a line break inside
		{"By default, only local flags on the target command are parsed.", false, false},
		{"The parser reads local flags on the target command.", true, false},
	} {
		if got := announces(tt.s, tt.howTo); got != tt.want {
			t.Errorf("announces(%q, %v) = %v, want %v", tt.s, tt.howTo, got, tt.want)
		}
	}
}
