package conflict

import (
	"github.com/agnivade/levenshtein"
	"github.com/citebot/citebot/text"
)

// words returns the word tokens of s, with words that scraping glued
// together split where a lower-case letter meets an upper-case one
// ("GeneralRaheel" → "General", "Raheel"), offsets exact.
func words(s string) []text.Token { return splitWords(s, text.Tokens(s)) }

// splitWords returns toks, text.Tokens(s), with the glued words split as
// words splits them. It returns toks itself when none is glued.
func splitWords(s string, toks []text.Token) []text.Token {
	var out []text.Token
	for i, t := range toks {
		parts := text.CaseParts(s, t)
		if parts == nil {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]text.Token, 0, len(toks)+len(parts)), toks[:i]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return toks
	}
	return out
}

// variant reports whether two folded words may be spellings of one name
// ("sharif" and "shareef", "kayani" and "kiani", "parvez" and "pervez"):
// different words of letters, at least four long, with the same first
// letter and at most a third of the longer one's letters edited, not both
// English words.
func variant(a, b text.Token) bool {
	if a.Norm == b.Norm || len(a.Norm) < 4 || len(b.Norm) < 4 || a.Norm[0] != b.Norm[0] || !letters(a.Norm) || !letters(b.Norm) {
		return false
	}
	most := max(len(a.Norm), len(b.Norm)) / 3
	if max(len(a.Norm)-len(b.Norm), len(b.Norm)-len(a.Norm)) > most || levenshtein.ComputeDistance(a.Norm, b.Norm) > most {
		return false // the distance is at least the difference in length
	}
	return !text.English(a.Stem) || !text.English(b.Stem)
}

func letters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
