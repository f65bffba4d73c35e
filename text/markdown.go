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

// isFence reports whether a trimmed line opens or closes a Markdown code
// block: it starts with ``` or ~~~.
func isFence(line string) bool {
	return strings.HasPrefix(line, "```") || strings.HasPrefix(line, "~~~")
}
