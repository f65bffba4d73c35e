package text

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/unicode/norm"
)

// Token is a word of a string: Norm is its folded form, Stem its Snowball
// stem (numbers are their own stem), and Start/End its byte offsets in the
// original string.
type Token struct {
	Norm       string
	Stem       string
	Start, End int
}

// Tokens splits s into word tokens. A token is a run of letters or digits;
// it also breaks where digits meet letters ("2016was" → "2016", "was"), and
// digit groups joined by a comma or point stay one token ("10,000" →
// "10000"). Apostrophe suffixes ("Pakistan’s") are dropped. Invisible
// characters inside a word do not break it and are left out of Norm.
func Tokens(s string) []Token {
	var out []Token
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWord(r) {
			i += size
			continue
		}
		start := i
		digit := unicode.IsDigit(r)
		j := i + size
		var b strings.Builder
		b.WriteRune(r)
		for j < len(s) {
			r2, size2 := utf8.DecodeRuneInString(s[j:])
			if Invisible(r2) && j+size2 < len(s) {
				if r3, _ := utf8.DecodeRuneInString(s[j+size2:]); isWord(r3) && unicode.IsDigit(r3) == digit {
					j += size2 // inside a word: ignored, offsets keep it
					continue
				}
			}
			if digit && (r2 == ',' || r2 == '.') && j+1 < len(s) && isDigitByte(s[j+1]) {
				if r2 == '.' {
					b.WriteByte('.')
				}
				j += size2
				continue
			}
			if !isWord(r2) || unicode.IsDigit(r2) != digit {
				break
			}
			b.WriteRune(r2)
			j += size2
		}
		// drop "'s" and similar short apostrophe suffixes
		if !digit && j < len(s) {
			if r2, size2 := utf8.DecodeRuneInString(s[j:]); r2 == '\'' || r2 == '\u2019' {
				k := j + size2
				e := k
				for e < len(s) && e-k < 3 && isASCIILetter(s[e]) {
					e++
				}
				if e > k && (e == len(s) || !isASCIILetter(s[e])) {
					j = e
				}
			}
		}
		out = append(out, newToken(b.String(), start, j))
		i = j
	}
	return out
}

func newToken(raw string, start, end int) Token {
	n := strings.ToLower(norm.NFKC.String(raw))
	return Token{Norm: n, Stem: Stem(n), Start: start, End: end}
}

// Stem returns the Snowball (Porter2) stem of a folded word; numbers and
// very short words are returned unchanged. Results are memoised (stemming
// is the costliest step of tokenising); it is safe for concurrent use.
func Stem(w string) string {
	if len(w) < 3 || unicode.IsDigit(rune(w[0])) {
		return w
	}
	if v, ok := stems.Load(w); ok {
		return v.(string)
	}
	s := english.Stem(w, false)
	if stemsN.Load() < maxStems {
		stems.Store(strings.Clone(w), s)
		stemsN.Add(1)
	}
	return s
}

// stems memoises Stem, up to maxStems words: a process-wide cache of a
// pure function, so sharing it cannot change any result.
var (
	stems  sync.Map
	stemsN atomic.Int64
)

const maxStems = 1 << 18

func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// Terms returns the stems of the content words of s: stop words removed.
func Terms(s string) []string {
	var out []string
	for _, t := range Tokens(s) {
		if !IsStop(t.Norm) {
			out = append(out, t.Stem)
		}
	}
	return out
}

// Share returns the share of the terms of a found among the terms of b;
// zero when a has none.
func Share(a, b []string) float64 {
	if len(a) == 0 {
		return 0
	}
	set := make(map[string]bool, len(b))
	for _, t := range b {
		set[t] = true
	}
	n := 0
	for _, t := range a {
		if set[t] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
