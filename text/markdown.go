package text

import (
	"regexp"
	"strings"
)

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

// MarkdownLinkText returns s with its Markdown images dropped, badges
// included, linked or not ("![CI](ci.svg)", "[![Go Report
// Card](badge.svg)](report)"), with the spaces before them, and its links
// replaced by their text ("[Moon](https://moon.example)" reads "Moon").
func MarkdownLinkText(s string) string {
	return mdLink.ReplaceAllString(mdImage.ReplaceAllString(s, ""), "$1")
}

// MarkdownLinks returns the spans of the Markdown links in s.
func MarkdownLinks(s string) []Span {
	var out []Span
	for _, m := range mdLink.FindAllStringIndex(s, -1) {
		out = append(out, Span{Start: m[0], End: m[1]})
	}
	return out
}

// mdImage matches a Markdown image, linked or not, and the spaces before
// it; mdLink matches a link, whose text is its first group.
var (
	mdImage = regexp.MustCompile(`[ \t]*(?:\[!\[[^\]\n]*\]\([^)\s]*\)\]\([^)\s]*\)|!\[[^\]\n]*\]\([^)\s]*\))`)
	mdLink  = regexp.MustCompile(`\[([^\]\n]*)\]\([^)\s]*\)`)
)
