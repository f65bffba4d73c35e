package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// asksPerson reports whether an answer type asks for a person's name.
func asksPerson(t answerType) bool { return t == typePerson || t == typeAuthor }

// personNamed reports whether s names a person the question does not: a
// run of adjacent capitalised words, after a title or of two words at
// least, with a new word no dictionary lists ("Alexander Rutskoy",
// "President Musharraf"), or of two words at least, the first a given
// name and one after it new ("Bill Walsh", "Mark Twain": dictionaries
// list many surnames), that does not end in a word heading the name of
// an organisation, place or event ("Strategic Culture Foundation",
// "Inter-Governmental Commission"). A run of dictionary words ("South
// Asian") names a place or a people more often than a person, and a
// title with nothing after it ("the envoy of India") names no one.
func (a *Answerer) personNamed(s string, q question) bool {
	if handleSays(s, q) || doerKind(s, q) {
		return true
	}
	var run nameRun
	toks := q.tokens(s) // the features read s's words already
	for i, t := range toks {
		w := []rune(s[t.Start:t.End])
		initial := len(w) == 1 && unicode.IsUpper(w[0]) && strings.HasPrefix(s[t.End:], ".")
		capital := initial || len(w) > 1 && unicode.IsUpper(w[0]) && !text.IsStop(t.Norm) &&
			!a.lex.monthsAndDays[t.Norm] && !(i == 0 && a.lex.commonStarts[t.Norm])
		if capital {
			run.add(a, q, t)
		}
		if !capital || i+1 == len(toks) || !onlySpaceOrInitial(s[t.End:toks[i+1].Start]) {
			if run.person(a) {
				return true
			}
			run = nameRun{}
		}
	}
	return false
}

// nameRun is a run of adjacent capitalised words.
type nameRun struct {
	titled bool   // it has a title word ("President")
	words  int    // its words that are not titles
	rare   bool   // one of those is new to the question and no dictionary lists it
	styled bool   // one of those is new to the question and follows a title ("President Putin")
	known  bool   // one of those is a name the question says (sameName): the question's own person
	given  bool   // the first of those is a given name ("Tom" in "Coach Tom Cable")
	named  bool   // one of those after the first is new to the question: "Tom Cable" is no new person to a question on Cable
	last   string // its last word, folded
	word   bool   // one of those is a word, not an initial: "U.N." names no person, "A. Rutskoy" does
	kind   bool   // it opens with a noun naming a kind of person ("Physicist"), which is not one of its words
	group  bool   // one of its words after its last title names an organisation ("Trinity College Dublin"; wordlists' group-words)
}

func (r *nameRun) add(a *Answerer, q question, t text.Token) {
	r.last = t.Norm
	r.group = r.group || a.lex.groupWords[t.Norm]
	if a.lex.titleWords[t.Norm] {
		r.titled, r.group = true, false // "Ground Forces Colonel General A.N. Postnikov": a person follows the title
		return
	}
	if r.words == 0 && !r.kind && asked.IsPersonNoun(t.Norm) && !text.GivenName(t.Norm) {
		r.kind = true // "Physicist Thomas Parnell": the name is what follows
		return
	}
	isNew := !q.has(t) && !text.IsDigit(t.Norm[0])
	r.word = r.word || len(t.Norm) > 1
	r.given = r.given || r.words == 0 && text.GivenName(t.Norm)
	r.named = r.named || r.words > 0 && isNew
	r.words++
	r.known = r.known || sameName(q, t)
	r.rare = r.rare || isNew && unlisted(t)
	r.styled = r.styled || isNew && r.titled && !abstractNoun(t)
}

// person reports whether the run names a person.
func (r nameRun) person(a *Answerer) bool {
	return (r.styled || r.rare && (r.titled || r.kind || r.words >= 2) || r.given && r.named) && r.word && !r.known && !r.group
}

// nameSpan is how many words either side of the focus noun a name that
// answers "which X" or "who" stands: "Minister Sergey Lavrov", "the
// envoy, Qazi Khalilullah". Words of the question do not count: they
// describe the focus ("the chairman of the State Duma Committee on
// Defence, V.P. Komoedov", "Scott Strenfel, PG&E's principal
// meteorologist").
const nameSpan = 3

// focusUnnamed reports whether s mentions q's focus noun (or a synonym)
// and no mention has, within nameSpan words of it (nameNear), a name
// (isName: new to the question and not common in the corpus) that is not
// a title: "The envoy remarked..." names no one; on a corpus about India,
// "The envoy of India remarked..." names the envoy's country, not the
// envoy.
func (a *Answerer) focusUnnamed(s string, q question) bool {
	toks := q.tokens(s)
	related := q.related[q.focus]
	seen := false
	for i, t := range toks {
		if t.Stem != q.focus && !slices.Contains(related, t.Stem) {
			continue
		}
		seen = true
		if a.nameNear(s, q, toks, i, -1) || a.nameNear(s, q, toks, i, 1) {
			return false
		}
	}
	return seen
}

// namedKind reports whether a "which" question whose focus is word,
// folded f, asks which organisation or place of a kind is meant
// (named-kinds: "which museum", "what company"), which only its name
// answers ("a civil defense museum" names none); not what kind of one
// ("what kind of company").
func (a *Answerer) namedKind(word, f string) bool {
	w := text.Fold(word)
	return (a.lex.namedKinds[w] || a.lex.namedKinds[strings.TrimSuffix(w, "s")]) && !reKindOf.MatchString(f)
}

// reKindOf asks what kind of thing, not which one.
var reKindOf = regexp.MustCompile(`\b(kinds?|types?|sorts?|forms?) of\b`)

// nameNear reports whether a name that is no title stands within nameSpan
// words of token i of s, walking in direction dir (-1 or 1) and passing
// over the question's words without counting them.
func (a *Answerer) nameNear(s string, q question, toks []text.Token, i, dir int) bool {
	for j, n := i+dir, 0; j >= 0 && j < len(toks) && n < nameSpan; j += dir {
		if a.isName(s, q, toks, j) && !a.lex.titleWords[toks[j].Norm] {
			return true
		}
		if !q.has(toks[j]) {
			n++
		}
	}
	return false
}
