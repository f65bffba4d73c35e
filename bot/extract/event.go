package extract

import (
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// eventOf returns the stem of the participle by which date question p
// (read so far as q) names the event it dates ("found" of "when was the
// museum founded"), or "" when it names none, asks for a document's
// date, or names a plan ("when was it scheduled"), which the text says in
// other words ("set for May 5"), or the making of a text ("when was the
// post published"), which its date gives (planWords).
func (a *Answerer) eventOf(p *asked.Question, q question) string {
	if q.typ != typeDate || p.Event == "" || q.field != metaNone || planWords[p.Event] {
		return ""
	}
	stem := text.Stem(p.Event)
	if a.lex.lightVerbs[stem] && p.Event != stem+"ed" { // "founded" is no form of "find", though "found" is
		return ""
	}
	return stem
}

// planWords name a plan rather than an event, and the others the making
// of a text, which its page's date gives ("when was the post published").
var planWords = map[string]bool{"supposed": true, "planned": true, "scheduled": true, "expected": true, "intended": true, "slated": true, "meant": true,
	"published": true, "posted": true, "updated": true, "written": true, "uploaded": true, "dated": true, "edited": true}
