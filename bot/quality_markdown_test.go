package bot_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/retrieval"
)

// skiffReadme is a project README as Markdown files are written: a title
// with badges, code spans in prose, and fenced code.
const skiffReadme = "# Skiff [![Go Reference](https://pkg.go.dev/badge/example.com/skiff.svg)](https://pkg.go.dev/example.com/skiff) ![CI](https://ci.example/skiff/badge.svg)\n\n" +
	"Skiff is a small embedded key-value store for Go programs. It keeps every bucket in a single file and never needs a server.\n\n" +
	"## Install\n\nInstall the command line tool with:\n\n```sh\ngo install example.com/skiff/cmd/skiff@latest\n```\n\n" +
	"To get the library, run:\n\n    go get example.com/skiff\n\n" +
	"## Usage\n\nOpen a database with `skiff.Open`, which creates the file when it does not exist.Then write to it in a transaction.\n\n" +
	"```go\npackage main\n\nimport \"example.com/skiff\"\n\nfunc main() {\n    db, err := skiff.Open(\"data.db\")\n    if err != nil {\n        log.Fatal(err)\n    }\n    defer db.Close()\n}\n```\n\n" +
	"Every write holds a lock on the whole file for the duration of its transaction, so writers never run at the same time.\n\n" +
	"## License\n\nSkiff is released under the MIT License.\n"

// TestQualityOnMarkdown asks a Markdown README: its title is read without
// badges, an answer quoted from code is a whole line of it (not cut at the
// dot of "skiff.Open"), no answer is a section heading or a code fence,
// a sentence that introduces code ("run:") answers with the code below it,
// and prose answers are found beside the code.
// The README is asked as written (ATX headings, "## Usage") and with
// setext headings ("Usage" over "-----"), which are no answers either.
func TestQualityOnMarkdown(t *testing.T) {
	setext := regexp.MustCompile(`(?m)^(#+) (.*)$`)
	atx := skiffReadme
	underlined := setext.ReplaceAllStringFunc(skiffReadme, func(h string) string {
		m := setext.FindStringSubmatch(h)
		return m[2] + "\n" + strings.Repeat(map[bool]string{true: "=", false: "-"}[len(m[1]) == 1], len(m[2]))
	})
	for name, readme := range map[string]string{"atx": atx, "setext": underlined} {
		t.Run(name, func(t *testing.T) { askSkiff(t, readme) })
	}
}

func askSkiff(t *testing.T, readme string) {
	ctx := context.Background()
	files := fstest.MapFS{"README.md": {Data: []byte(readme)}}
	ix, _, err := retrieval.Open(ctx, retrieval.Corpus{FS: files, Name: "skiff"}, retrieval.Options{Synonyms: bot.SharedSynonyms()})
	if err != nil {
		t.Fatal(err)
	}
	if srcs := ix.Sources(); len(srcs) != 1 || srcs[0].Title != "Skiff" {
		t.Errorf("sources %+v, want one titled Skiff", srcs)
	}
	b := bot.New(ix, bot.Options{Synonyms: bot.SharedSynonyms()})
	for _, tc := range []struct{ question, quote string }{
		{"how do i install the skiff command line tool", "go install example.com/skiff/cmd/skiff@latest"},
		{"Which function opens a skiff database?", "skiff.Open"},
		{"what license is skiff under", "MIT License"},
		{"skiff usage", "skiff.Open"},
		{"how do I get the skiff library", "go get example.com/skiff"},
		{"Can two writers write at the same time?", "writers never run at the same time"},
	} {
		a, err := b.Ask(ctx, citebot.Question{Text: tc.question})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Answered || !anyQuoteHas(a, tc.quote) {
			t.Errorf("%q: answered %v, %q, want a citation quoting %q", tc.question, a.Answered, a.Answer, tc.quote)
		}
		for _, c := range a.Citations {
			if strings.HasSuffix(c.Quote, "skiff.") || strings.HasPrefix(c.Quote, "#") || strings.HasPrefix(c.Quote, "```") ||
				strings.Contains(c.Quote, "\n---") || c.Quote == "Usage" || c.Quote == "License" ||
				strings.Contains(c.Quote, "```") || len(a.Citations) == 1 && strings.HasSuffix(c.Quote, ":") {
				t.Errorf("%q: quote %q is cut inside code, a heading or a fence", tc.question, c.Quote)
			}
		}
	}
}

// anyQuoteHas reports whether a citation of a quotes s.
func anyQuoteHas(a *citebot.Answer, s string) bool {
	for _, c := range a.Citations {
		if strings.Contains(c.Quote, s) {
			return true
		}
	}
	return false
}
