package extract

import (
	"regexp"
	"strings"
)

// reAnnounces ends a sentence that announces what the next one says: "…
// dropped Butler from the team for two reasons.", "… the results were as
// follows.", a colon ("… telling Jobs:"), a question the writer asks and
// then answers ("You want to know why it was set in a small town?").
var reAnnounces = spaced(`(?i)(:|\?["”’)]*|\b(?:for|of|in) (?:two|three|four|five|several|a few|a number of|many|these|the following) (?:reasons|ways|things|steps|factors|points|causes|grounds)\.|\b(?:the following|as follows)[.:]?)$`)

// reByDefault finds a sentence that says what something does by default,
// which documentation follows with how to change it: for a question
// asking how to do something, it announces the next sentence.
var reByDefault = regexp.MustCompile(`(?i)\bby\s+default\b`)

// maxAnnounceGap is the most bytes (white space) between a sentence and
// the next one that goes on from it (nextTo).
const maxAnnounceGap = 4

// nextTo reports whether candidate c starts right after best in the same
// document: no more than maxAnnounceGap bytes after it, in its passage or
// the next chunk's.
func nextTo(best, c candidate) bool {
	return c.doc == best.doc && c.start >= best.end && c.start-best.end <= maxAnnounceGap
}

// announced returns the answer that says what the best candidate
// announces, the first part keeping the best's confidence:
//   - when a short question the writer then answers follows the best, the
//     best with that question and its answer (askedNext);
//   - when the best is a sentence alone that announces the next one
//     (announces), it and the next sentence as their pair candidate, or,
//     when the two are too long to pair, the best and the next sentence
//     on its own;
//   - when the best is a pair whose second sentence announces, that
//     sentence and the next (pairAnnounced);
//   - when no sentence of a best pair announces but the question asks how
//     to do something and the pair says what happens by default, the pair
//     and the sentence after it, which documentation gives how to change
//     it.
//
// It reports false when the best announces nothing or the next sentence is
// no candidate (a block of code answers alone: pairing).
func announced(cands []candidate, howTo bool) ([]candidate, bool) {
	best := cands[0]
	if asked, ok := askedNext(cands); ok {
		return asked, true
	}
	switch {
	case best.answer != "" || !best.pair && !announces(best.text, howTo):
		return nil, false
	case best.pair:
		if said, ok := pairAnnounced(cands, howTo); ok || !howTo || !reByDefault.MatchString(best.text) {
			return said, ok
		}
	}
	var next *candidate
	for i, c := range cands[1:] {
		switch {
		case c.doc != best.doc || c.start < best.start:
		case c.pair && c.start == best.start && c.p == best.p:
			c.prob = best.prob
			return []candidate{c}, true
		case !c.pair && nextTo(best, c):
			next = &cands[1+i]
		}
	}
	if next == nil {
		return nil, false
	}
	return []candidate{best, *next}, true
}

// pairAnnounced returns, when the best candidate is a pair whose second
// sentence announces the next one, the pair of that sentence and the next
// (with the best's confidence): "… telling Jobs:" is given with what he
// was told rather than with the sentence before it.
func pairAnnounced(cands []candidate, howTo bool) ([]candidate, bool) {
	best := cands[0]
	for _, c := range cands[1:] {
		if c.pair && c.p == best.p && c.start > best.start && c.start < best.end && c.end > best.end &&
			announces(best.text[c.start-best.start:], howTo) {
			c.prob = best.prob
			return []candidate{c}, true
		}
	}
	return nil, false
}

// maxAskWords is the most words of a question a writer asks and answers
// at once ("The solution?", "The deal breaker for me?").
const maxAskWords = 5

// reQuestionWord opens a question that asks rather than announces.
var reQuestionWord = regexp.MustCompile(`(?i)^\W*(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|should)\b`)

// askedNext returns, when the best candidate is followed in its passage by
// a short question the writer asks and then answers ("… the application
// was quite slow. The solution? The unicorn-worker-killer."), the best
// and the pair of that question and its answer (with the best's
// confidence).
func askedNext(cands []candidate) ([]candidate, bool) {
	best := cands[0]
	if best.answer != "" {
		return nil, false
	}
	for _, c := range cands[1:] {
		if !c.pair || !nextTo(best, c) {
			continue
		}
		i := strings.IndexByte(c.text, '?')
		if i < 0 || len(strings.Fields(c.text[:i])) > maxAskWords || reQuestionWord.MatchString(c.text) ||
			strings.HasSuffix(strings.TrimSpace(c.text), "?") {
			continue // "Why the face?" asks; "Japanese? They have email in Japanese?" answers nothing
		}
		c.prob = best.prob
		return []candidate{best, c}, true
	}
	return nil, false
}

// announces reports whether the sentence s announces the next one: it
// ends as reAnnounces says and leaves no quotation open, or it is a
// comment line of code ("// Returns whether …"), which says what the line
// after it does, or, when the question asks how to do something (howTo),
// it says what happens by default.
func announces(s string, howTo bool) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "// ") && !strings.Contains(s, "\n") || reAnnounces.MatchString(s) && !unclosed(s) ||
		howTo && reByDefault.MatchString(s)
}

// unclosed reports whether s opens a parenthesis or a double quote it does
// not close: its last words are inside a quotation that the next sentence
// goes on with ("… $800 in cash (“So what, man?"), not the writer's.
func unclosed(s string) bool {
	return strings.Count(s, "(") > strings.Count(s, ")") || strings.Count(s, "“") > strings.Count(s, "”") ||
		strings.Count(s, `"`)%2 == 1
}
