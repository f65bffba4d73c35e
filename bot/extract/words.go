package extract

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/text"
)

// wordSet answers whether a text carries a stem.
type wordSet struct {
	stems  map[string]bool
	folded string
	src    string
	toks   []text.Token // src's tokens
}

func newWordSet(s string) *wordSet { return wordSetOf(s, text.Tokens(s)) }

// wordSetOf is newWordSet of s split into toks. An ordinal in digits
// carries its word form too ("12th", and "12thmeeting" run together by
// scraping, carry "twelfth"; the latter "meeting" as well), two words a
// hyphen joins carry the closed compound ("clean-up": "cleanup"), as do
// the two words of a name (text.SpacedName: "Q Cells": "qcells", looked
// for only when asked: closedName), and a word of joint doing its word
// ("cofounded": "founded"; jointWord).
func wordSetOf(s string, toks []text.Token) *wordSet {
	ws := &wordSet{stems: make(map[string]bool, len(toks)), src: s, toks: toks}
	for i, t := range toks {
		ws.stems[t.Stem] = true
		if w := unglue(t.Norm); w != "" {
			ws.stems[text.Stem(w)] = true
		}
		if w := jointWord(t.Norm); w != "" {
			ws.stems[text.Stem(w)] = true
		}
		if i+1 < len(toks) {
			if text.Hyphenated(s, t, toks[i+1]) {
				ws.stems[text.Stem(t.Norm+toks[i+1].Norm)] = true
			}
			if w, rest := text.Ordinal(t, toks[i+1]); w != "" {
				ws.stems[text.Stem(w)] = true
				if rest != "" {
					ws.stems[text.Stem(rest)] = true
				}
			}
		}
	}
	return ws
}

// minJoint is how many letters the word after "co" must have for
// jointWord to read it.
const minJoint = 5

// jointWord returns the word a folded word says was done or held jointly,
// "co" before it ("cofounded": "founded", "coauthor": "author"), when that
// word is one of the dictionary's; "" otherwise ("cotton", "consider").
func jointWord(w string) string {
	rest, ok := strings.CutPrefix(w, "co")
	if !ok || len(rest) < minJoint || !text.IsLetters(rest) || !text.English(text.Stem(rest)) {
		return ""
	}
	return rest
}

// unglue returns the word inside a token that scraping ran together with a
// stop word ("portis" → "port", "themaritime" → "maritime"), or "".
func unglue(w string) string {
	if len(w) < 6 || text.IsStop(w) {
		return ""
	}
	for _, n := range []int{2, 3, 4} {
		if n+3 <= len(w) && text.IsStop(w[:n]) && len(w[:n]) >= 2 {
			return w[n:]
		}
		if len(w)-n >= 3 && text.IsStop(w[len(w)-n:]) {
			return w[:len(w)-n]
		}
	}
	return ""
}

// has reports whether the text has a word of stem t, a word the stemmer
// split from it ("bus", "buse" from "buses"), a name in two words whose
// closed form t is (closedName), or t inside a word run together with
// another.
func (ws *wordSet) has(t string) bool {
	if ws.stems[t] || ws.hasNearStem(t) || ws.closedName(t) {
		return true
	}
	if len(t) < 5 {
		return false
	}
	if ws.folded == "" {
		ws.folded = text.Fold(ws.src)
	}
	for i := 0; ; {
		k := strings.Index(ws.folded[i:], t)
		if k < 0 {
			return false
		}
		if gluedIn(ws.folded, i+k, t) {
			return true
		}
		i += k + 1
	}
}

// closedName reports whether stem t is the closed form of a name the text
// writes in two words (text.SpacedName: "qcell" of "Q Cells") or joined by
// an ampersand (text.Ampersanded: "pge" of "PG&E"). It is
// looked for here, when a stem is missed, rather than stemmed for every
// such pair when the set is made: few questions ask for one.
func (ws *wordSet) closedName(t string) bool {
	for i := 0; i+1 < len(ws.toks); i++ {
		a, b := ws.toks[i], ws.toks[i+1]
		if len(t) > len(a.Norm) && strings.HasPrefix(t, a.Norm) && (text.SpacedName(ws.src, a, b) || text.Ampersanded(ws.src, a, b)) && text.Stem(a.Norm+b.Norm) == t {
			return true
		}
	}
	return false
}

// gluedIn reports whether stem t, found at folded[at:], lies in a run of
// words that scraping glued together ("helicoptersbut", "2016was",
// "generalraheel"), begins a word it is short for ("param" in
// "parameters") or a form of it ("american"): not when the run is a
// longer word of its own (minLonger) and both are words the dictionary
// lists, as "capitalising" does not carry "capit", the stem of "capital".
func gluedIn(folded string, at int, t string) bool {
	start, end := at, at+len(t)
	for start > 0 && isWordByte(folded[start-1]) {
		start--
	}
	for end < len(folded) && isWordByte(folded[end]) {
		end++
	}
	run := folded[start:end]
	return len(run)-len(t) < minLonger || !text.English(t) || !text.English(text.Stem(run))
}

// minLonger is how many letters a dictionary word must add to another to
// be a word of its own rather than a form of it: "capitalising" is not
// "capital", "pressure" is not "press", but "american" is "america" and
// "national" is "nation".
const minLonger = 3

// isWordByte reports whether b is part of a word of folded text: a letter,
// a digit or a byte of a letter beyond ASCII.
func isWordByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80 }

// hasNearStem reports whether the text has a stem u with nearStem(t, u),
// by looking up the few stems that can be, not by trying every stem.
func (ws *wordSet) hasNearStem(t string) bool {
	for _, suffix := range nearSuffixes {
		if len(t) >= 3 && ws.stems[t+suffix] {
			return true // u is t with the suffix
		}
		if u, ok := strings.CutSuffix(t, suffix); ok && len(u) >= 3 && ws.stems[u] {
			return true // t is u with the suffix
		}
	}
	return false
}

// match is 1 when the text has stem t (see has), synWeight when it only
// has one of related, the synonyms of t ("purchased" for "bought"), and 0
// otherwise.
func (ws *wordSet) match(t string, related []string, synWeight float64) float64 {
	if ws.has(t) {
		return 1
	}
	for _, u := range related {
		if ws.stems[u] {
			return synWeight
		}
	}
	return 0
}

// nearStem reports whether two stems are one word the stemmer split
// apart: "bus" and "buse" (from "buses"), "deep" and "deepest", "larg" and
// "largest".
func nearStem(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 3 || !strings.HasPrefix(b, a) {
		return false
	}
	return slices.Contains(nearSuffixes, b[len(a):]) // compared in place: no concatenation per call
}

// nearSuffixes are the endings by which nearStem's stems differ.
var nearSuffixes = []string{"e", "est", "er"}
