package cite

import (
	"fmt"
	"sort"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// Result is what Verify finds of a draft answer.
type Result struct {
	// Citations are the draft's citations in order of their numbers.
	Citations []citebot.Citation
	// Notes say what the reader should know: dangling markers, unverified
	// citations, uncited sentences, no supported citation at all.
	Notes []string
	// Answered is false when the answer says the passages do not answer.
	Answered bool
	// Conflicts are the values of the answer's "Sources differ:" sentence
	// (citebot.SourcesDiffer) that their cited passages give; nil when it
	// has none, or fewer than two such values.
	Conflicts []citebot.Conflict
}

// Verify builds the citations of a draft answer written from shown
// (passage n is shown[n-1]): for every cited sentence, the span of each
// cited passage that best supports it, exact document bytes, with
// Supported set by the mechanical check. Its notes tell of dangling
// markers, unverified citations, uncited sentences and an answer without
// any supported citation; Answered is whether the draft does not say that
// it does not know. Every number of d.Passages must name a passage of
// shown.
func Verify(d Draft, shown []citebot.Passage) Result {
	var res Result
	if len(d.Dangling) > 0 {
		res.Notes = append(res.Notes, fmt.Sprintf("the LLM cited %s, which it was not given; removed", numbers("passage", d.Dangling)))
	}
	sents := text.Sentences(d.Text) // split once: claims and dontKnowIn read them
	cls, uncited := claims(d.Text, sents, d.Marks)
	supported := 0
	values := valueClaims(d.Text, d.Marks)
	if len(values) > 0 {
		cits, conflicts, notes := checkConflict(values, d, shown)
		res.Citations, res.Conflicts, res.Notes = append(res.Citations, cits...), conflicts, append(res.Notes, notes...)
		for _, c := range cits {
			if c.Supported {
				supported++
			}
		}
	}
	for _, c := range cls {
		if len(values) > 0 && differs(c) {
			continue // checked value by value
		}
		cited := make([]citebot.Passage, len(c.cites))
		for i, n := range c.cites {
			cited[i] = shown[d.Passages[n-1]-1]
		}
		cits, why := check(c, cited)
		for _, cit := range cits {
			if cit.Supported {
				supported++
			}
		}
		res.Citations = append(res.Citations, cits...)
		if why != "" {
			res.Notes = append(res.Notes, fmt.Sprintf("%s unverified: %s", numbers("citation", c.cites), why))
		}
	}
	sort.Slice(res.Citations, func(i, j int) bool { return res.Citations[i].N < res.Citations[j].N })
	res.Answered = !dontKnowIn(d.Text, sents)
	switch {
	case !res.Answered:
	case supported == 0:
		res.Notes = append(res.Notes, "no citation of this answer could be verified against the sources; treat it with caution")
	case uncited > 0:
		res.Notes = append(res.Notes, fmt.Sprintf("%d sentence(s) of the answer cite no passage", uncited))
	}
	return res
}
