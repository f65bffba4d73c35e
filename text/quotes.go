package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quoted returns the folded (Fold) texts a question puts in quotation
// marks, "…", “…”, ‘…’ or '…', of at least two words: titles and phrases
// the answer's text is likely to hold verbatim. An apostrophe inside or at
// the end of a word ("Pakistan's"), or before a digit, eliding a year's
// century ("in '99", "the '90s"), opens no quotation.
func Quoted(s string) []string {
	var out []string
	for _, sp := range QuotedSpans(s) {
		if inner := Fold(s[sp.Start:sp.End]); strings.Count(inner, " ") >= 1 {
			out = append(out, inner)
		}
	}
	return out
}

// QuotedSpans returns the byte spans of the texts s puts in quotation
// marks (as Quoted reads them, of any length), without the marks, in
// order.
func QuotedSpans(s string) []Span {
	var out []Span
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		closer, ok := quotePairs[r]
		if !ok || !opens(s, i) {
			i += size
			continue
		}
		end := closing(s, i+size, closer)
		if end < 0 {
			i += size
			continue
		}
		out = append(out, Span{Start: i + size, End: end})
		i = end + utf8.RuneLen(closer)
	}
	return out
}

// Inside reports whether the bytes [start, end) lie within one of spans.
func Inside(spans []Span, start, end int) bool {
	for _, sp := range spans {
		if start >= sp.Start && end <= sp.End {
			return true
		}
	}
	return false
}

// quotePairs maps opening quotation marks to their closing ones.
var quotePairs = map[rune]rune{'"': '"', '\'': '\'', '\u201c': '\u201d', '\u2018': '\u2019'}

// opens reports whether the mark at s[i] can open a quotation: it starts
// s or follows a space or an opening bracket, and is no apostrophe before
// a digit ("'99", "'90s": a year whose century is left out).
func opens(s string, i int) bool {
	if s[i] == '\'' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
		return false
	}
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || r == '(' || r == '['
}

// closing returns the offset of the mark closing a quotation that starts
// at from: a closer followed by the end, a space or punctuation; -1 if
// there is none.
func closing(s string, from int, closer rune) int {
	for j := from; j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		if r == closer && j > from {
			next, _ := utf8.DecodeRuneInString(s[j+size:])
			if j+size == len(s) || unicode.IsSpace(next) || unicode.IsPunct(next) {
				return j
			}
		}
		j += size
	}
	return -1
}
