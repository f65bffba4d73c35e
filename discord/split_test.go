package discord

import (
	"fmt"
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// checkPieces fails t unless every piece is non-empty, trimmed, within
// limit and has balanced code fences.
func checkPieces(t *testing.T, pieces []string, limit int) {
	t.Helper()
	for i, p := range pieces {
		if w := width(p); w > limit || w == 0 {
			t.Fatalf("piece %d has width %d (limit %d): %q", i, w, limit, p)
		}
		if strings.TrimSpace(p) != p {
			t.Errorf("piece %d is not trimmed: %q", i, p)
		}
		fences := 0
		for _, line := range strings.Split(p, "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "```") && !strings.Contains(strings.TrimSpace(line)[3:], "```") {
				fences++
			}
		}
		if fences%2 != 0 {
			t.Errorf("piece %d has unbalanced code fences:\n%s", i, p)
		}
	}
}

func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

var citeRE = regexp.MustCompile(`\[\d+\]`)

func TestSplit(t *testing.T) {
	long := strings.Repeat("A sentence that goes on [1]. ", 150)
	cases := []struct {
		name   string
		in     string
		limit  int
		pieces int // 0: do not check
		check  func(t *testing.T, pieces []string)
	}{
		{name: "blank", in: " \n\n ", limit: 2000, pieces: 0},
		{name: "short", in: "Hello [1].", limit: 2000, pieces: 1},
		{name: "paragraphs packed", in: "one\n\ntwo\n\nthree", limit: 2000, pieces: 1},
		{name: "long sentences", in: long, limit: 2000, check: func(t *testing.T, ps []string) {
			for _, p := range ps {
				if !strings.HasSuffix(p, "[1].") {
					t.Errorf("piece does not end at a sentence: ...%q", p[len(p)-20:])
				}
			}
		}},
		{name: "bold kept whole", in: strings.Repeat("word ", 390) + "**bold words here**" + strings.Repeat(" word", 50), limit: 2000, check: func(t *testing.T, ps []string) {
			for _, p := range ps {
				if strings.Count(p, "**")%2 != 0 {
					t.Errorf("piece breaks bold: %q", p[max(0, len(p)-40):])
				}
			}
		}},
		{name: "long bold reopened", in: "**" + strings.Repeat("bold ", 600) + "end**", limit: 2000, check: func(t *testing.T, ps []string) {
			for _, p := range ps {
				if !strings.HasPrefix(p, "**") || !strings.HasSuffix(p, "**") {
					t.Errorf("piece not closed and reopened: %q...%q", p[:10], p[len(p)-10:])
				}
			}
		}},
		{name: "code block whole", in: strings.Repeat("x ", 900) + "\n\n```go\n" + strings.Repeat("fmt.Println()\n", 20) + "```\n\nafter", limit: 2000, pieces: 2, check: func(t *testing.T, ps []string) {
			if !strings.HasPrefix(ps[1], "```go\n") || !strings.Contains(ps[1], "after") {
				t.Errorf("code block not kept whole: %q", ps[1][:20])
			}
		}},
		{name: "long code block refenced", in: "```py\n" + strings.Repeat("print('hello world')\n", 300) + "```", limit: 2000, check: func(t *testing.T, ps []string) {
			for _, p := range ps {
				if !strings.HasPrefix(p, "```py\n") || !strings.HasSuffix(p, "\n```") {
					t.Errorf("piece not fenced: %q", p[:10])
				}
			}
		}},
		{name: "unclosed fence", in: "```\n" + strings.Repeat("a line\n", 400), limit: 2000},
		{name: "blockquote prefix carried", in: "> " + strings.Repeat("quoted words ", 200), limit: 2000, check: func(t *testing.T, ps []string) {
			for _, p := range ps {
				if !strings.HasPrefix(p, "> ") {
					t.Errorf("piece lost its quote: %q", p[:10])
				}
			}
		}},
		{name: "no spaces", in: strings.Repeat("x", 5000), limit: 2000, pieces: 3},
		{name: "astral width", in: strings.Repeat("😀", 1500), limit: 2000, pieces: 2},
		{name: "embed limit", in: long, limit: MaxEmbedDescription, pieces: 2},
		{name: "tiny limit raised", in: strings.Repeat("ab ", 100), limit: 1, check: func(t *testing.T, ps []string) {
			checkPieces(t, ps, MinLimit)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ps := Split(tc.in, tc.limit)
			checkPieces(t, ps, max(tc.limit, MinLimit))
			if tc.pieces != 0 && len(ps) != tc.pieces {
				t.Errorf("got %d pieces, want %d", len(ps), tc.pieces)
			}
			if got, want := len(citeRE.FindAllString(strings.Join(ps, " "), -1)), len(citeRE.FindAllString(tc.in, -1)); got != want {
				t.Errorf("citation markers: got %d, want %d", got, want)
			}
			if tc.check != nil {
				tc.check(t, ps)
			}
		})
	}
}

// TestSplitRandom splits random markdown built of short constructs and
// checks that nothing is lost and no construct is cut.
func TestSplitRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	atoms := []string{"word", "another", "[1]", "[12]", "**bold text**", "*it*", "`code span`",
		"<https://example.com/a_b>", "https://example.org/x", "||spoiler||", "~~gone~~",
		"end.", "\n", "\n\n", "\n\n```\ncode line\nmore code\n```\n\n", "> quoted line\n", "émoji😀"}
	for i := range 300 {
		var b strings.Builder
		n := rng.Intn(1500)
		for range n {
			b.WriteString(atoms[rng.Intn(len(atoms))])
			b.WriteByte(' ')
		}
		in := b.String()
		limit := []int{MinLimit, 100, 500, 2000}[i%4]
		ps := Split(in, limit)
		checkPieces(t, ps, limit)
		joined := strings.Join(ps, "\n")
		if squeeze(strings.ReplaceAll(joined, "```", "")) != squeeze(strings.ReplaceAll(in, "```", "")) {
			t.Fatalf("case %d (limit %d): text changed", i, limit)
		}
		for _, p := range ps {
			for _, d := range []string{"**", "||", "~~", "`"} {
				if strings.Count(strings.ReplaceAll(p, "```", ""), d)%2 != 0 {
					t.Fatalf("case %d (limit %d): piece cuts %s:\n%s", i, limit, d, p)
				}
			}
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("Hello **world** [1].\n\n```go\nx\n```", 64)
	f.Add(strings.Repeat("a *b* `c` [2] ", 50), 100)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		limit = MinLimit + abs(limit)%3000
		checkPieces(t, Split(s, limit), limit)
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func ExampleSplit() {
	text := strings.Repeat("Quite a long sentence. ", 100)
	for _, p := range Split(text, MaxMessage) {
		fmt.Println(len(p) <= MaxMessage, strings.HasSuffix(p, "."))
	}
	// Output:
	// true true
	// true true
}
