package discord

import (
	"fmt"
	"strings"
	"testing"

	"github.com/citebot/citebot"
)

func TestEscape(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"**bold** _it_ `code` ~~s~~ ||sp||", `\*\*bold\*\* \_it\_ \` + "`code\\`" + ` \~\~s\~\~ \|\|sp\|\|`},
		{"@everyone and @here and <@123> <@&456>", `\@everyone and \@here and \<\@123\> \<\@&456\>`},
		{"# heading", `\# heading`},
		{"- item", `\- item`},
		{"12. item", `12\. item`},
		{"see https://example.com/a_b.", "see <https://example.com/a_b>."},
		{"(https://en.wikipedia.org/wiki/Foo_(bar))", "(<https://en.wikipedia.org/wiki/Foo_(bar)>)"},
		{"[1] looks like a marker", `\[1\] looks like a marker`},
		{"émigré › ünïcode", "émigré › ünïcode"},
	}
	for _, tc := range cases {
		if got := escape(tc.in); got != tc.want {
			t.Errorf("escape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDefuse(t *testing.T) {
	cases := []struct{ in, want string }{
		{"see https://x.y/z.", "see <https://x.y/z>."},
		{"already <https://x.y/z>", "already <https://x.y/z>"},
		{"[site](https://x.y/z)", "site (<https://x.y/z>)"},
		{"see [the official registry](https://evil.example/login).", "see the official registry (<https://evil.example/login>)."},
		{"[**bold** site](<https://x.y/z> \"title\")", "**bold** site (<https://x.y/z>)"},
		{"ask <@&555> or <@123> or <#42> in <t:1700000000:R>", `ask \<@&555> or \<@123> or \<#42> in \<t:1700000000:R>`},
		{"||hidden|| text", `\|\|hidden\|\| text`},
		{"ping @everyone and @here, mail a@b.c", `ping \@everyone and \@here, mail a@b.c`},
		{"markers [1] and [2, 3] stay; **bold** stays", "markers [1] and [2, 3] stay; **bold** stays"},
		{"`<@1> ||x||` in code", "`<@1> ||x||` in code"},
		{"`https://in.code/x` and ```\nhttps://in.block\n```", "`https://in.code/x` and ```\nhttps://in.block\n```"},
		{"two http://a.b and https://c.d", "two <http://a.b> and <https://c.d>"},
		{"nohttps://x", "nohttps://x"},
	}
	for _, tc := range cases {
		if got := defuse(tc.in); got != tc.want {
			t.Errorf("defuse(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCut(t *testing.T) {
	cases := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"one two three four", 12, "one two…"},
		{"abcdefghij", 4, "abcd…"},
		{"ééééé", 3, "ééé…"},
	}
	for _, tc := range cases {
		if got := cut(tc.in, tc.n); got != tc.want {
			t.Errorf("cut(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
	if got := cutLeft("one two three four", 12); got != "three four" {
		t.Errorf("cutLeft = %q", got)
	}
}

func TestRenderAnswer(t *testing.T) {
	quote := "Line one\n\nline   two with @here"
	a := &citebot.Answer{Answered: true, Answer: "It is so [1][2].", Notes: []string{"searched for: x_y"},
		Citations: []citebot.Citation{
			{N: 1, ID: "doc#1", Doc: "dir/doc.txt", Quote: quote, Supported: true},
			{N: 2, ID: "doc#`2", Doc: "dir/doc.txt", Quote: strings.Repeat("word ", 200), Title: "T", Date: "2001"},
			{N: 3, Doc: "dir/doc.txt", Quote: "By Jane Roe", Supported: true, Line: 3}, // no chunk holds it
		}}
	got := RenderAnswer(a)
	for _, want := range []string{
		"It is so [1][2].\n-# searched for: x\\_y\n\n**Sources**",
		"**[1]** **doc.txt** · `doc#1`\n> Line one line two with \\@here",
		"**[2]** ⚠️ *unverified* · **T** — 2001 · `doc#'2`\n> word word",
		"word…",
		"**[3]** **doc.txt** · line 3\n> By Jane Roe",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("rendered answer lacks %q:\n%s", want, got)
		}
	}
	none := RenderAnswer(&citebot.Answer{Passages: []citebot.Passage{{ID: "d#0", Doc: "d.txt", Text: "closest"}}})
	if !strings.Contains(none, "I couldn't find") || !strings.Contains(none, "**Closest passages**\n\n`d#0` **d.txt**\n> closest") {
		t.Errorf("unanswered:\n%s", none)
	}
}

func TestRenderedAnswersFitWhenSplit(t *testing.T) {
	var cs []citebot.Citation
	for i := range 20 {
		cs = append(cs, citebot.Citation{N: i + 1, ID: fmt.Sprintf("d#%d", i), Doc: "d.txt", Quote: strings.Repeat("long quote text ", 40), Supported: i%2 == 0})
	}
	a := &citebot.Answer{Answered: true, Answer: strings.Repeat("Claim [1]. ", 300), Citations: cs}
	pieces := Split(RenderAnswer(a), MaxMessage)
	checkPieces(t, pieces, MaxMessage)
	for _, p := range pieces {
		for _, line := range strings.Split(p, "\n") {
			if strings.HasPrefix(line, "**[") && !strings.Contains(p, line+"\n> ") {
				t.Errorf("citation %q is separated from its quote", line)
			}
		}
	}
}

func ExampleRenderAnswer() {
	a := &citebot.Answer{
		Answered: true,
		Answer:   "The lighthouse was built in 1871 [1].",
		Citations: []citebot.Citation{{
			N: 1, ID: "dawn#0", Doc: "dawn.txt", Start: 28, End: 44, Quote: "built in 1871 by",
			Supported: true, Title: "The Dawn Light", Author: "Ann Lee", Date: "1999", Line: 1,
		}},
	}
	for _, msg := range Split(RenderAnswer(a), MaxMessage) {
		fmt.Println(msg)
	}
	// Output:
	// The lighthouse was built in 1871 [1].
	//
	// **Sources**
	//
	// **[1]** **The Dawn Light** — Ann Lee, 1999 · `dawn#0` · line 1
	// > built in 1871 by
}

// TestRenderAnswerDefused: text that a document or a model wrote never
// becomes a link with a hidden target, a mention tag or hidden text.
func TestRenderAnswerDefused(t *testing.T) {
	a := &citebot.Answer{Answered: true, Answer: "See [the official registry](https://evil.example/login), ask <@&555>, ||secret||. [1]",
		Citations: []citebot.Citation{{N: 1, ID: "d#1", Doc: "d.txt", Quote: "[x](https://evil.example) <@&555> ||s||", Supported: true}}}
	got, _, _ := strings.Cut(RenderAnswer(a), "**Sources**") // quotes are escaped: TestEscape
	for _, bad := range []string{"](https://evil", "](<https://evil", " <@&", "\n<@&", " ||"} {
		if strings.Contains(got, bad) {
			t.Errorf("rendered answer contains %q:\n%s", bad, got)
		}
	}
	if !strings.Contains(got, "the official registry (<https://evil.example/login>)") {
		t.Errorf("masked link not shown with its target:\n%s", got)
	}
}

func TestRenderLowConfidence(t *testing.T) {
	for _, tt := range []struct {
		a    citebot.Answer
		want bool
	}{
		{citebot.Answer{Answered: true, Answer: "x", Confidence: 0.3}, true},
		{citebot.Answer{Answered: true, Answer: "x", Confidence: 0.9}, false},
		{citebot.Answer{Answered: true, Answer: "x"}, false}, // not measured
		{citebot.Answer{Answer: "x", Confidence: 0.1}, false},
	} {
		got := strings.Contains(RenderAnswer(&tt.a), "low confidence (")
		if got != tt.want {
			t.Errorf("confidence %v answered %v: marked %v, want %v", tt.a.Confidence, tt.a.Answered, got, tt.want)
		}
	}
	if got := RenderAnswer(&citebot.Answer{Answered: true, Answer: "x", Confidence: 0.3}); !strings.HasPrefix(got, "x\n-# ⚠️ low confidence (30%)") {
		t.Errorf("low-confidence answer:\n%s", got)
	}
}

// TestRenderMatchInSentence: /cite "quote" shows each match in its
// sentence with the matched words in bold, and the chunk ID to open it.
func TestRenderMatchInSentence(t *testing.T) {
	doc := "Intro line.\n\nThe old stone bridge was built in 1871 by Mara Quill for the town. It still stands."
	start := strings.Index(doc, "built in 1871")
	p := citebot.Passage{Rank: 1, ID: "dawn#2", Doc: "dawn.txt", Start: start, End: start + len("built in 1871"), Score: 1, Text: "built in 1871", Line: 3}
	got := renderMatches("built in 1871", []citebot.Passage{p}, func(string) (string, error) { return doc, nil })
	for _, want := range []string{"> The old stone bridge was **built in 1871** by Mara Quill for the town.", "open it: /cite `dawn#2`", "`dawn#2`"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	if strings.Contains(got, "It still stands") || strings.Contains(got, "Intro") {
		t.Errorf("more than the sentence shown:\n%s", got)
	}
}
