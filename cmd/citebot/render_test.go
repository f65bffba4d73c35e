package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/citebot/citebot"
)

// TestAnswerAsProse: an answer that starts mid-sentence is capitalised for
// display only, markdown emphasis from an LLM reads as prose on a
// terminal, a quote the answer already shows is not repeated, sentences
// without support are marked where they stand, and the jargon of the
// refusal note is said in plain words.
func TestAnswerAsProse(t *testing.T) {
	llm := &citebot.Answer{Mode: citebot.ModeLLM, Answered: true,
		Answer:    "the bridge opened in **1874** [1]. It cost `£2m` [2]. Nobody knows why.",
		Citations: []citebot.Citation{{N: 1, Quote: "opened in 1874", Supported: true}, {N: 2, Quote: "cost", Supported: false}},
		Notes:     []string{"not answered: no passage carries enough of the question (best 31% of its weight)"}}
	var out bytes.Buffer
	e := &env{stdout: &visibleWriter{w: &out}, stdoutTTY: true}
	printAnswer(e, llm)
	got := out.String()
	for _, want := range []string{
		"The bridge opened in 1874 [1]. It cost £2m [2]. (unverified) Nobody knows why. (no source)\n",
		`"opened in 1874"`,
		"matches enough of the question's important words (the closest matches about 31% of them)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if llm.Answer[0] != 't' || llm.Citations[0].Quote != "opened in 1874" {
		t.Error("the answer or its citations were changed")
	}
	ext := &citebot.Answer{Mode: citebot.ModeExtractive, Answered: true, Answer: "in 1932 the council built the bridge. [1]",
		Citations: []citebot.Citation{{N: 1, Quote: "in 1932 the council built the bridge.", Supported: true}}}
	out.Reset()
	printAnswer(&env{stdout: &visibleWriter{w: &out}}, ext)
	if got := out.String(); !strings.HasPrefix(got, "In 1932 the council") || strings.Count(got, "the council built") != 1 {
		t.Errorf("extractive answer:\n%s", got)
	}
	for _, prose := range []string{"in 1932 the council built it; it opened in 1934. [1]", "in 1932 the council and/or the county built it 24/7. [1]"} {
		out.Reset()
		printAnswer(&env{stdout: &visibleWriter{w: &out}}, &citebot.Answer{Mode: citebot.ModeExtractive, Answered: true, Answer: prose,
			Citations: []citebot.Citation{{N: 1, Quote: strings.TrimSuffix(prose, " [1]"), Supported: true}}})
		if got := out.String(); !strings.HasPrefix(got, "In 1932 the council") {
			t.Errorf("prose answer with a semicolon or a slash not capitalised:\n%s", got)
		}
	}
	for _, code := range []string{"db := chromem.NewDB() [1]", `godotenv.Load("a.env") [1]`, "go install github.com/spf13/cobra-cli@latest [1]", "go build ./... [1]",
		"ps -o pid,user:19,comm [1]", "ffi_type_sint32 [1]", "ffi_prep_cif_var will return FFI_BAD_ARGTYPE. [1]", "iPhone sales rose. [1]"} {
		out.Reset()
		printAnswer(&env{stdout: &visibleWriter{w: &out}}, &citebot.Answer{Mode: citebot.ModeExtractive, Answered: true, Answer: code,
			Citations: []citebot.Citation{{N: 1, Quote: strings.TrimSuffix(code, " [1]"), Supported: true}}})
		if got := out.String(); !strings.HasPrefix(got, code) {
			t.Errorf("code answer capitalised:\n%s", got)
		}
	}
	md := &citebot.Answer{Mode: citebot.ModeExtractive, Answered: true,
		Answer:    "It wraps the [Discord](https://discord.com/) API ![logo](logo.svg) in **Go**. [1]",
		Citations: []citebot.Citation{{N: 1, Quote: "It wraps the [Discord](https://discord.com/) API ![logo](logo.svg) in **Go**.", Supported: true}}}
	out.Reset()
	printAnswer(&env{stdout: &visibleWriter{w: &out}, stdoutTTY: true}, md)
	if got := out.String(); !strings.HasPrefix(got, "It wraps the Discord API in Go. [1]") {
		t.Errorf("extractive markdown on a terminal:\n%s", got)
	}
	out.Reset()
	printAnswer(&env{stdout: &visibleWriter{w: &out}}, llm) // piped: markdown kept as written
	if !strings.Contains(out.String(), "**1874**") {
		t.Errorf("markdown changed off a terminal:\n%s", out.String())
	}
}

// TestConfidenceAndConflictsShown: a low-confidence answer says so under
// the answer, each source of a disagreement says which value it gives,
// and a refusal's confidence note reads as percentages.
func TestConfidenceAndConflictsShown(t *testing.T) {
	a := &citebot.Answer{Answered: true, Mode: citebot.ModeExtractive, Confidence: 0.3,
		Answer: "He was Air Marshal. [1] Sources differ: Air Marshal [1]; Air Chief Marshal [2].",
		Citations: []citebot.Citation{{N: 1, Doc: "a.txt", Quote: "Air Marshal Butt", Supported: true},
			{N: 2, Doc: "b.txt", Quote: "Air Chief Marshal Butt", Supported: true}},
		Conflicts: []citebot.Conflict{{Value: "Air Marshal", Citations: []int{1}}, {Value: "Air Chief Marshal", Citations: []int{2}}},
		Notes:     []string{"not answered: nothing (confidence 0.13, below 0.26)"}}
	var out strings.Builder
	printAnswer(&env{stdout: &visibleWriter{w: &out}}, a)
	for _, want := range []string{"low confidence (30%): check the sources", `(gives "Air Marshal")`, `(gives "Air Chief Marshal")`, "13% likely right; citebot answers from 26%"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("missing %q in:\n%s", want, out.String())
		}
	}
	a.Confidence = 0.9
	out.Reset()
	printAnswer(&env{stdout: &visibleWriter{w: &out}}, a)
	if strings.Contains(out.String(), "low confidence") {
		t.Errorf("a confident answer is marked:\n%s", out.String())
	}
}

// TestPlainMarkdownEmphasis: on a terminal, emphasis marks go but a star
// or underscore that is text to a reader stays.
func TestPlainMarkdownEmphasis(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"bold", "opened in **1874**.", "opened in 1874."},
		{"italic", "the *Dawn* report", "the Dawn report"},
		{"underscore bold", "it is __final__", "it is final"},
		{"code span", "run `go test` now", "run go test now"},
		{"code span inside a word", "the`x`", "thex"},
		{"arithmetic", "2*3*4 is 24", "2*3*4 is 24"},
		{"snake case", "set snake__case__name", "set snake__case__name"},
		{"globs", "list *.go and *.md files", "list *.go and *.md files"},
		{"emphasis after a kept star", "2*3* and *this*", "2*3* and this"},
		{"at the ends", "*all*", "all"},
		{"heading", "## Usage", "Usage"},
	}
	for _, tt := range tests {
		if got := plainMarkdown(tt.in); got != tt.want {
			t.Errorf("%s: plainMarkdown(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
