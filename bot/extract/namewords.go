package extract

import (
	"strings"

	"github.com/citebot/citebot/text"
)

// The words a run of capitals is read by (person.go, typed.go, near.go):
// which words name no one, and which name the question's own person.

// unlisted reports whether no dictionary lists the word t, nor the words
// scraping glued into it (text.Glued: "Drillsseriesunder"): a proper
// name's word ("Mehmood", "Gazprom").
func unlisted(t text.Token) bool { return !text.English(t.Stem) && !text.Glued(t.Norm) }

// sameName reports whether t is a name the question says, no dictionary
// word: in "President General Pervez Musharraf", "Musharraf" makes the
// run the person a question about Musharraf names already; "Russian" in
// "Russian Ground Forces Colonel General A.N. Postnikov" does not.
func sameName(q question, t text.Token) bool { return q.has(t) && unlisted(t) }

// abstractNoun reports whether t is an English abstract noun, which no
// person is named ("On Russian President Invitation", "the President
// Agreement"): a dictionary word of eight letters or more ending as such
// nouns end. Shorter names end so too ("Vance", "Clement").
func abstractNoun(t text.Token) bool {
	if len(t.Norm) < 8 || !text.English(t.Stem) {
		return false
	}
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism"} {
		if strings.HasSuffix(t.Norm, suf) {
			return true
		}
	}
	return false
}
