package text

import (
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot"
)

// TestSplitOnce: Split sets each passage's sentences as Sentences splits
// its text, and SentencesOf reads what a passage carries instead of
// splitting again (it does not modify the passage).
func TestSplitOnce(t *testing.T) {
	ps := []citebot.Passage{{Text: "One sentence here. Another one follows."}, {Text: "Alone"}}
	Split(ps)
	for _, p := range ps {
		if want := Sentences(p.Text); !slices.Equal(p.Sentences, want) {
			t.Errorf("Split(%q) = %v, want %v", p.Text, p.Sentences, want)
		}
	}
	marked := citebot.Passage{Text: "One sentence here. Another one follows.", Sentences: []Span{{Start: 0, End: 3}}}
	if got := SentencesOf(&marked); !slices.Equal(got, marked.Sentences) {
		t.Errorf("SentencesOf = %v, want the passage's own %v", got, marked.Sentences)
	}
	cut := citebot.Passage{Text: "One sentence", Sentences: []Span{{Start: 0, End: 18}, {Start: 19, End: 39}}}
	if got := SentencesOf(&cut); !slices.Equal(got, Sentences(cut.Text)) {
		t.Errorf("SentencesOf(cut text, stale spans) = %v, want %v", got, Sentences(cut.Text))
	}
	bare := citebot.Passage{Text: "One. Two."}
	if got := SentencesOf(&bare); len(got) != 2 || bare.Sentences != nil {
		t.Errorf("SentencesOf(unsplit) = %v and left %v, want 2 sentences and the passage unchanged", got, bare.Sentences)
	}
}

// TestBlocksWrapped: text wrapped at a fixed width is joined into its
// paragraphs, while headings, list items and short lines stay apart.
func TestBlocksWrapped(t *testing.T) {
	s := "Bodmin\n\n" +
		"Bodmin (Cornish: Bosvena) is a civil parish and historic town in\n" +
		"Cornwall, England, United Kingdom. It is situated south-west of Bodmin\n" +
		"Moor. The extent of the civil parish corresponds fairly closely to that\n" +
		"of the town so is mostly urban in character. It is bordered to the\n" +
		"east by Cardinham parish, to the southeast by Lanhydrock parish.\n\n" +
		"History\n" +
		"- first item of a list\n" +
		"- Second item\n" +
		"A flag can be persistent, meaning that it is available to the\n" +
		"command it is assigned to. Its users call it\n" +
		"“a global flag”. Three memorandums were signed\n" +
		"    – in the areas of energy and transport.\n"
	var got []string
	for _, b := range Blocks(s) {
		got = append(got, s[b.Start:b.End])
	}
	want := []string{
		"Bodmin",
		s[strings.Index(s, "Bodmin (Cornish") : strings.Index(s, "parish.\n")+len("parish.")],
		"History",
		"- first item of a list",
		"- Second item",
		"A flag can be persistent, meaning that it is available to the\ncommand it is assigned to. Its users call it\n“a global flag”. Three memorandums were signed\n    – in the areas of energy and transport.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Blocks:\n%q\nwant\n%q", got, want)
	}
	// one paragraph a line, of every length: not taken for wrapped text
	if w := WrapWidth("A short line of forty characters or so, yes.\n" + strings.Repeat("a long line ", 30) + "\n" + strings.Repeat("x y ", 25) + "\nAnd another line that ends somewhere else.\n"); w != 0 {
		t.Errorf("WrapWidth of unwrapped text = %d, want 0", w)
	}
}

// TestWrapWidthPastTables: a README wrapped at 80 characters that holds
// a wider table is wrapped text still, and its first paragraph, wrapped
// before a capitalised word, one sentence.
func TestWrapWidthPastTables(t *testing.T) {
	prose := "fsnotify is a Go library to provide cross-platform filesystem notifications on\nWindows, Linux, macOS, BSD, and illumos.\n\n"
	for range 6 {
		prose += "The watcher reports each change to a file or a directory that it was told\nto watch, and an error on its own channel when the system drops events.\n\n"
	}
	row := "| " + strings.Repeat("cell ", 20) + "| Linux      | Supported |\n"
	s := prose + "| Backend | OS | Status |\n" + strings.Repeat(row, 10)
	if w := WrapWidth(s); w == 0 || w > 80 {
		t.Errorf("WrapWidth = %d, want the prose's width, not the table's", w)
	}
	first := Sentences(s)[0]
	if got, want := s[first.Start:first.End], prose[:strings.Index(prose, "\n\n")]; got != want {
		t.Errorf("first sentence %q, want %q", got, want)
	}
}

