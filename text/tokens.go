package text

import (
	"hash/maphash"
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
	return AppendTokens(make([]Token, 0, len(s)/8+1), s)
}

// AppendTokens appends the Tokens of s to dst and returns the extended
// slice, so that a caller tokenising many strings can reuse one buffer.
func AppendTokens(dst []Token, s string) []Token {
	return appendTokens(dst, s, true)
}

// AppendWords is AppendTokens without stemming: the tokens' Stem is "",
// the cheaper way when only their Norm is needed.
func AppendWords(dst []Token, s string) []Token {
	return appendTokens(dst, s, false)
}

// appendTokens is AppendTokens, with the stems left empty unless stem is
// set.
func appendTokens(out []Token, s string, stem bool) []Token {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWord(r) {
			i += size
			continue
		}
		raw, j := scanWord(s, i, r, size)
		t := Token{Norm: normOf(raw), Start: i, End: j}
		if stem {
			t.Stem = Stem(t.Norm)
		}
		out = append(out, t)
		i = j
	}
	return out
}

// scanWord reads the word of s that starts at i with rune r of size
// bytes: it returns its letters or digits as Tokens keeps them and the
// offset where it ends (past a dropped apostrophe suffix).
func scanWord(s string, i int, r rune, size int) (raw string, end int) {
	start := i
	digit := unicode.IsDigit(r)
	j := i + size
	var b []byte // nil while the word is s[start:j] as it is
	for j < len(s) {
		r2, size2 := utf8.DecodeRuneInString(s[j:])
		if Invisible(r2) && j+size2 < len(s) {
			if r3, _ := utf8.DecodeRuneInString(s[j+size2:]); isWord(r3) && unicode.IsDigit(r3) == digit {
				if b == nil {
					b = append([]byte(nil), s[start:j]...)
				}
				j += size2 // inside a word: ignored, offsets keep it
				continue
			}
		}
		if digit && (r2 == ',' || r2 == '.') && j+1 < len(s) && IsDigit(s[j+1]) {
			if b == nil && r2 == ',' {
				b = append([]byte(nil), s[start:j]...)
			} else if b != nil && r2 == '.' {
				b = append(b, '.')
			}
			j += size2
			continue
		}
		if !isWord(r2) || unicode.IsDigit(r2) != digit {
			break
		}
		if b != nil {
			b = append(b, s[j:j+size2]...)
		}
		j += size2
	}
	raw = s[start:j]
	if b != nil {
		raw = string(b)
	}
	return raw, apostropheEnd(s, j, digit)
}

// apostropheEnd returns where a word of s ending at j ends once a short
// apostrophe suffix ("'s") after it is dropped: j when there is none.
func apostropheEnd(s string, j int, digit bool) int {
	if digit || j >= len(s) {
		return j
	}
	if r2, size2 := utf8.DecodeRuneInString(s[j:]); r2 == '\'' || r2 == '\u2019' {
		k := j + size2
		e := k
		for e < len(s) && e-k < 3 && IsASCIILetter(s[e]) {
			e++
		}
		if e > k && (e == len(s) || !IsASCIILetter(s[e])) {
			return e
		}
	}
	return j
}

func newToken(raw string, start, end int) Token {
	n := normOf(raw)
	return Token{Norm: n, Stem: Stem(n), Start: start, End: end}
}

// normOf is the Norm of a token whose letters and digits are raw: its
// NFKC form in lower case, with the accents of Latin letters dropped
// ("Sānbēi" → "sanbei"), as people type them and as Fold has them.
func normOf(raw string) string {
	n := strings.ToLower(norm.NFKC.String(raw))
	for i := 0; i < len(n); i++ {
		if n[i] >= utf8.RuneSelf {
			return unaccent(n)
		}
	}
	return n
}

// unaccent drops the accents of the Latin letters of w as Fold does
// (accents); w itself, with no copy, when it has none to drop ("straße").
func unaccent(w string) string {
	var acc accents
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		if u, ok := acc.fold(r); !ok || u != r {
			var b strings.Builder
			b.Grow(len(w))
			b.WriteString(w[:i])
			if ok {
				b.WriteRune(u)
			}
			for _, r := range w[i+size:] {
				if u, ok := acc.fold(r); ok {
					b.WriteRune(u)
				}
			}
			return b.String()
		}
		i += size
	}
	return w
}

