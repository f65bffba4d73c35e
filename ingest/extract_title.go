package ingest

import "strings"

// bracketsBalanced reports whether every bracket of s ("()", "[]", "{}")
// closes one opened before it, and every one opened is closed.
func bracketsBalanced(s string) bool {
	var open []rune
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			open = append(open, r)
		case ')', ']', '}':
			want := map[rune]rune{')': '(', ']': '[', '}': '{'}[r]
			if len(open) == 0 || open[len(open)-1] != want {
				return false
			}
			open = open[:len(open)-1]
		}
	}
	return len(open) == 0
}

// withoutTrailingBrackets returns title without the bracketed group that
// ends it ("Simple Example" of "Simple Example (libffi: the portable
// foreign function interface library)") when that group holds cut, the
// part of the title Readability kept; else title.
func withoutTrailingBrackets(title, cut string) string {
	title = strings.TrimSpace(title)
	closing := map[byte]byte{')': '(', ']': '['}
	if title == "" || closing[title[len(title)-1]] == 0 {
		return title
	}
	depth := 0
	for i := len(title) - 1; i >= 0; i-- {
		switch title[i] {
		case ')', ']':
			depth++
		case '(', '[':
			depth--
		}
		if depth == 0 {
			head := strings.TrimSpace(title[:i])
			if head == "" || !strings.Contains(title[i:], strings.TrimSpace(cut)) {
				return title
			}
			return head
		}
	}
	return title
}
