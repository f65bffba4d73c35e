package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
)

// TestTableRow: an answer that is a table's header row is given with the
// row the question asks about, quoted without the line of dashes.
func TestTableRow(t *testing.T) {
	doc := "Tokenizers compared on the Brown corpus:\n\n" +
		"|Library    | Avg Speed (s, 10 runs) | Accuracy (%)\n" +
		"|:----------|:----------------------:|:-----------:\n" +
		"| Sentences | 1.96                   | 98.95\n" +
		"| NLTK      | 5.22                   | 99.21\n"
	p := citebot.Passage{ID: "readme#1", Doc: "README.md", End: len(doc), Text: doc}
	res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse("what accuracy does the NLTK library get"), Passages: []citebot.Passage{p}})
	var got []string
	for _, c := range res.Citations {
		got = append(got, c.Quote)
		if doc[c.Start:c.End] != c.Quote {
			t.Errorf("citation %+v is no exact span", c)
		}
	}
	want := []string{"|Library    | Avg Speed (s, 10 runs) | Accuracy (%)", "| NLTK      | 5.22                   | 99.21"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("answer %q cites %q, want %q", res.Text, got, want)
	}
}

// TestBelowRule: a candidate opening with a table's line of dashes loses
// it, and its span and line follow.
func TestBelowRule(t *testing.T) {
	doc := "|A | B\n|:--|:--:\n| x | 1\n"
	i := strings.Index(doc, "|:--")
	c := belowRule(candidate{text: doc[i:], start: i, end: len(doc), line: 2})
	if c.text != "| x | 1\n" || doc[c.start:c.end] != c.text || c.line != 3 {
		t.Errorf("belowRule = %q at %d, line %d", c.text, c.start, c.line)
	}
	if c := belowRule(candidate{text: "| x | 1", start: 3}); c.text != "| x | 1" || c.start != 3 {
		t.Errorf("a row without a rule changed: %q at %d", c.text, c.start)
	}
}

// TestHeaderRow: only a row with a line of dashes under it is a header.
func TestHeaderRow(t *testing.T) {
	doc := "|Library | Accuracy\n|:--|:--\n| Sentences | 98.95\n| NLTK | 99.21\n"
	p := &citebot.Passage{Start: 100, Text: doc}
	for _, tt := range []struct {
		row  string
		want bool
	}{
		{"|Library | Accuracy", true},
		{"| Sentences | 98.95", false},
		{"| NLTK | 99.21", false},
	} {
		i := strings.Index(doc, tt.row)
		c := candidate{p: p, text: tt.row, start: 100 + i, end: 100 + i + len(tt.row)}
		if got := headerRow(c); got != tt.want {
			t.Errorf("headerRow(%q) = %v, want %v", tt.row, got, tt.want)
		}
	}
}
