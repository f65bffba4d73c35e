package extract

import (
	"strings"

	"github.com/citebot/citebot/text"
)

// valueNear is how close, within one sentence of ms, a value of the kind
// the question asks for (a date, a number, a name) stands to a word of
// the question: 1 next to it, falling with the number of words between
// (one half at Tuning.ValueNearSpan words), and 0 when no sentence holds
// both. It is 0 for questions that ask for no such value. An answer's
// value is said where the question's words are, not in another clause of
// a long sentence.
func (sc *scorer) valueNear(ms []*termMatches) float64 {
	best := 0.0
	for _, m := range ms {
		v := sc.valuesOf(m)
		for _, i := range v.values {
			for _, j := range v.terms {
				d := max(i-j, j-i) - 1
				best = max(best, 1/(1+float64(d)/sc.a.tun.ValueNearSpan))
			}
		}
	}
	return best
}

// sentenceValues are where a sentence says the question's terms and
// values of the kind it asks for (token indexes), and whether one of
// those is a name no dictionary lists.
type sentenceValues struct {
	terms, values []int
	rare          bool
}

// valuesOf returns m's values, computed once per sentence. A question
// that asks for no value (asksValue) finds none.
func (sc *scorer) valuesOf(m *termMatches) *sentenceValues {
	if m.vals != nil {
		return m.vals
	}
	v := &sentenceValues{}
	m.vals = v
	if !asksValue(sc.q.typ) {
		return v
	}
	for i, t := range m.toks {
		switch {
		case sc.terms[t.Stem]:
			v.terms = append(v.terms, i)
		case sc.isValue(m.src, m.toks, i):
			v.values = append(v.values, i)
			v.rare = v.rare || asksName(sc.q.typ) && !text.IsDigit(t.Norm[0]) && unlisted(t)
		}
	}
	return v
}

// asksValue reports whether an answer type asks for a date, a number or
// a name.
func asksValue(t answerType) bool { return typed(t) || asksName(t) }

// named reports whether ms name something (for "which X" also: give a
// number or quote) the question does not, and whether with a word no
// dictionary lists ("Mehmood", "Gazprom"): a proper name rather than a
// capitalised common word ("Chairman") or a country WordNet knows. Both
// are false unless the question asks for a name.
func (sc *scorer) named(ms []*termMatches) (named, rare bool) {
	if !asksName(sc.q.typ) {
		return false, false
	}
	for _, m := range ms {
		v := sc.valuesOf(m)
		named = named || len(v.values) > 0 || sc.q.typ == typeEntity && strings.ContainsAny(m.src, "‘’“”\"")
		rare = rare || v.rare
	}
	return named, rare
}

// nameRuns counts the runs of new capitalised words (isName) in the
// texts of ms, a run being one name: "Pakistan, Russia, Tajikistan and
// Afghanistan" four, "Dushanbe Four summit in Islamabad" two.
func (sc *scorer) nameRuns(ms []*termMatches) int {
	n := 0
	for _, m := range ms {
		prev := -2
		for i, t := range m.toks {
			if !sc.a.isName(m.src, sc.q, m.toks, i) {
				continue
			}
			if prev != i-1 || m.src[m.toks[prev].End:t.Start] != " " {
				n++
			}
			prev = i
		}
	}
	return n
}

// isValue reports whether token i of s is a value of the kind the
// question asks for that the question does not already say.
func (sc *scorer) isValue(s string, toks []text.Token, i int) bool {
	q, t := sc.q, toks[i]
	if q.words[t.Norm] {
		return false
	}
	w := s[t.Start:t.End]
	switch q.typ {
	case typeDate:
		return reYearLike.MatchString(w) || sc.a.lex.monthsAndDays[t.Norm] && text.Capitalised(w)
	case typeNumber:
		if !numeric(t.Norm) || designation(s, t.Start) || text.ListMarker(s, t.Start) {
			return false
		}
		return !reYearLike.MatchString(w) && !sc.a.dayOfMonth(s, t.Start, t.End)
	case typeEntity:
		if numeric(t.Norm) && !designation(s, t.Start) || text.InCodeSpan(s, t.Start) {
			return true // a code span names a thing of code: "the `wasi_snapshot_preview1` module"
		}
	}
	return sc.a.isName(s, q, toks, i)
}
