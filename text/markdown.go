package text

import "strings"

// IsMarkdownHeading reports whether s, a line or a sentence, is a Markdown
// ATX heading: one to six '#' then white space and a word ("## Install").
func IsMarkdownHeading(s string) bool {
	n := 0
	for n < len(s) && n < 7 && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n == len(s) || (s[n] != ' ' && s[n] != '\t') {
		return false
	}
	return strings.TrimSpace(s[n:]) != ""
}

// IsFence reports whether a trimmed line opens or closes a Markdown code
// block: it starts with three to maxFence backticks or tildes, and what
// follows (an info string, "go") has none of them. A longer run, or one
// that comes again on the line ("~~~ News ~~~"), is a rule drawn in a
// plain text, not a fence.
func IsFence(line string) bool {
	if line == "" || line[0] != '`' && line[0] != '~' {
		return false
	}
	n := len(line) - len(strings.TrimLeft(line, line[:1]))
	return n >= 3 && n <= maxFence && !strings.Contains(line[n:], line[:1])
}

// maxFence is the longest run of backticks or tildes read as a fence;
// fences are three or four long, five to nest one.
const maxFence = 5
