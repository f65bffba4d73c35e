package text

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldMap folds s like Fold and also returns, for every byte of the folded
// string plus one past its end, the byte offset in s it came from, so a
// match found in the folded text maps back to exact original bytes:
// s[m[i]:m[j]] is the original of folded[i:j]. Unlike Fold it keeps a
// leading or trailing space run as one space.
func FoldMap(s string) (string, []int) {
	out := make([]byte, 0, len(s))
	m := make([]int, 0, len(s)+1)
	space := false
	var acc accents
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if Invisible(r) {
			i += size
			continue
		}
		f, ok := acc.fold(foldRune(r))
		if !ok {
			i += size
			continue
		}
		if unicode.IsSpace(f) {
			if !space {
				out = append(out, ' ')
				m = append(m, i)
			}
			space = true
			i += size
			continue
		}
		space = false
		var buf [utf8.UTFMax * 4]byte
		folded := []byte(string(unicode.ToLower(f)))
		if r >= utf8.RuneSelf {
			folded = norm.NFKC.Append(buf[:0], []byte(string(unicode.ToLower(f)))...)
		}
		for range folded {
			m = append(m, i)
		}
		out = append(out, folded...)
		i += size
	}
	m = append(m, len(s))
	return string(out), m
}
