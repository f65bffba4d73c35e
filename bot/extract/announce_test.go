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
// a comment line of code) is given with it, paired or, when the
// two are too long to pair, cited apart; one that announces nothing is
// given alone.
func TestAnnounced(t *testing.T) {
	long := "When the national team qualified for the World Cup in the spring of that year, the manager of the national side dropped the striker Jim Roe from the squad before the tournament for two reasons. " +
		"First, he had been injured several months before the first game of the tournament and second, he had publicly complained when the manager said he would replace several of the players who had played in the qualifying games."
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
