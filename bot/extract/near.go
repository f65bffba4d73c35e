package extract

import (
	"unicode"

	"github.com/citebot/citebot/text"
)

// valueNear is how close, within one sentence of ms, a value of the kind
// the question asks for (a date, a number, a name) stands to a word of
// the question: 1 next to it, falling with the number of words between,
// and 0 when no sentence holds both. It is 0 for questions that ask for
// no such value. An answer's value is said where the question's words
// are, not in another clause of a long sentence.
func (sc *scorer) valueNear(ms []*termMatches) float64 {
	if !typed(sc.q.typ) && !asksName(sc.q.typ) {
		return 0
	}
	best := 0.0
	for _, m := range ms {
		var terms, values []int
		for i, t := range m.toks {
			switch {
			case sc.terms[t.Stem]:
				terms = append(terms, i)
			case sc.isValue(m.src, m.toks, i):
				values = append(values, i)
			}
		}
		for _, v := range values {
			for _, p := range terms {
				d := max(v-p, p-v) - 1
				best = max(best, 1/(1+float64(d)/nearSpan))
			}
		}
	}
	return best
}

// nearSpan is the number of words between a value and a question word at
// which valueNear is one half.
const nearSpan = 4

// isValue reports whether token i of s is a value of the kind the
// question asks for that the question does not already say.
func (sc *scorer) isValue(s string, toks []text.Token, i int) bool {
	q, t := sc.q, toks[i]
	if q.words[t.Norm] {
		return false
	}
	w := s[t.Start:t.End]
	digit := isDigit(t.Norm[0])
	switch q.typ {
	case typeDate:
		return reYearLike.MatchString(w) || sc.a.lex.monthsAndDays[t.Norm] && unicode.IsUpper([]rune(w)[0])
	case typeNumber:
		if !digit && !reNumeric.MatchString(t.Norm) || designation(s, t.Start) {
			return false
		}
		return !reYearLike.MatchString(w) && !sc.a.dayOfMonth(s, t.Start, t.End)
	case typeEntity:
		if digit && !designation(s, t.Start) {
			return true
		}
	}
	return sc.isName(s, toks, i)
}

// isName reports whether token i of s is a capitalised word the question
// does not have, not a sentence's common first word, a month or a word
// common in the corpus.
func (sc *scorer) isName(s string, toks []text.Token, i int) bool {
	q, t := sc.q, toks[i]
	r := []rune(s[t.Start:t.End])
	if len(r) < 2 || !unicode.IsUpper(r[0]) || q.has(t) || text.IsStop(t.Norm) {
		return false
	}
	if i == 0 && sc.a.lex.commonStarts[t.Norm] {
		return false
	}
	return !sc.a.lex.monthsAndDays[t.Norm] && !sc.a.common(q, t.Stem)
}

// rareName reports whether a sentence of ms names something the question
// does not with a word no English dictionary lists ("Mehmood",
// "Gazprom"): a proper name rather than a capitalised common word
// ("Chairman", "Police") or a country WordNet knows.
func (sc *scorer) rareName(ms []*termMatches) bool {
	for _, m := range ms {
		for i, t := range m.toks {
			if !isDigit(t.Norm[0]) && sc.isName(m.src, m.toks, i) && !text.English(t.Stem) {
				return true
			}
		}
	}
	return false
}
