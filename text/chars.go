package text

import (
	"unicode"
	"unicode/utf8"
)

// IsDigit reports whether b is an ASCII digit.
func IsDigit(b byte) bool { return b >= '0' && b <= '9' }

// IsASCIILetter reports whether b is an ASCII letter.
func IsASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// IsDigits reports whether w is a non-empty run of ASCII digits.
func IsDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !IsDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// IsLetters reports whether w is a non-empty run of letters (any script).
func IsLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// Capitalised reports whether s begins with an upper-case letter.
func Capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
