package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
		if phraseAs(c.text, m[0], m[1]) || insideParens(c.text, m[0]) {
			continue // "such as these we can": no clause opens at "as"; nor in "(125kph – gentle ...)"
		}
		if insideName(c.text, m[0], m[1]) {
			cuts = append(cuts, nameStart(c.text, m[0])) // the whole name: "Southern and Central Asia, Professor ..."
		} else {
			cuts = append(cuts, m[0])
		}
	}
	cuts = append(cuts, len(c.text))
	slices.Sort(cuts) // a name's start may lie before the cut found ahead of it
	cuts = slices.Compact(cuts)
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
			score := sc.coverage(part) + t.TypeWeight*sc.a.typeMatch(sc.q.typ, sc.q, text.Unglue(text.PlainSpaces(part)), c.meta) + t.ClauseLengthBonus*float64(n)
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

// insideName reports whether the cut s[start:end] is an "and" between two
// capitalised words, which joins the words of one name ("the National
// Oceanic and Atmospheric Administration", "Trinidad and Tobago"): a run
// of clauses opening there would name half of it, and one opens with the
// whole name instead (nameStart).
func insideName(s string, start, end int) bool {
	if strings.TrimSpace(s[start:end]) != "and" || end >= len(s) {
		return false
	}
	before := s[:start]
	word := before[strings.LastIndexAny(before, " \n\t")+1:]
	next, _ := utf8.DecodeRuneInString(s[end:])
	return text.Capitalised(word) && unicode.IsUpper(next)
}

// phraseAs reports whether the cut s[start:end] is the "as" of "such as",
// "as well as" or "so as to", which goes on the words before it: a run of
// clauses opening there would read "as these we can ...".
func phraseAs(s string, start, end int) bool {
	if strings.TrimSpace(s[start:end]) != "as" {
		return false
	}
	before := strings.TrimRight(s[:start], " \n\t")
	switch strings.ToLower(before[strings.LastIndexAny(before, " \n\t")+1:]) {
	case "such", "well", "so":
		return true
	}
	return strings.HasPrefix(strings.ToLower(s[end:]), "well as ")
}

// insideParens reports whether s[:i] leaves a parenthesis open: a run of
// clauses that begins or ends inside one would show half of it ("a
// 'slow' (125kph").
func insideParens(s string, i int) bool {
	return strings.Count(s[:i], "(") > strings.Count(s[:i], ")")
}

// nameStart returns where the run of capitalised words that ends at
// s[:end] begins ("National Oceanic" before " and Atmospheric"); a word
// ending in punctuation ("Saban," of "Saban, Meyer and Ohio State") ends
// the run.
func nameStart(s string, end int) int {
	start := end
	for {
		k := len(strings.TrimRight(s[:start], " "))
		i := strings.LastIndexByte(s[:k], ' ') + 1
		last, _ := utf8.DecodeLastRuneInString(s[i:k])
		if !text.Capitalised(s[i:k]) || !unicode.IsLetter(last) {
			return start // "Saban," ends a name before the one that follows
		}
		start = i
	}
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