// TestWrapWidthPastCode: a README wrapped at 80 characters whose fenced
// code has longer lines is wrapped text still, and a paragraph wrapped
// before a capitalised word one sentence.
func TestWrapWidthPastCode(t *testing.T) {
	prose := "For a new integration, prefer Responses unless you specifically need the Chat\nCompletions request or response shape.\n\n"
	s := prose
	for range 4 {
		s += "```go\nconfig.BaseURL = \"https://your-compatible-endpoint.example/v1/with/a/long/path/to/it\"\n" +
			"client := openai.NewClientWithConfig(config) // and a comment that runs on past the prose\n```\n\n" +
			"Use `DefaultConfig` to customize the HTTP client, base URL, organization, or\nheaders before constructing a client with the configuration it returns.\n\n"
	}
	if w := WrapWidth(s); w == 0 || w > 80 {
		t.Errorf("WrapWidth = %d, want the prose's width, not the code's", w)
	}
	first := Sentences(s)[0]
	if got, want := s[first.Start:first.End], prose[:strings.Index(prose, "\n\n")]; got != want {
		t.Errorf("first sentence %q, want %q", got, want)
	}
}

// TestBlocksCodeSpans: in wrapped Markdown, a line that opens with a
// code span goes on with the sentence of the line before, but the rows
// of a table stay apart though they are as long as wrapped lines.
func TestBlocksCodeSpans(t *testing.T) {
	s := "FailOnNonTempDialError, WithBlock, and WithReturnConnectionError are three\n" +
		"`DialOption`s that are only supported by `Dial` because they only affect\n" +
		"the behavior of `Dial` itself. `WithBlock` causes `Dial` to wait until the\n" +
		"`ClientConn` reports its `State` as `connectivity.Connected`, and the other\n" +
		"two deal with returning connection errors before the timeout is reached.\n\n" +
		"`*`           | matches any sequence of non-path-separators in the name\n" +
		"`[class]`     | matches any single non-path-separator character of a class\n"
	var got []string
	for _, b := range Blocks(s) {
		got = append(got, s[b.Start:b.End])
	}
	rows := strings.Index(s, "`*`")
	want := []string{strings.TrimSpace(s[:rows]), "`*`           | matches any sequence of non-path-separators in the name", "`[class]`     | matches any single non-path-separator character of a class"}
	if !slices.Equal(got, want) {
		t.Errorf("Blocks:\n%q\nwant\n%q", got, want)
	}
}

