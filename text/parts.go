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

// Unglue returns s with a space inserted where scraping glued two words
// together, as CaseParts cuts a word token: at a change from a lower-case
// to an upper-case letter, with at least two letters or digits before it
// and a letter after the capital ("on 27thFebruary" → "on 27th February",
// "GeneralRaheel" → "General Raheel"). Unlike CaseParts it judges each
// change on its own ("aBcDef" → "aBc Def"). It is a view for reading
// values and names out of scraped text, never for citing: its byte
// offsets are not the document's. s is returned as is when nothing is
// glued. A surname's prefix stays on it ("McLaughlin", "MacDonald",
// "DiCaprio": namePrefix).
func Unglue(s string) string {
	var b []byte
	last, run, prevLower := 0, 0, false
	for i, r := range s {
		if Invisible(r) {
			continue
		}
		if prevLower && unicode.IsUpper(r) && run >= 2 && wordAfter(s[i+utf8.RuneLen(r):]) && !namePrefix(s[:i], run) {
			b = append(append(b, s[last:i]...), ' ')
			last, run = i, 0
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			run++
		} else {
			run = 0
		}
		prevLower = unicode.IsLower(r)
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// namePrefixes begin surnames with a capital inside them ("McLaughlin",
// "MacDonald", "DeVito", "DiCaprio", "DuBois", "LaGuardia", "LeBron").
var namePrefixes = map[string]bool{"Mc": true, "Mac": true, "De": true, "Di": true, "Du": true, "La": true, "Le": true}

// namePrefix reports whether the run of letters that ends s, run runes
// long and the whole word so far, is a surname's prefix (namePrefixes).
func namePrefix(s string, run int) bool {
	if run > 3 || len(s) < run {
		return false
	}
	w := s[len(s)-run:]
	if len(s) > run {
		if r, _ := utf8.DecodeLastRuneInString(s[:len(s)-run]); isWord(r) {
			return false
		}
	}
	return namePrefixes[w]
}

// wordAfter reports whether s begins with a letter: the second letter of
// a part CaseParts would keep.
func wordAfter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}
