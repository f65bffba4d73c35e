package text

// Glued reports whether the folded word w is English words that scraping
// ran together, one of them a function word ("drillsseriesunder":
// "drills series under"; "countrieshave"; "themaritime"), rather than a
// word of its own such as a name: each part is a stop or function word
// or a word spelt right (Spelt) of four letters or more, and one part at
// least is a stop or function word of two letters or more. A name made of
// two content words ("goldberg") does not count, and neither does a word
// of fewer than seven letters. It is safe for concurrent use.
func Glued(w string) bool {
	return len(w) >= 7 && gluedParts(w, 3, false)
}

// gluedParts reports whether w splits into at most n parts as Glued
// says, given whether a function word has been seen before it.
func gluedParts(w string, n int, function bool) bool {
	if n == 0 {
		return false
	}
	for i := 2; i <= len(w); i++ {
		head, rest := w[:i], w[i:]
		fn := IsStop(head) || FunctionWord(head)
		if !fn && (len(head) < 4 || !Spelt(head)) {
			continue
		}
		if rest == "" {
			if function || fn {
				return true
			}
			continue
		}
		if gluedParts(rest, n-1, function || fn) {
			return true
		}
	}
	return false
}
