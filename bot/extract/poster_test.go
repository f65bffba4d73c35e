package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
)

// TestPostedBy: asked who said something in a thread, the answer gives
// the heading line above the post that says it (a name and when it was
// posted) with the post, or the pair of a name that says what follows and
// what it says; not
// when the question asks no person, and not when no such line heads the
// post.
func TestPostedBy(t *testing.T) {
	thread := "Second child looks more like Mum?\n\nReply\n\nannie_b · 20/07/2021 11:16\n\nMy second looks nothing like her older brother and everyone comments on it.\n\nReply\n\nPhillipa12 · 20/07/2021 11:53\n\nI have four children and they all look like me, and my identical twin has three who all look like her.\n\nReply\n"
	blog := "Great post, thanks for sharing the recipe.\n\nJane Roe says:\n\nI always swap the sugar for honey because it keeps the jam softer.\n\nLeave a reply\n"
	plain := "The first batch of jam set in an hour. My twin has three children who all look like her.\n"
	for _, tt := range []struct {
		name, doc, q string
		want         []string // the answer's citations, in order
	}{
		{"which poster", thread, "Which poster says she has an identical twin whose children look like her?",
			[]string{"Phillipa12 · 20/07/2021 11:53", "I have four children and they all look like me, and my identical twin has three who all look like her."}},
		{"who, a name that says", blog, "who swaps the sugar for honey in the jam",
			[]string{"Jane Roe says:\n\nI always swap the sugar for honey because it keeps the jam softer."}}, // the colon pairs them
		{"an indented heading line", strings.ReplaceAll(thread, "\nPhillipa12", "\n  Phillipa12"), "Which poster says she has an identical twin whose children look like her?",
			[]string{"Phillipa12 · 20/07/2021 11:53", "I have four children and they all look like me, and my identical twin has three who all look like her."}},
		{"no person asked", thread, "How many children does the identical twin have?",
			[]string{"I have four children and they all look like me, and my identical twin has three who all look like her."}},
		{"no heading line", plain, "Which poster has a twin whose children all look like her?",
			[]string{"The first batch of jam set in an hour. My twin has three children who all look like her."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := citebot.Passage{ID: "thread#1", Doc: "thread.txt", End: len(tt.doc), Text: tt.doc}
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

// TestPosterLine: which lines head a post.
func TestPosterLine(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Phillipa12 · 20/07/2021 11:53", true},
		{"jdoe • 3 years ago", true},
		{"Ann Roe | March 3, 2013", true},
		{"Jane Roe says:", true},
		{"jdoe wrote:", true},
		{"Home · News · Sport", false},               // navigation: no date
		{"The minister says:", true},                 // a name or not, what follows is what was said
		{"He said that the plan had failed:", false}, // a sentence, not a heading
	} {
		if got := rePosterLine.MatchString(tt.s); got != tt.want {
			t.Errorf("rePosterLine(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