// Stem returns the Snowball (Porter2) stem of a folded word; numbers and
// very short words are returned unchanged. Results are memoised (stemming
// is the costliest step of tokenising); it is safe for concurrent use.
func Stem(w string) string {
	if len(w) < 3 || unicode.IsDigit(rune(w[0])) {
		return w
	}
	sh := &stems[maphash.String(stemSeed, w)%uint64(len(stems))]
	sh.mu.RLock()
	v, ok := sh.m[w]
	sh.mu.RUnlock()
	if ok {
		return v
	}
	v = english.Stem(w, false)
	if stemsN.Load() < maxStems {
		sh.mu.Lock()
		if sh.m == nil {
			sh.m = make(map[string]string)
		}
		if _, ok := sh.m[w]; !ok {
			k := strings.Clone(w)
			if v == w {
				v = k // a word that is its own stem is kept once
			}
			sh.m[k] = v
			stemsN.Add(1)
		}
		sh.mu.Unlock()
	}
	return v
}

// stemShard is one of the maps that memoise Stem, with its lock.
type stemShard struct {
	mu sync.RWMutex
	m  map[string]string
	_  [40]byte // a cache line each
}

// stems memoises Stem, up to maxStems words, in shards chosen by a hash
// of the word: a process-wide cache of a pure function, so sharing it
// cannot change any result.
var (
	stems    [64]stemShard
	stemsN   atomic.Int64
	stemSeed = maphash.MakeSeed()
)

// maxStems bounds the memo. The frequent words of a corpus tend to come
// first, so the first ones seen are most of those stemmed: on the 200 MB
// synthetic corpus of BENCHMARKS.md (474k distinct words), 2.4% of the
// words stemmed in corpus order are not among the first 2^16 distinct ones,
// 0.9% not among the first 2^18, which took 15–30 MB of the heap while
// indexing.
const maxStems = 1 << 16

func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// IsWordRune reports whether r is part of a word as Tokens reads one: a
// letter, a digit or a mark (combining, or a spacing vowel sign).
// utf8.RuneError, which decoding gives at either end of a text, is not.
func IsWordRune(r rune) bool { return isWord(r) }

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

// SpacedName reports whether two word tokens of s, a before b, are
// capitalised words of letters, neither a stop word, with one space
// between them: the parts of a name that may also be written closed ("Q
// Cells" and "Qcells", "Black Rock" and "BlackRock").
func SpacedName(s string, a, b Token) bool {
	return s[a.End:b.Start] == " " && IsLetters(a.Norm) && IsLetters(b.Norm) &&
		Capitalised(s[a.Start:a.End]) && Capitalised(s[b.Start:b.End]) && !IsStop(a.Norm) && !IsStop(b.Norm)
}

// SpacedWords reports whether two word tokens of s, a before b, are
// words of letters with one space between them, a no stop word: the parts
// of a compound that may also be written closed ("work out" and
// "workout", "shut down" and "shutdown"); b may be a particle ("out").
func SpacedWords(s string, a, b Token) bool {
	return s[a.End:b.Start] == " " && IsLetters(a.Norm) && IsLetters(b.Norm) && len(a.Norm) >= 2 && len(b.Norm) >= 2 && !IsStop(a.Norm)
}

// Ampersanded reports whether two word tokens of s, a before b, are
// capitalised words of letters joined by one ampersand: the parts of a
// name that a question may type closed ("PG&E": "pge", "AT&T": "att").
func Ampersanded(s string, a, b Token) bool {
	return s[a.End:b.Start] == "&" && IsLetters(a.Norm) && IsLetters(b.Norm) &&
		Capitalised(s[a.Start:a.End]) && Capitalised(s[b.Start:b.End])
}

// Hyphenated reports whether two word tokens of s, a before b, are words
// of letters (two or more each) joined by one hyphen or dash
// ("Pak-Russia", "inter–governmental", "clean-up").
func Hyphenated(s string, a, b Token) bool {
	if !IsLetters(a.Norm) || !IsLetters(b.Norm) || len(a.Norm) < 2 || len(b.Norm) < 2 {
		return false
	}
	switch s[a.End:b.Start] {
	case "-", "\u2010", "\u2011", "\u2013", "\u2014":
		return true
	}
	return false
}
