package retrieval

import "github.com/citebot/citebot/text"

// otherSpelling returns the other spelling (British or American,
// text.SpellingVariants) of the word w, of stem stem, that the corpus
// (bm) has when it lacks w; "" when there is none.
func otherSpelling(w, stem string, bm stemFreq) string {
	if bm.df(stem) > 0 {
		return ""
	}
	for _, v := range text.SpellingVariants(w) {
		if bm.df(text.Stem(v)) > 0 {
			return v
		}
	}
	return ""
}
