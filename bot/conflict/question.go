package conflict

import (
	"strings"

	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// planWords are folded words by which a sentence speaks of a plan rather
// than of what happened ("the visit will take place", "was planned").
// A question that asks when something was supposed to happen finds its
// plan word said by any of them.
var planWords = map[string]bool{
	"will": true, "would": true, "shall": true, "plan": true, "planned": true, "plans": true, "scheduled": true, "schedule": true,
	"due": true, "expected": true, "supposed": true, "intended": true, "slated": true, "meant": true, "postponed": true, "rescheduled": true,
}

// frameWords are folded words that frame a question rather than name the
// fact it asks about: the sentences that answer do not repeat them.
var frameWords = map[string]bool{
	"what": true, "when": true, "which": true, "who": true, "how": true, "whom": true, "whose": true,
	"rank": true, "ranks": true, "ranked": true, "year": true, "month": true, "date": true, "value": true, "amount": true,
	"figure": true, "level": true, "volume": true, "number": true, "total": true, "sum": true, "worth": true,
	"much": true, "many": true, "hold": true, "held": true, "did": true, "make": true, "made": true, "around": true,
	"about": true, "just": true, "exactly": true, "approximately": true, "name": true, "names": true, "full": true,
	"span": true, "period": true, "range": true, "stretch": true, "years": true, "decade": true, "decades": true, "era": true,
	"place": true, "position": true, "where": true, "job": true, "post": true, "office": true, "title": true,
	"designation": true, "have": true, "had": true, "has": true,
	"spell": true, "spelled": true, "spelt": true, "spelling": true, "spells": true,
}

// question is what Find knows of a question.
type question struct {
	kind  asked.Kind
	share bool            // a number question asking for a percentage
	terms []text.Token    // content words, de-duplicated by stem
	words map[string]bool // folded words
	years map[string]bool // years the question names
	plan  string          // the folded word by which it asks for a plan ("supposed"), or ""
	// event is the index in terms of the participle that ends a date
	// question and names the event it asks the date of ("When was the
	// museum founded?"), or -1.
	event int
	// measure is what a number question counts or measures: "$" for
	// money, "length" (or a duration, for "how long"), "count" of the
	// noun whose stem is counted; "" when the question does not say.
	measure, counted string
}

// read returns what Find knows of parsed question p: its kind and measure
// as parsed, its content words less the frame words, the years it names
// and, for a date question, the plan and event it asks about.
func read(p *asked.Question) question {
	out := question{kind: p.Kind, words: map[string]bool{}, years: map[string]bool{}, event: -1}
	if p.Kind == asked.KindNumber {
		out.share, out.measure, out.counted = p.Share, p.Measure, p.Counted
	}
	var event string
	if p.Kind == asked.KindDate {
		out.plan = p.Plan
		if p.Event != "" && !planWords[p.Event] {
			event = p.Event
		}
	}
	seen := map[string]bool{}
	prev := ""
	for _, t := range splitWords(p.Text, p.Tokens) {
		out.words[t.Norm] = true
		if isYear(t.Norm) {
			out.years[t.Norm] = true
		}
		after := prev
		prev = t.Norm
		if text.IsStop(t.Norm) && t.Norm != out.plan || frameWords[t.Norm] || seen[t.Stem] || after == "how" && text.DimensionWords(t.Stem) != nil {
			continue // "how long": "42 km long" says no fact of "how long was construction"
		}
		seen[t.Stem] = true
		if t.Norm == event {
			out.event = len(out.terms)
		}
		out.terms = append(out.terms, t)
	}
	return out
}

// isYear reports whether a folded token is a year: 1500 to 2099.
func isYear(w string) bool {
	if len(w) != 4 || !text.IsDigits(w) {
		return false
	}
	return w >= "1500" && w <= "2099"
}

// matches reports whether a question word t is said by a sentence word u:
// the same stem, or one a prefix of the other ("aug", "August"; "Russia",
// "Russian") for words of letters of at least three, or the question
// word's stem of five letters or more beginning the sentence word
// ("visited", "visitors").
func matches(t, u text.Token) bool {
	if t.Stem == u.Stem || t.Norm == u.Norm {
		return true
	}
	if text.IsDigit(t.Norm[0]) || text.IsDigit(u.Norm[0]) {
		return false
	}
	a, b := t.Norm, u.Norm
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 3 && strings.HasPrefix(b, a) || len(t.Stem) >= 5 && strings.HasPrefix(u.Norm, t.Stem)
}
