package discord

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// splitText cuts a paragraph longer than limit, preferring line breaks,
// then sentence ends, then spaces, and never cutting inside a span unless
// a span leaves no other choice.
func splitText(s string, limit int) []string {
	spans := scanSpans(s)
	inside, hard := coverage(len(s), spans)
	var out []string
	prefix, off := "", 0
	for off < len(s) {
		if width(prefix)+width(s[off:]) <= limit {
			out = append(out, prefix+trimRight(s[off:]))
			break
		}
		budget := limit - width(prefix)
		p, closers, openers := chooseCut(s, off, budget, spans, inside, hard)
		out = append(out, prefix+trimRight(s[off:p])+closers)
		prefix = linePrefix(s, p) + openers
		off = p + len(s[p:]) - len(trimLeft(s[p:]))
	}
	return out
}

// coverage returns, for every cut position p of a text of length n, how
// many spans hold p strictly inside, and how many of those cannot be
// reopened.
func coverage(n int, spans []span) (inside, hard []int) {
	inside, hard = make([]int, n+2), make([]int, n+2)
	for _, sp := range spans {
		inside[sp.start+1]++
		inside[sp.end]--
		if sp.delim == "" {
			hard[sp.start+1]++
			hard[sp.end]--
		}
	}
	for p := 1; p <= n; p++ {
		inside[p] += inside[p-1]
		hard[p] += hard[p-1]
	}
	return inside, hard
}

// Cut preferences, best first.
const (
	cutLine = iota
	cutSentence
	cutSpace
	cutAny
	cutReopen      // inside emphasis or a code span, closed and reopened
	cutReopenSpace // same, at a space
	cutHard        // anywhere: only when nothing else fits
	nCuts
)

// chooseCut picks where to cut s[off:] so that the piece, with the
// closers it needs, is at most budget wide. It returns the cut and the
// delimiters that close the piece and reopen the next.
func chooseCut(s string, off, budget int, spans []span, inside, hard []int) (int, string, string) {
	maxEnd := prefixFitting(s, off, budget)
	var best [nCuts]int
	for p := maxEnd; p > off; p-- {
		if p < len(s) && !utf8.RuneStart(s[p]) {
			continue
		}
		for _, k := range kinds(s, p, inside, hard) {
			if best[k] == 0 {
				best[k] = p
			}
		}
	}
	floor := off + (maxEnd-off)/3
	for _, k := range []int{cutLine, cutSentence, cutSpace} {
		if best[k] > floor {
			return best[k], "", ""
		}
	}
	if p := max(best[cutLine], best[cutSentence], best[cutSpace], best[cutAny]); p > 0 {
		return p, "", ""
	}
	for _, k := range []int{cutReopenSpace, cutReopen} {
		for p := best[k]; p > off; p = prevRune(s, p) {
			if hard[p] > 0 || inside[p] == 0 {
				continue
			}
			c, o, ok := reopen(s, spans, p)
			if ok && width(s[off:p])+width(c) <= budget {
				return p, c, o
			}
		}
	}
	return max(best[cutHard], off+1), "", ""
}

// kinds returns the kinds of cut possible at s[p].
func kinds(s string, p int, inside, hard []int) []int {
	prevSpace := isSpace(s[p-1]) || s[p-1] == '\n'
	if strings.HasPrefix(trimLeft(s[p:]), "```") {
		return []int{cutHard} // the next piece would open a code block
	}
	switch {
	case inside[p] == 0:
		var ks []int
		if s[p-1] == '\n' {
			ks = append(ks, cutLine)
		}
		if endsSentence(s, p) {
			ks = append(ks, cutSentence)
		}
		if prevSpace {
			ks = append(ks, cutSpace)
		}
		return append(ks, cutAny, cutHard)
	case hard[p] == 0 && prevSpace:
		return []int{cutReopenSpace, cutReopen, cutHard}
	case hard[p] == 0:
		return []int{cutReopen, cutHard}
	}
	return []int{cutHard}
}

// reopen returns the delimiters that close the spans holding p, innermost
// first, and reopen them, outermost first; ok is false when a span would
// be left empty on either side of p.
func reopen(s string, spans []span, p int) (closers, openers string, ok bool) {
	var open []span
	for _, sp := range spans {
		if sp.start < p && p < sp.end {
			d := len(sp.delim)
			if p <= sp.start+d || p >= sp.end-d {
				return "", "", false // inside a delimiter
			}
			if strings.TrimSpace(s[sp.start+d:p]) == "" || strings.TrimSpace(s[p:sp.end-d]) == "" {
				return "", "", false
			}
			open = append(open, sp)
		}
	}
	sort.SliceStable(open, func(i, j int) bool { return open[i].start < open[j].start })
	var c, o strings.Builder
	for i := range open {
		o.WriteString(open[i].delim)
		c.WriteString(open[len(open)-1-i].delim)
	}
	return c.String(), o.String(), true
}

// prevRune returns the start of the rune before s[p].
func prevRune(s string, p int) int {
	_, n := utf8.DecodeLastRuneInString(s[:p])
	return p - max(n, 1)
}
