package extract

import (
	"strings"

	"github.com/citebot/citebot/text"
)

// expands reports whether sentence s spells out a short form the question
// says ("lidar" of "what does lidar stand for"): the short form stands
// beside a run of words whose letters spell it, before it ("light
// detection and ranging, or lidar", "Open Telecom Platform (OTP)") or in
// brackets after it ("OTP (Open Telecom Platform)"). toks are the tokens of
// s. The long form is found as Schwartz and Hearst's algorithm finds it
// (longFormStart).
func expands(s string, toks []text.Token, q question) bool {
	for i, t := range toks {
		if !isShortForm(t.Norm, q) {
			continue
		}
		if i > 0 && spellsBefore(s, toks, i) || spellsAfter(s, toks[i:], t.Norm) {
			return true
		}
	}
	return false
}

// isShortForm reports whether a folded word of a sentence may be a short
// form the question asks about: a word of the question, of two to ten
// letters, not a stop word.
func isShortForm(w string, q question) bool {
	return len(w) >= 2 && len(w) <= 10 && q.words[w] && !text.IsStop(w) && text.IsLetters(w)
}

// spellsBefore reports whether the words before toks[i], a short form,
// end in its long form: only spaces, commas, dashes, an opening bracket
// or "or" stand between.
func spellsBefore(s string, toks []text.Token, i int) bool {
	end := i
	if toks[end-1].Norm == "or" && end > 1 {
		end--
	}
	if !onlySeparators(s[toks[end-1].End:toks[end].Start]) || !onlySeparators(s[toks[i-1].End:toks[i].Start]) {
		return false
	}
	return spells(toks[max(0, end-longFormMax(toks[i].Norm)):end], toks[i].Norm, true)
}

// spellsAfter reports whether a bracket after a short form (toks[0])
// opens its long form: "OTP (Open Telecom Platform)".
func spellsAfter(s string, toks []text.Token, short string) bool {
	if len(toks) < 3 || strings.TrimSpace(s[toks[0].End:toks[1].Start]) != "(" {
		return false
	}
	words := toks[1:]
	for i := 1; i < len(words); i++ {
		if strings.Contains(s[words[i-1].End:words[i].Start], ")") {
			words = words[:i]
			break
		}
	}
	return len(words) <= longFormMax(short) && spells(words, short, false)
}

// longFormMax is the most words a short form's long form has (Schwartz and
// Hearst: the fewer of the short form's length plus five and twice it).
func longFormMax(short string) int { return min(len(short)+5, 2*len(short)) }

// onlySeparators reports whether gap holds nothing but spaces, commas,
// dashes and an opening bracket.
func onlySeparators(gap string) bool {
	return strings.Trim(gap, " \u00a0,(–—-") == ""
}

// spells reports whether words spell short, its first letter a word's
// first letter and most of its letters words' first letters, over two
// words or more. When tail is true the long form is the words' last ones
// (it stands before the short form); otherwise their first ones, all
// taken.
func spells(words []text.Token, short string, tail bool) bool {
	norms := make([]string, len(words))
	for i, w := range words {
		norms[i] = w.Norm
	}
	first, initials := longFormStart(norms, short)
	if first < 0 || (!tail && first != 0) {
		return false
	}
	return len(norms)-first >= 2 && 2*initials >= len(short)
}

// longFormStart finds short's long form at the end of words, as Schwartz
// and Hearst's algorithm does (A Simple Algorithm for Identifying
// Abbreviation Definitions in Biomedical Text, 2003): short's letters are
// matched from the last, right to left, each one in words at or before
// the last match, the first letter at a word's start. It returns the
// index of the long form's first word and how many of short's letters
// matched words' first letters; -1 when words do not spell short.
func longFormStart(words []string, short string) (first, initials int) {
	long := strings.Join(words, " ")
	l := len(long) - 1
	wordStart := func(l int) bool { return l == 0 || long[l-1] == ' ' }
	for k := len(short) - 1; k >= 0; k-- {
		for l >= 0 && (long[l] != short[k] || k == 0 && !wordStart(l)) {
			l--
		}
		if l < 0 {
			return -1, 0
		}
		if wordStart(l) {
			initials++
		}
		if k == len(short)-1 && strings.Contains(long[l:], " ") {
			return -1, 0 // the long form's last word spells nothing
		}
		if k > 0 {
			l--
		}
	}
	return strings.Count(long[:l], " "), initials
}
