package extract

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// nameHead is a question term said before another as one capitalised name
// in the passages ("Saxby" of "Saxby Chambliss"): a sentence that gives
// the last word alone ("Chambliss was born in Warrenton") speaks of the
// whole name.
type nameHead struct {
	head, last int // indices into question.terms
}

// nameHeads finds the question's adjacent word pairs that some passage
// says as two adjacent capitalised words.
func (sc *scorer) nameHeads(passages []citebot.Passage) []nameHead {
	q := sc.q
	var out []nameHead
	for _, pr := range q.pairs {
		h, l := slices.Index(q.terms, pr[0]), slices.Index(q.terms, pr[1])
		if h < 0 || l < 0 || slices.ContainsFunc(out, func(n nameHead) bool { return n.head == h && n.last == l }) {
			continue
		}
		if sc.anySays(passages, pr) {
			out = append(out, nameHead{h, l})
		}
	}
	return out
}

// anySays reports whether a sentence of the passages says pr as a name
// (saysName). It reads sentences, not whole passages, as matches does, so
// that their tokens are made once for both.
func (sc *scorer) anySays(passages []citebot.Passage, pr [2]string) bool {
	for i := range passages {
		p := &passages[i]
		for _, sp := range text.SentencesOf(p) {
			s := p.Text[sp.Start:sp.End]
			if saysName(s, sc.q.tokens(s), pr) {
				return true
			}
		}
	}
	return false
}

// saysName reports whether s has the stems pr as two adjacent capitalised
// words, with nothing but a space between, the last a word no dictionary
// lists: "Saxby Chambliss", not "Toronto Star" or "Kenosha County", whose
// last word alone names another thing.
func saysName(s string, toks []text.Token, pr [2]string) bool {
	for i := 1; i < len(toks); i++ {
		a, b := toks[i-1], toks[i]
		if a.Stem == pr[0] && b.Stem == pr[1] && b.Start-a.End == 1 && s[a.End] == ' ' && capital(s, a) && capital(s, b) && unlisted(b) {
			return true
		}
	}
	return false
}

// capital reports whether token t of s begins with a capital letter.
func capital(s string, t text.Token) bool {
	r, _ := utf8.DecodeRuneInString(s[t.Start:])
	return unicode.IsUpper(r)
}

// lastNames counts a name's head words as said where m's text says the
// name's last word capitalised: "Kayani" carries "Ashfaq Parvez Kayani".
// sc.names are in the question's order, so walking them backwards credits
// each head before the word before it.
func (sc *scorer) lastNames(m *termMatches) {
	var credited []int
	for i := len(sc.names) - 1; i >= 0; i-- {
		n := sc.names[i]
		if m.exact[n.head] == 1 || m.exact[n.last] != 1 {
			continue
		}
		if slices.Contains(credited, n.last) || sc.saysCapital(m, sc.q.terms[n.last]) {
			m.exact[n.head], m.soft[n.head] = 1, 1
			credited = append(credited, n.head)
		}
	}
}

// saysCapital reports whether m's text has a capitalised word of stem.
func (sc *scorer) saysCapital(m *termMatches, stem string) bool {
	for _, t := range m.toks {
		if t.Stem == stem && capital(m.src, t) {
			return true
		}
	}
	return false
}
