package text

import "strings"

// IsMarkdownHeading reports whether s, a line or a sentence, is a Markdown
// heading: an ATX heading, one to six '#' then white space and a word
// ("## Install"), or a setext heading, a line and its underline of = or -
// ("Install\n-------", one block of Blocks).
func IsMarkdownHeading(s string) bool {
	if head, under, ok := strings.Cut(strings.TrimSpace(s), "\n"); ok {
		return strings.TrimSpace(head) != "" && !strings.Contains(under, "\n") && IsSetextUnderline(under)
	}
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

// IsSetextUnderline reports whether line underlines a Markdown setext
// heading: three or more '=', or three or more '-', and nothing else but
// white space around them.
func IsSetextUnderline(line string) bool {
	line = strings.TrimSpace(line)
	if len(line) < 3 || line[0] != '=' && line[0] != '-' {
		return false
	}
	return strings.Trim(line, line[:1]) == ""
}
