package conflict

import (
	"strings"

	"github.com/citebot/citebot/text"
)

// titles are folded words that come before a person's name without being
// part of it: offices, honorifics and the words that qualify them. Ranks
// (rankWords, rankModifiers) are titles too.
//
// The answerer has a list of the same kind (bot/extract/wordlists/
// title-words.txt) that is kept apart on purpose: it is an input of the
// answerer's fitted confidence model (confidence.json), so a word added
// to or taken from it changes that model's features, while this list
// only trims a name's start here. This one also holds qualifiers that are
// no office ("former", "late", "then") and keeps ranks in tables of their
// own, which ranks reads as values.
var titles = map[string]bool{
	"president": true, "minister": true, "prime": true, "foreign": true, "defence": true, "defense": true, "secretary": true,
	"ambassador": true, "envoy": true, "mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "king": true, "queen": true,
	"prince": true, "princess": true, "chairman": true, "premier": true, "governor": true, "senator": true, "army": true,
	"navy": true, "former": true, "late": true, "then": true, "current": true, "vice": true, "state": true,
	"professor": true, "prof": true, "saint": true, "st": true, "pope": true, "emperor": true, "sultan": true, "sheikh": true,
}

// names returns the names of people and things that sentence s gives: runs
// of two to five capitalised words joined by spaces alone, without the
// titles before them ("Pakistan Army Chief General Ashfaq Pervez Kiani" →
// "Ashfaq Pervez Kiani"), months, or a sentence's first word when it is a
// common word ("In", "The").
func names(s string, toks []text.Token) []value {
	var out []value
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && nameWord(s, toks[j]) && (j == i || joined(s, toks[j-1], toks[j])) {
			j++
		}
		if j == i {
			i++
			continue
		}
		k := i
		for m := i; m < j; m++ {
			if titles[toks[m].Norm] || rankWords[toks[m].Norm] || rankModifiers[toks[m].Norm] || text.IsStop(toks[m].Norm) {
				k = m + 1 // the name starts after the last title
			}
		}
		if n := j - k; n >= 2 && n <= 5 {
			v := value{start: toks[k].Start, end: toks[j-1].End, name: toks[k:j:j]}
			out = append(out, v)
		}
		i = j
	}
	return out
}

// nameWord reports whether token t of s may be a word of a name: a
// capitalised word of letters that names no month.
func nameWord(s string, t text.Token) bool {
	return text.Capitalised(s[t.Start:t.End]) && letters(t.Norm) && months[t.Norm] == 0
}

// joined reports whether two words are next to each other in one name:
// separated by spaces, or glued ("JavedBajwa"), or after an initial's
// full stop ("V. Putin").
func joined(s string, a, b text.Token) bool {
	gap := s[a.End:b.Start]
	if strings.TrimSpace(gap) == "" {
		return !strings.Contains(gap, "\n")
	}
	return len(a.Norm) == 1 && strings.TrimSpace(gap) == "."
}

// sameName reports whether two names may be one name spelt alike or not:
// past the words before the first they have in common (a place before a
// name: "Pakistan Ashfaq Kayani"), every word of the shorter is, in
// order, a word of the longer or another spelling of it, the last words
// included (the family name), and at least two words are in common.
func sameName(a, b []text.Token) bool {
	a, b = cores(a, b)
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 2 && wordOf(a[len(a)-1], b[len(b)-1]) && inOrder(a, b, wordOf)
}

func wordOf(a, b text.Token) bool { return a.Norm == b.Norm || variant(a, b) }

func sameWord(a, b text.Token) bool { return a.Norm == b.Norm }

// spelledAlike reports whether two names of one person agree: past the
// words before the first they have in common (however spelt), every word of the shorter
// is, in order, the same word of the longer ("Ashfaq Kayani", "Ashfaq
// Parvez Kayani").
func spelledAlike(a, b []text.Token) bool {
	a, b = cores(a, b)
	if len(a) > len(b) {
		a, b = b, a
	}
	return inOrder(a, b, sameWord)
}

// cores drops from each name the words before its first word that the
// other has, however spelt (wordOf).
func cores(a, b []text.Token) ([]text.Token, []text.Token) {
	return a[firstShared(a, b):], b[firstShared(b, a):]
}

func firstShared(a, b []text.Token) int {
	for i, t := range a {
		for _, u := range b {
			if wordOf(t, u) {
				return i
			}
		}
	}
	return len(a)
}

// inOrder reports whether every word of a is, in order, a word of b.
func inOrder(a, b []text.Token, eq func(x, y text.Token) bool) bool {
	j := 0
	for _, t := range a {
		for j < len(b) && !eq(t, b[j]) {
			j++
		}
		if j == len(b) {
			return false
		}
		j++
	}
	return true
}
