package extract

import (
	"slices"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// writerSays counts the question's words that name the writer of the
// text m matches as said, when src (its document; nil when unknown)
// names that writer its author and the text is said in the first person
// (reFirstPerson): "where is jeff presenting" is answered by Jeff
// Atwood's "I am presenting … at Webstock 2010".
func (sc *scorer) writerSays(m *termMatches, src *citebot.Source) {
	if src == nil || src.Author == "" || !reFirstPerson.MatchString(m.src) {
		return
	}
	var names []string
	for _, t := range text.Tokens(src.Author) {
		if text.Capitalised(src.Author[t.Start:t.End]) && !text.IsStop(t.Norm) {
			names = append(names, t.Stem)
		}
	}
	for i, t := range sc.q.terms {
		if slices.Contains(names, t) {
			m.exact[i], m.soft[i] = 1, 1
		}
	}
}
