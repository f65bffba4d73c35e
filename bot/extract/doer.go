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
// three words before the "by", and a noun naming a kind of person, in
// lower case, at most five words after it with nothing but spaces
// between. In the active, "The player with the highest score wins."
// answers "who wins scrabble": the question's verb (question.role), in
// lower case, follows such a noun at most five words after it in the same
// clause.
func doerKind(s string, q question) bool {
	if !q.who {
		return false
	}
	toks := q.tokens(s)
	for i, t := range toks {
		if t.Norm == "by" && passiveDeed(s, q, toks[max(0, i-3):i+1]) && personKindAfter(s, q, toks[i:min(len(toks), i+6)]) {
			return true
		}
		if q.role != "" && strings.HasPrefix(t.Stem, q.role) && !text.Capitalised(s[t.Start:t.End]) && personKindBefore(s, q, toks[max(0, i-6):i+1]) {
			return true
		}
	}
	return false
}

// personKindBefore reports whether a noun naming a kind of person or a
// body of people, in lower case and not a word of q, stands among the
// tokens before the last of toks (the deed's verb) with only spaces
// between.
func personKindBefore(s string, q question, toks []text.Token) bool {
	for j := len(toks) - 2; j >= 0; j-- {
		n := toks[j]
		if strings.TrimSpace(s[n.End:toks[j+1].Start]) != "" {
			return false
		}
		if !text.Capitalised(s[n.Start:n.End]) && !q.has(n) && (asked.IsPersonKind(n.Norm) || reBodyOfPeople.MatchString(n.Norm)) {
			return true
		}
	}
	return false
}

// passiveDeed reports whether a word of q, in lower case, stands among the
// tokens before the last of toks ("by") with only spaces between.
func passiveDeed(s string, q question, toks []text.Token) bool {
	for i := len(toks) - 2; i >= 0; i-- {
		d := toks[i]
		if strings.TrimSpace(s[d.End:toks[i+1].Start]) != "" {
			return false
		}
		if !text.IsStop(d.Norm) && q.has(d) && !text.Capitalised(s[d.Start:d.End]) {
			return true
		}
	}
	return false
}

// personKindAfter reports whether a noun naming a kind of person or a
// body of people, in lower case and not a word of q, follows the first of
// toks ("by") with only spaces or hyphens between: "by two fishermen",
// "by an Egyptian-German archaeological team" (not for "who led the dig
// team that found it": the question's own team is no answer).
func personKindAfter(s string, q question, toks []text.Token) bool {
	for j := 1; j < len(toks); j++ {
		n := toks[j]
		if strings.Trim(s[toks[j-1].End:n.Start], " -") != "" {
			return false
		}
		if !text.Capitalised(s[n.Start:n.End]) && !q.has(n) && (asked.IsPersonKind(n.Norm) || reBodyOfPeople.MatchString(n.Norm)) {
			return true
		}
	}
	return false
}

// reBodyOfPeople is a noun for a body of people acting as one.
var reBodyOfPeople = regexp.MustCompile(`^(team|crew|group|police|staff|squad|panel|jury|committee)s?$`)
