package extract

import (
	"slices"

	"github.com/citebot/citebot/text"
)

// pickSecond returns a runner-up worth adding: nearly as good, short
// enough to fit, and not overlapping the best.
func (a *Answerer) pickSecond(cands []candidate) (candidate, bool) {
	best := cands[0]
	for _, c := range cands[1:] {
		if c.prob < a.tun.SecondMinScore*best.prob {
			break
		}
		if visibleLen(best.text)+visibleLen(c.text) > a.tun.MaxAnswerBytes || (c.doc == best.doc && c.start < best.end && best.start < c.end) {
			continue
		}
		if similar(c.text, best.text, a.tun.SimilarShare) {
			continue
		}
		return c, true
	}
	return candidate{}, false
}

// pickOverview returns the best candidate and, up to n in all, the next
// best that the answerer would give on their own (at least the refusal
// threshold), none from the same place as one chosen (same: of the same
// passage, or document), overlapping one or repeating it. When too few
// reach the threshold, the next in the ranker's order that fill accepts
// fill the count: an overview gives facts about its topic (saysOf), a
// list by document each document that speaks of it (speaksOf), not
// answers to a question.
func (a *Answerer) pickOverview(cands []candidate, n int, same func(c, o candidate) bool, fill func(candidate) bool) []candidate {
	chosen := []candidate{cands[0]}
	for _, floor := range []bool{true, false} {
		for _, c := range cands[1:] {
			if len(chosen) == n {
				return chosen
			}
			if floor && c.prob < a.model.Threshold || !floor && !fill(c) {
				continue // the ranker's order is not the confidence's
			}
			if !slices.ContainsFunc(chosen, func(o candidate) bool {
				return same(c, o) || o.doc == c.doc && c.start < o.end && o.start < c.end ||
					similar(c.text, o.text, a.tun.SimilarShare)
			}) {
				chosen = append(chosen, c)
			}
		}
	}
	return chosen
}

// titleOnly reports whether c is its document's title and nothing more,
// which an overview of the document's topic does not give.
func titleOnly(c candidate) bool { return isTitle(c.p.Source, c.text) }

// saysOf reports whether c says something of the question's topic: any
// of its words, synonyms and near spellings counted (cover_soft).
func saysOf(c candidate) bool { return c.soft > 0 }

// speaksOf reports whether c, with its neighbours, speaks of the
// question's topic: says its weightiest word, not only some other
// ("the druzhba exercises": "Druzhba", not "exercises" alone).
func speaksOf(c candidate) bool { return c.soft > 0 && c.keyMiss == 0 }

// similar reports whether two sentences say much the same: most of the
// content words of the shorter (at least share of them) are in the longer.
func similar(a, b string, share float64) bool {
	ta, tb := text.Terms(a), text.Terms(b)
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	return len(ta) == 0 || text.Share(ta, tb) >= share
}
