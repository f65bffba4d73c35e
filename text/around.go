package text

import "unicode/utf8"

// aroundWindow is how far around a span its sentence is looked for.
const aroundWindow = 1500

// SentenceAround returns the span of the sentence(s) of doc that hold the
// span [start, end) (within about 1,500 bytes of it), for showing a match
// in its sentence; it is at least [start, end). start and end must be
// offsets in doc with start ≤ end.
func SentenceAround(doc string, start, end int) Span {
	lo, hi := runeFloor(doc, max(0, start-aroundWindow)), runeFloor(doc, min(len(doc), end+aroundWindow))
	from, to := start, end
	for _, sp := range Sentences(doc[lo:hi]) {
		s, t := lo+sp.Start, lo+sp.End
		if t > start && s < end || s <= start && start < t {
			from, to = min(from, s), max(to, t)
		}
	}
	return Span{Start: from, End: to}
}

// runeFloor moves i back to the start of the rune it falls in.
func runeFloor(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
