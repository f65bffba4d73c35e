package asked

import (
	"strings"

	"github.com/citebot/citebot/text"
)

// NamesID reports whether a question with tokens toks names a document
// by its ID when the ID is a word of letters, which names the site its
// file is named after more often than not (dw-wine.txt: "dw"): as a word,
// or as two or three words run together, an "'s" aside ("The Atlantic's"
// names "theatlantic"). An ID of digits or shorter than two letters is
// never named.
func NamesID(toks []text.Token, id string) bool {
	id = text.Fold(id)
	if len(id) < 2 || strings.ContainsFunc(id, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return false
	}
	for i := range toks {
		joined := ""
		for j := i; j < len(toks) && j < i+3; j++ {
			if joined += strings.TrimSuffix(toks[j].Norm, "'s"); joined == id {
				return true
			}
		}
	}
	return false
}
