package text

import (
	"unicode"
	"unicode/utf8"
)

// CaseParts splits a word token of s at every change from a lower-case to
// an upper-case letter inside it, as scraping leaves words glued together
// ("JavedBajwa" → "Javed", "Bajwa"; "TheBuild" → "The", "Build"). The parts
// are tokens of s with exact byte offsets. It returns nil when t has no
// such change, or when a part would be shorter than two letters ("iPhone").
func CaseParts(s string, t Token) []Token {
	var cuts []int
	prevLower := false
	for i := t.Start; i < t.End; {
		r, size := utf8.DecodeRuneInString(s[i:])
		if prevLower && unicode.IsUpper(r) {
			cuts = append(cuts, i)
		}
		if !Invisible(r) {
			prevLower = unicode.IsLower(r)
		}
		i += size
	}
	if len(cuts) == 0 {
		return nil
	}
	out := make([]Token, 0, len(cuts)+1)
	start := t.Start
	for _, c := range append(cuts, t.End) {
		if utf8.RuneCountInString(s[start:c]) < 2 {
			return nil
		}
		out = append(out, wordToken(s, start, c))
		start = c
	}
	return out
}

// wordToken makes the token of s[start:end]; its folded form keeps only
// the letters and digits (no invisible characters, no "'s").
func wordToken(s string, start, end int) Token {
	raw := make([]rune, 0, end-start)
	for _, r := range s[start:end] {
		if isWord(r) {
			raw = append(raw, r)
		}
	}
	return newToken(string(raw), start, end)
}
