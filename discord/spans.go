package discord

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a stretch s[start:end] of text that a cut should not fall
// inside. delim closes and reopens it when a cut must fall inside anyway;
// it is "" for what cannot be reopened: citation markers, links, mentions.
type span struct {
	start, end int
	delim      string
}

// scanSpans finds the inline constructs of s: code spans, emphasis,
// strike-through, spoilers, citation markers, links and mentions. Spans may
// nest; an opener without a closer is taken literally.
func scanSpans(s string) []span {
	var out []span
	closers := map[int]int{} // position of a matched closer → its length
	var around []int         // closers of the emphasis around i, innermost last
	for i := 0; i < len(s); {
		for len(around) > 0 && around[len(around)-1] <= i {
			around = around[:len(around)-1]
		}
		if n, ok := closers[i]; ok {
			i += n
			continue
		}
		within := len(s) // spans nest: none may outlast the one around it
		if len(around) > 0 {
			within = around[len(around)-1]
		}
		sp, next, ok := spanAt(s[:within], i)
		switch {
		case ok && sp.delim != "" && sp.delim[0] != '`':
			out = append(out, sp)
			closers[sp.end-len(sp.delim)] = len(sp.delim)
			around = append(around, sp.end-len(sp.delim))
			i = next
		case ok:
			out = append(out, sp)
			i = sp.end
		case next > i:
			i = next
		default:
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
	}
	return out
}

// spanAt returns the span that starts at s[i], if any, and where scanning
// resumes: inside emphasis (whose content may hold other spans), after
// anything else. With ok false, next > i skips a literal run.
func spanAt(s string, i int) (sp span, next int, ok bool) {
	switch c := s[i]; {
	case c == '\\':
		return span{}, min(i+2, len(s)), false
	case c == '`':
		n := runLen(s, i, '`')
		if j := findRun(s, i+n, '`', n); j >= 0 {
			return span{i, j + n, s[i : i+n]}, j + n, true
		}
		return span{}, i + n, false
	case c == '[':
		if e := citeEnd(s, i); e > 0 {
			return span{i, e, ""}, e, true
		}
		if e := linkEnd(s, i); e > 0 {
			return span{i, e, ""}, e, true
		}
	case c == '<':
		if e := angleEnd(s, i); e > 0 {
			return span{i, e, ""}, e, true
		}
	case c == 'h':
		if e := urlEnd(s, i); e > 0 {
			return span{i, e, ""}, e, true
		}
	}
	if d := delimAt(s, i); d != "" {
		if j := closeOf(s, i, d); j > 0 {
			return span{i, j + len(d), d}, i + len(d), true
		}
		return span{}, i + len(d), false
	}
	return span{}, i, false
}

// runLen is the length of the run of c starting at s[i].
func runLen(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

// findRun returns where the next run of exactly n c's at or after from
// starts, or -1.
func findRun(s string, from int, c byte, n int) int {
	for j := from; j < len(s); {
		if s[j] != c {
			j++
			continue
		}
		m := runLen(s, j, c)
		if m == n {
			return j
		}
		j += m
	}
	return -1
}

// citeEnd returns the end of a citation marker such as [3] or [1, 2] at
// s[i], or 0.
func citeEnd(s string, i int) int {
	j, digits := i+1, false
	for ; j < len(s) && j-i < 40; j++ {
		switch c := s[j]; {
		case c >= '0' && c <= '9':
			digits = true
		case c == ',' || c == ' ':
		case c == ']' && digits:
			return j + 1
		default:
			return 0
		}
	}
	return 0
}

// linkEnd returns the end of a masked link [text](url) at s[i], or 0.
func linkEnd(s string, i int) int {
	j := strings.IndexByte(s[i:], ']')
	if j < 0 || j > 500 || strings.ContainsRune(s[i:i+j], '\n') {
		return 0
	}
	j += i + 1
	if j >= len(s) || s[j] != '(' {
		return 0
	}
	k := strings.IndexByte(s[j:], ')')
	if k < 0 || k > 1000 || strings.ContainsAny(s[j:j+k], " \n\t") {
		return 0
	}
	return j + k + 1
}

// angleEnd returns the end of <url>, <@mention>, <#channel>, <:emoji:id>,
// <t:timestamp> or </command:id> at s[i], or 0.
func angleEnd(s string, i int) int {
	rest := s[i+1:]
	ok := false
	for _, p := range []string{"http://", "https://", "@", "#", ":", "a:", "t:", "/"} {
		ok = ok || strings.HasPrefix(rest, p)
	}
	if !ok {
		return 0
	}
	for j := 0; j < len(rest) && j < 1000; j++ {
		switch rest[j] {
		case '>':
			return i + 1 + j + 1
		case ' ', '\n', '\t', '<':
			return 0
		}
	}
	return 0
}

// urlEnd returns the end of a bare http(s) URL at s[i], or 0.
func urlEnd(s string, i int) int {
	if !strings.HasPrefix(s[i:], "http://") && !strings.HasPrefix(s[i:], "https://") {
		return 0
	}
	if i > 0 && isWordByte(s[i-1]) {
		return 0
	}
	j := i
	for j < len(s) && !strings.ContainsRune(" \t\n<>", rune(s[j])) {
		j++
	}
	return j
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 0x80 || unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
}

// delimAt returns the emphasis, strike-through or spoiler delimiter that
// could open at s[i], or "".
func delimAt(s string, i int) string {
	for _, d := range []string{"**", "__", "~~", "||"} {
		if strings.HasPrefix(s[i:], d) {
			return d
		}
	}
	next := i+1 < len(s) && !unicode.IsSpace(rune(s[i+1]))
	switch {
	case s[i] == '*' && next:
		return "*"
	case s[i] == '_' && next && (i == 0 || !isWordByte(s[i-1])):
		return "_"
	}
	return ""
}

// closeOf returns where the delimiter d opened at s[i] closes, or 0.
func closeOf(s string, i int, d string) int {
	from := i + len(d) + 1
	for from < len(s) {
		j := strings.Index(s[from:], d)
		if j < 0 {
			return 0
		}
		j += from
		if closes(s, j, d) {
			return j
		}
		from = j + 1
	}
	return 0
}

// closes reports whether the delimiter d at s[j] can close a span.
func closes(s string, j int, d string) bool {
	if unicode.IsSpace(rune(s[j-1])) || s[j-1] == '\\' {
		return false
	}
	switch d {
	case "*":
		return s[j-1] != '*' && (j+1 >= len(s) || s[j+1] != '*')
	case "_":
		return j+1 >= len(s) || !isWordByte(s[j+1])
	}
	return true
}
