package retrieval

import (
	"github.com/citebot/citebot/text"
)

// initialisms returns the initialisms of the runs of capitalised words of
// a question (toks are its tokens) that the corpus has as words:
// "Shanghai Cooperation Organisation" → "sco" when the corpus writes SCO
// (text.NameInitials reads the runs). Stop words and WordNet's words are
// not taken ("US" for "United States" is "us"). Only a stretch the corpus
// has as a word is stemmed, so the questions' made-up strings stay out of
// text.Stem's process-wide memo.
func initialisms(s string, toks []text.Token, lx *lexicon) []string {
	var out []string
	text.NameInitials(s, toks, func(a string, _ []text.Token) {
		if lx.count(a) > 0 && !text.IsStop(a) && !text.English(text.Stem(a)) {
			out = append(out, a)
		}
	})
	return out
}
