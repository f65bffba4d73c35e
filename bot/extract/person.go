package extract

import (
	"strings"
	"unicode"

	"github.com/citebot/citebot/text"
)

// asksPerson reports whether an answer type asks for a person's name.
func asksPerson(t answerType) bool { return t == typePerson || t == typeAuthor }

// personNamed reports whether s names a person the question does not: a
// run of adjacent capitalised words, after a title or of two words at
// least, with a new word no dictionary lists ("Alexander Rutskoy",
// "President Musharraf"), that does not end in a word heading the name of
// an organisation, place or event ("Strategic Culture Foundation",
// "Inter-Governmental Commission"). A run of dictionary words ("South
// Asian") names a place or a people more often than a person, and a
// title with nothing after it ("the envoy of India") names no one.
func (a *Answerer) personNamed(s string, q question) bool {
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
	last   string // its last word, folded
}

func (r *nameRun) add(a *Answerer, q question, t text.Token) {
	r.last = t.Norm
	if a.lex.titleWords[t.Norm] {
		r.titled = true
		return
	}
	r.words++
	isNew := !q.has(t) && !text.IsDigit(t.Norm[0])
	r.rare = r.rare || isNew && !text.English(t.Stem)
	r.styled = r.styled || isNew && r.titled
}

// person reports whether the run names a person.
func (r nameRun) person(a *Answerer) bool {
	return (r.styled || r.rare && (r.titled || r.words >= 2)) && !a.lex.groupWords[r.last]
}
