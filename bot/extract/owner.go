package extract

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/text"
)

// ownerSpan is how many words after a possessive the question's focus may
// stand and still be what the possessor has: "Pakistan's foreign
// minister", "Russia's deputy foreign minister".
const ownerSpan = 3

// ownerOf returns the stem of the word whose post or thing the question
// asks about: a possessive before its focus ("Who was Pakistan's foreign
// minister?": pakistan), or a nationality right before it, past the
// question's other words ("Who is the Pakistani foreign minister?":
// pakistani); "" when it names none. toks are the tokens of s.
func (a *Answerer) ownerOf(s string, toks []text.Token, focus string) string {
	if focus == "" {
		return ""
	}
	for i, t := range toks {
		if t.Stem != focus {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-ownerSpan; j-- {
			if u := toks[j]; possessive(s, u) || nationality(u) && len(a.syn.Related(u.Stem)) > 0 {
				return u.Stem
			}
		}
	}
	return ""
}

// possessive reports whether token t of s ends in "'s" or "’s" (which
// its Norm leaves out).
func possessive(s string, t text.Token) bool {
	w := s[t.Start:t.End]
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasPrefix(s[t.End:], "'s") || strings.HasPrefix(s[t.End:], "’s")
}

// otherOwner reports whether s gives the question's focus ("minister")
// only as another's: each mention has, in the run of capitalised words
// before it, a nationality that is not the question's possessor nor
// related to it ("Russian Foreign Affairs Minister S.V. Lavrov" for
// "Pakistan's foreign minister"), or another possessor ("Russia's
// Foreign Minister"). A mention with no owner before it may be the
// asked one.
func (a *Answerer) otherOwner(s string, q question) bool {
	toks := q.tokens(s)
	related, ok := q.related[q.owner] // read holds a term's synonyms
	if !ok {
		related = a.syn.Related(q.owner)
	}
	seen := false
	for i, t := range toks {
		if t.Stem != q.focus && t.Stem != "counterpart" {
			continue // "his Pakistani counterpart" holds the post too
		}
		seen = true
		if !a.ownedByOther(s, q, toks, i, related) {
			return false
		}
	}
	return seen
}

// ownedByOther reports whether the capitalised words right before token
// i of s name an owner other than the question's.
func (a *Answerer) ownedByOther(s string, q question, toks []text.Token, i int, related []string) bool {
	other := false
	for j := i - 1; j >= 0 && capital(s, toks[j]) && s[toks[j].End:toks[j+1].Start] != "" && !strings.ContainsAny(s[toks[j].End:toks[j+1].Start], ".,;:()"); j-- {
		t := toks[j]
		if t.Stem == q.owner || slices.Contains(related, t.Stem) {
			return false
		}
		if possessive(s, t) || nationality(t) && len(a.syn.Related(t.Stem)) > 0 && !q.has(t) {
			other = true
		}
	}
	return other
}

// nationality reports whether t reads as a people's or a country's
// adjective by its ending: "Russian", "Pakistani", "Chinese", "British".
func nationality(t text.Token) bool {
	for _, suf := range []string{"an", "ian", "ese", "ish", "i"} {
		if strings.HasSuffix(t.Norm, suf) && len(t.Norm) > len(suf)+2 {
			return true
		}
	}
	return false
}
