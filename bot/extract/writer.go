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
	idx := sc.writerTerms(src)
	if len(idx) == 0 || !reFirstPerson.MatchString(m.src) {
		return
	}
	for _, i := range idx {
		m.exact[i], m.soft[i] = 1, 1
	}
}

// writerTerms returns the indexes of the question's terms that are words
// of the name of src's author (none when src is nil or names none),
// worked out once per document.
func (sc *scorer) writerTerms(src *citebot.Source) []int {
	if src == nil || src.Author == "" {
		return nil
	}
	if idx, ok := sc.writers[src]; ok {
		return idx
	}
	var idx []int
	for _, t := range text.Tokens(src.Author) {
		if i := slices.Index(sc.q.terms, t.Stem); i >= 0 && text.Capitalised(src.Author[t.Start:t.End]) && !text.IsStop(t.Norm) {
			idx = append(idx, i)
		}
	}
	if sc.writers == nil {
		sc.writers = map[*citebot.Source][]int{}
	}
	sc.writers[src] = idx
	return idx
}
