package main

import (
	"fmt"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// printMatch prints where a quote matched: the chunk ID to open it, the
// document and bytes, and the enclosing sentence with the matched words
// marked (underlined on a colour terminal, >>between<< otherwise).
func printMatch(e *env, lib citebot.Library, p citebot.Passage) {
	kind := "exact"
	if p.Score < 1 {
		kind = fmt.Sprintf("near, %.0f%% of words", p.Score*100)
	}
	w := e.stdout
	fmt.Fprintf(w, "%d. %s bytes %d-%d (line %d, chunk %s, %s)\n   ", p.Rank, p.Doc, p.Start, p.End, p.Line, orText(p.ID, "-"), kind)
	before, match, after := p.Text, "", ""
	if doc, err := lib.Text(p.Doc); err == nil && p.Start >= 0 && p.End <= len(doc) && p.Start <= p.End {
		before, match, after = sentenceAround(doc, p.Start, p.End)
	}
	b, a := collapse(before), collapse(after)
	if strings.HasSuffix(before, " ") || strings.HasSuffix(before, "\n") {
		b += " "
	}
	if strings.HasPrefix(after, " ") || strings.HasPrefix(after, "\n") {
		a = " " + a
	}
	fmt.Fprint(w, b)
	if e.color {
		paint(w, true, toneMatch, collapse(match))
	} else {
		fmt.Fprintf(w, ">>%s<<", collapse(match))
	}
	fmt.Fprintf(w, "%s\n", a)
	if p.ID != "" {
		fmt.Fprintf(w, "   open it: citebot cite %s\n", p.ID)
	}
}

// sentenceAround returns the text of the sentence(s) of doc holding
// [start, end), split into before the match, the match, and after it.
func sentenceAround(doc string, start, end int) (string, string, string) {
	sp := text.SentenceAround(doc, start, end)
	return doc[sp.Start:start], doc[start:end], doc[end:sp.End]
}
