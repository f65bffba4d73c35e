package extract

import (
	"regexp"
	"strings"

	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// doerKind reports whether s says the deed a "who" question q asks about
// and gives the doer as a kind of person rather than by name. In the
// passive, "Capes was found unconscious by two fishermen" answers "who
// found capes": a word of the question, in lower case, stands at most
// three words before the "by", and a kind of person (personKind) at most
// five words after it. In the active, "The player with the highest score
// wins." answers "who wins the game": the question's verb
// (question.role), in lower case, follows a kind of person by at most six
// words in the same clause.
func doerKind(s string, q question) bool {
	if !q.who {
		return false
	}
	kind := func(n text.Token) bool { return personKind(s, q, n) }
	deed := func(d text.Token) bool {
		return !text.IsStop(d.Norm) && q.has(d) && !text.Capitalised(s[d.Start:d.End])
	}
	toks := q.tokens(s)
	for i, t := range toks {
		if t.Norm == "by" && spacedBefore(s, toks[max(0, i-3):i+1], deed) && personKindAfter(s, q, toks[i:min(len(toks), i+6)]) {
			return true
		}
		if q.role != "" && strings.HasPrefix(t.Stem, q.role) && !text.Capitalised(s[t.Start:t.End]) && spacedBefore(s, toks[max(0, i-6):i+1], kind) {
			return true
		}
	}
	return false
}

// spacedBefore reports whether ok holds for one of the tokens before the
// last of toks, walking back from it while only spaces stand between.
func spacedBefore(s string, toks []text.Token, ok func(text.Token) bool) bool {
	for j := len(toks) - 2; j >= 0; j-- {
		if strings.TrimSpace(s[toks[j].End:toks[j+1].Start]) != "" {
			return false
		}
		if ok(toks[j]) {
			return true
		}
	}
	return false
}

// personKindAfter reports whether a kind of person (personKind) follows
// the first of toks ("by") with only spaces or hyphens between: "by two
// fishermen", "by an Egyptian-German archaeological team".
func personKindAfter(s string, q question, toks []text.Token) bool {
	for j := 1; j < len(toks); j++ {
		if strings.Trim(s[toks[j-1].End:toks[j].Start], " -") != "" {
			return false
		}
		if personKind(s, q, toks[j]) {
			return true
		}
	}
	return false
}

// personKind reports whether the token n of s is a noun naming a kind of
// person or a body of people, in lower case, and not a word of q: not for
// "who led the dig team that found it", whose own team is no answer.
func personKind(s string, q question, n text.Token) bool {
	return !text.Capitalised(s[n.Start:n.End]) && !q.has(n) && (asked.IsPersonKind(n.Norm) || reBodyOfPeople.MatchString(n.Norm))
}

// reBodyOfPeople is a noun for a body of people acting as one.
var reBodyOfPeople = regexp.MustCompile(`^(team|crew|group|police|staff|squad|panel|jury|committee)s?$`)