// TestBlocksApart: lines of a README, a scraped page's menu and comment
// section, and a mail's signature stay apart even when the text around
// them is wrapped: a code fence, a numbered list item after a long line,
// one- and two-word lines before a lower-case line ("Reply" / "mary",
// "See also" / "the docs"), and lines ending with a word that may end a
// sentence ("Log in", "10:12 am").
func TestBlocksApart(t *testing.T) {
	wrapped := "This paragraph is wrapped at seventy columns, as a plain text file\n" +
		"would be, so that the text around the lines below counts as wrapped\n" +
		"at a fixed width and long lines are taken to run on into the next\n" +
		"one, unless that one begins a list item or there is nothing to it.\n\n"
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"```\ngo build ./cmd/citebot\n```\n", []string{"```", "go build ./cmd/citebot", "```"}},
		{"func main() {\n    err := godotenv.Load()\n    if err != nil {\n        log.Fatal(err)\n    }\n", // cut from a fenced block
			[]string{"func main() {", "err := godotenv.Load()", "if err != nil {", "log.Fatal(err)", "}"}},
		{"```go\nfunc main() {\n    err := godotenv.Load()\n    if err != nil {\n}\n```\nthe next paragraph goes on\nhere.\n",
			[]string{"```go", "func main() {", "err := godotenv.Load()", "if err != nil {", "}", "```", "the next paragraph goes on\nhere."}},
		{"- refuses when the sources do not say, instead of guessing an answer\n1. Install Go\n2. Run it\n",
			[]string{"- refuses when the sources do not say, instead of guessing an answer", "1. Install Go", "2. Run it"}},
		{"Home\nLog in\nRegister\nSee also\nthe docs folder\nReply\nmary\n",
			[]string{"Home", "Log in", "Register", "See also", "the docs folder", "Reply", "mary"}},
		{"Posted on March 4, 2020 at 10:12 am\nGreat article\n", []string{"Posted on March 4, 2020 at 10:12 am", "Great article"}},
		{"Best regards\nJane Doe\nSenior Engineer\n", []string{"Best regards", "Jane Doe", "Senior Engineer"}},
		{"Installation\n============\n\nRun it.\n\nLicense\n-------\nMIT.\nRun it.\nNot a heading\n---\n", []string{"Installation\n============", "Run it.", "License\n-------", "MIT.\nRun it.\nNot a heading", "---"}},
		{"```\nx := 1\n---\n```\n", []string{"```", "x := 1", "---", "```"}}, // no heading in code
		// these do run on
		{"It was visited by the President of\nPakistan in 2003.\n", []string{"It was visited by the President of\nPakistan in 2003."}},
		{"We will go there in\nthe spring\n", []string{"We will go there in\nthe spring"}},
		// prose that is not code: a line ending with ";", an empty "()" left where a scraper dropped a pronunciation
		{"The bridge was opened by the mayor of the\ncity, who had fought for it for ten years;\nit was closed in 1990.\n",
			[]string{"The bridge was opened by the mayor of the\ncity, who had fought for it for ten years;\nit was closed in 1990."}},
		{"Moscow is the capital and the largest city of\nRussia () with a population of about thirteen\nmillion residents.\n",
			[]string{"Moscow is the capital and the largest city of\nRussia () with a population of about thirteen\nmillion residents."}},
		// prose naming code in backticks is no line of code
		{"Alternatively, you can run `filepath.ToSlash()` on both pattern and name and\nthen use this function.\n",
			[]string{"Alternatively, you can run `filepath.ToSlash()` on both pattern and name and\nthen use this function."}},
		// a quoted paragraph runs on as the same text would unquoted; a marker alone ends it
		{"> The staging server must be rebuilt every Monday\n> before the weekly release, because the cache\n> grows without bound.\n>\n> Second quoted paragraph.\n",
			[]string{"> The staging server must be rebuilt every Monday\n> before the weekly release, because the cache\n> grows without bound.", ">", "> Second quoted paragraph."}},
		// a rule of tildes in a plain text is no code fence
		{"~~~~~~~~~~~~~~~~~~~~\nThe council met on Monday to discuss the\nnew budget for the harbour\n~~~~~~~~~~~~~~~~~~~~\n",
			[]string{"~~~~~~~~~~~~~~~~~~~~", "The council met on Monday to discuss the\nnew budget for the harbour", "~~~~~~~~~~~~~~~~~~~~"}},
	} {
		s := wrapped + c.in
		if WrapWidth(s) == 0 {
			t.Fatalf("WrapWidth(%q) = 0, want the text taken for wrapped", s)
		}
		var got []string
		for _, b := range Blocks(s)[1:] {
			got = append(got, s[b.Start:b.End])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Blocks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIsMarkdownHeading(t *testing.T) {
	for s, want := range map[string]bool{
		"# Title": true, "### Required flags": true, "######\tSix": true,
		"####### Seven": false, "#hashtag": false, "# ": false, "#": false, "C# is a language": false, "": false,
		"Install\n-------": true, "Bolt [![CI](ci.svg)](ci)\n====": true, "Install\n--": false, "Install\n-=-": false, "\n====": false, "a\nb\n---": false,
	} {
		if got := IsMarkdownHeading(s); got != want {
			t.Errorf("IsMarkdownHeading(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIsFence(t *testing.T) {
	for s, want := range map[string]bool{
		"```": true, "```go": true, "~~~": true, "````": true, "~~~ python": true,
		"``": false, "~~~~~~~~~~~~~~~~~~~~": false, "~~~ News ~~~": false, "``` x ```": false, "Use ```": false, "": false,
	} {
		if got := IsFence(s); got != want {
			t.Errorf("IsFence(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestMarkdownLinkText(t *testing.T) {
	for in, want := range map[string]string{
		"Water on the [Moon](https://moon.example) ![CI](ci.svg) [![Docs](d.svg)](https://docs.example)": "Water on the Moon",
		"It wraps the [Discord](https://discord.com/) API ![logo](logo.svg) in Go.":                      "It wraps the Discord API in Go.",
		"A [bracket] (aside) stays.": "A [bracket] (aside) stays.",
	} {
		if got := MarkdownLinkText(in); got != want {
			t.Errorf("MarkdownLinkText(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBlocksDoubleSpaced: in a page scraped with a blank line after every
// line, a sentence wrapped at the page's width, or over a line ending in
// a comma or a word that cannot end one, runs on past the blank lines; a headline
// over its tags and byline, a sentence's end and the same lines in a page
// not doubled stay apart.
func TestBlocksDoubleSpaced(t *testing.T) {
	page := "Water on the Moon\n\n" +
		"science,\n\n" +
		"by Jane Roe\n\n" +
		"We agree that Python is a great glue language and we would like\n\n" +
		"to keep it that way. PyPy can nicely interface with C using ctypes with\n\n" +
		"a slightly worse story for C++ (even though there were experiments).\n\n" +
		"What we know by now is that the CPython C API is not a good glue for PyPy,\n\n" +
		"it is too tied to CPython and it prevents a lot of the\n\n" +
		"optimizations that make PyPy fast.\n\n" +
		"Reply\n\n" +
		"mary\n"
	want := []string{
		"Water on the Moon", "science,", "by Jane Roe",
		"We agree that Python is a great glue language and we would like\n\n" +
			"to keep it that way. PyPy can nicely interface with C using ctypes with\n\n" +
			"a slightly worse story for C++ (even though there were experiments).",
		"What we know by now is that the CPython C API is not a good glue for PyPy,\n\n" +
			"it is too tied to CPython and it prevents a lot of the\n\n" +
			"optimizations that make PyPy fast.",
		"Reply", "mary",
	}
	var got []string
	for _, b := range Blocks(page) {
		got = append(got, page[b.Start:b.End])
	}
	if !slices.Equal(got, want) {
		t.Errorf("Blocks(double-spaced) = %q\nwant %q", got, want)
	}
	// and a sentence of it runs on too
	sentence := "PyPy can nicely interface with C using ctypes with\n\na slightly worse story for C++ (even though there were experiments)."
	found := false
	for _, sp := range Sentences(page) {
		found = found || page[sp.Start:sp.End] == sentence
	}
	if !found {
		t.Errorf("Sentences(double-spaced) has no sentence %q", sentence)
	}
	// the same text with one blank line only between its paragraphs is
	// not doubled: its blank lines end paragraphs
	single := "One line of a paragraph that ends with\n\nthe next paragraph, which is one line.\n"
	if n := len(Blocks(single)); n != 2 {
		t.Errorf("Blocks(%q): %d blocks, want 2", single, n)
	}
}

func TestListMarker(t *testing.T) {
	for _, tt := range []struct {
		s    string
		i    int
		want bool
	}{
		{"1. It's faster than `filepath.Walk`.", 0, true},
		{"Why:\n  2) It does less work.", 7, true},
		{"(3) It reuses a buffer.", 1, true},
		{"12 people died.", 0, false},         // no mark after it
		{"It runs 4. times faster", 8, false}, // words before it on its line
		{"3.5 million people", 0, false},
		{"Version 1. was out", 8, false},
	} {
		if got := ListMarker(tt.s, tt.i); got != tt.want {
			t.Errorf("ListMarker(%q, %d) = %v, want %v", tt.s, tt.i, got, tt.want)
		}
	}
}
