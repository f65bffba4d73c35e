package text

import (
	"unicode"
	"unicode/utf8"
)

func decode(s string) (rune, int)     { return utf8.DecodeRuneInString(s) }
func decodeLast(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
}
