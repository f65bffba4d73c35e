package extract

import (
	"regexp"

	"github.com/citebot/citebot/text"
)

// reClause finds places where a long sentence may be cut: after a comma,
// semicolon, colon or dash, or before a conjunction.
var reClause = regexp.MustCompile(`[,;:]\s+|\s+[–—-]\s+|\s+(and|but|while|whereas|which|who|as|because|after|when)\s+`)

// fit cuts a candidate longer than Tuning.MaxAnswerBytes to the run of
// clauses that best carries the question, keeping exact document bytes.
// Lengths are visibleLen's, as an answer shows the text.
func (sc *scorer) fit(c candidate) candidate {
	t := &sc.a.tun
	if visibleLen(c.text) <= t.MaxAnswerBytes {
		return c
	}
	cuts := []int{0}
	for _, m := range reClause.FindAllStringIndex(c.text, -1) {
		cuts = append(cuts, m[0])
	}
	cuts = append(cuts, len(c.text))
	bestS, bestE, best := 0, 0, -1.0
	for i := 0; i < len(cuts)-1; i++ {
		for j := i + 1; j < len(cuts); j++ {
			s, e := trimPunct(c.text, cuts[i], cuts[j])
			part := c.text[s:e]
			n := visibleLen(part)
			if n > t.MaxAnswerBytes {
				break
			}
			if n < t.MinClauseBytes {
				continue
			}
			// values and names are read from the view, as for the whole
			// sentence (measure)
			score := sc.coverage(part) + t.TypeWeight*sc.a.typeMatch(sc.q.typ, sc.q, text.Unglue(part), c.meta) + t.ClauseLengthBonus*float64(n)
			if score > best {
				bestS, bestE, best = s, e, score
			}
		}
	}
	if best < 0 {
		return c
	}
	c.start, c.end = c.start+bestS, c.start+bestE
	c.text = c.text[bestS:bestE]
	return c
}

// visibleLen is the length of s in bytes as an answer shows it, each run of
// white space counted as one: a sentence of a text wrapped and indented
// ("...the\n    command") is as long as the same sentence on one line.
func visibleLen(s string) int {
	n, space := 0, false
	for i := 0; i < len(s); i++ {
		b := s[i]
		isSpace := b == ' ' || b == '\n' || b == '\t' || b == '\r'
		if !isSpace || !space {
			n++
		}
		space = isSpace
	}
	return n
}

// trimPunct shrinks [s, e) of t past leading separators and white space.
func trimPunct(t string, s, e int) (int, int) {
	for s < e && (t[s] == ',' || t[s] == ';' || t[s] == ':' || t[s] == ' ' || t[s] == '\n') {
		s++
	}
	for e > s && (t[e-1] == ' ' || t[e-1] == '\n' || t[e-1] == ',') {
		e--
	}
	return s, e
}
