//go:build ignore

// Normalising WordNet lemmas and stemming them: the bottom layer of gen.

package main

import (
	"strings"

	"github.com/citebot/citebot/text"
)

// lemma normalises a WordNet lemma: lower case, adjective markers such as
// "(a)" removed; it returns "" for collocations and anything that is not
// plain a-z.
func lemma(w string) string {
	if i := strings.IndexByte(w, '('); i >= 0 {
		w = w[:i]
	}
	w = strings.ToLower(w)
	if w == "" {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return ""
		}
	}
	return w
}

// stem is the table key of a word: its text.Stem, or "" for stop words,
// stems that are stop words and stems shorter than 3 bytes.
func stem(w string) string {
	if w == "" || text.IsStop(w) {
		return ""
	}
	s := text.Stem(w)
	if len(s) < 3 || text.IsStop(s) {
		return "" // "overly" stems to "over", a stop word that callers may not filter
	}
	return s
}
