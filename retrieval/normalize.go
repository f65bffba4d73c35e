package retrieval

import (
	"strings"

	"github.com/citebot/citebot/text"
)

// Normalize returns question with the words the index reads differently
// written as it reads them, for an answerer that matches the question's
// words against sentences: a misspelt word the corpus lacks becomes its
// correction ("musharaf" → "musharraf"), a general chat abbreviation its
// words ("govt" → "government"), a two-digit year the corpus has in one
// century alone that year ("'99" → "1999"). Everything else, and every
// word when nothing is read differently, stays as typed. It is safe for
// concurrent use.
func (ix *Index) Normalize(question string) string {
	st := ix.state()
	if st.lex == nil {
		return question
	}
	var b strings.Builder
	last := 0
	for _, t := range text.Tokens(question) {
		w := normalWord(t.Norm, st.lex, st.bm)
		if w == "" {
			continue
		}
		start := t.Start
		if text.IsDigits(t.Norm) { // "'99" → "1999"
			for _, q := range []string{"'", "’"} {
				if strings.HasSuffix(question[last:start], q) {
					start -= len(q)
				}
			}
		}
		b.WriteString(question[last:start])
		b.WriteString(w)
		last = t.End
	}
	if last == 0 {
		return question
	}
	b.WriteString(question[last:])
	return b.String()
}

// normalWord is what Normalize writes for the word w, or "" to keep it.
func normalWord(w string, lx *lexicon, bm *bm25) string {
	if f := text.ChatForm(w); f != nil {
		return strings.Join(f, " ")
	}
	if len(w) == 2 && text.IsDigits(w) {
		var years []string
		for _, century := range []string{"19", "20"} {
			if lx.count(century+w) > 0 {
				years = append(years, century+w)
			}
		}
		if len(years) == 1 {
			return years[0]
		}
		return ""
	}
	stem := text.Stem(w)
	if !isLetters(w) || text.English(stem) || text.IsStop(w) || bm.df(stem) > 0 {
		return ""
	}
	if fix := lx.correct(w); fix != "" && !text.IsStop(fix) {
		return fix
	}
	return ""
}
