package extract

import (
	"regexp"

	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// eventOf returns the stem of the participle by which date question p
// (read so far as q) names the event it dates ("found" of "when was the
// museum founded", "cap" of "when was it capped with aluminium"), or ""
// when it names none, asks for a document's date, or names a plan ("when
// was it scheduled"), which the text says in other words ("set for May
// 5"), or the making of a text ("when was the post published"), which its
// date gives (planWords).
func (a *Answerer) eventOf(p *asked.Question, q question) string {
	if q.typ != typeDate || q.field != metaNone {
		return ""
	}
	event := p.Event
	if m := reEventBefore.FindStringSubmatch(p.Folded); event == "" && m != nil {
		event = m[1] // "when was the monument capped with aluminium"
	}
	if event == "" || planWords[event] {
		return ""
	}
	stem := text.Stem(event)
	if a.lex.lightVerbs[stem] && event != stem+"ed" { // "founded" is no form of "find", though "found" is
		return ""
	}
	return stem
}

// reEventBefore finds the participle of a date question in the passive
// that a phrase follows: "when was the monument capped with aluminium",
// "when was the treaty signed by both sides"; a preposition after it
// tells it from a modifier ("the united nations").
var reEventBefore = regexp.MustCompile(`^when (?:was|were) .*?\b([a-z]{3,}(?:ed|en)) (?:in|by|with|on|at|for|from|as|to|into|during|after|before)\b`)

// planWords name a plan rather than an event, and the others the making
// of a text, which its page's date gives ("when was the post published").
var planWords = map[string]bool{"supposed": true, "planned": true, "scheduled": true, "expected": true, "intended": true, "slated": true, "meant": true,
	"published": true, "posted": true, "updated": true, "written": true, "uploaded": true, "dated": true, "edited": true}
