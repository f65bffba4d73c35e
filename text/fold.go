// Package text holds the text handling shared by retrieval and answering:
// folding for matching (NFKC, case, quotes, spaces), word tokens with byte
// offsets into the original string, stemming, stop words and sentence spans.
//
// Every offset this package returns refers to the bytes of the string it was
// given, never to a normalised copy, so callers can cite original bytes.
package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s normalised for matching: NFKC, lower case, the accents
// of Latin letters dropped ("café" → "cafe"), typographic quotes and
// dashes made plain, invisible characters (zero-width spaces
// and joiners, soft hyphens, byte-order marks) dropped, every run of white
// space (including non-breaking spaces) made one space, and leading and
// trailing space removed. It is for comparing text, never for offsets.
func Fold(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	var acc accents
	for _, r := range s {
		if Invisible(r) {
			continue
		}
		r, ok := acc.fold(foldRune(r))
		if !ok {
			continue
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// accents drops the accents of Latin letters from runes read in order, as
// Fold, FoldMap and a token's Norm read text: a precomposed letter loses
// them (Unaccented), and a combining mark right after a Latin letter goes.
type accents struct{ latin bool }

// fold returns r without its accents, or false when r is a mark to drop.
func (a *accents) fold(r rune) (rune, bool) {
	if a.latin && unicode.Is(unicode.Mn, r) {
		return 0, false
	}
	r = Unaccented(r)
	a.latin = isLatin(r)
	return r, true
}

// Unaccented returns the Latin letter r without its accents ("é" → "e",
// "ğ" → "g"), and any other rune as it is, letters that do not decompose
// ("ø", "ß") among them. The marks of other scripts (Devanagari's vowel
// signs) are part of their words and stay. The Latin letters of the first
// blocks (U+00C0 to U+024F) are looked up in a table made once; others
// are decomposed each time.
func Unaccented(r rune) rune {
	if r < 0xC0 || !unicode.Is(unicode.Latin, r) {
		return r
	}
	if r < 0x250 {
		return unaccentedTable()[r-0xC0]
	}
	return decomposedBase(r)
}

// unaccentedTable holds Unaccented of U+00C0 to U+024F.
var unaccentedTable = sync.OnceValue(func() []rune {
	t := make([]rune, 0x250-0xC0)
	for i := range t {
		t[i] = decomposedBase(rune(0xC0 + i))
	}
	return t
})

// decomposedBase returns the first rune of r's canonical decomposition
// when the rest is combining marks (r's accents), else r.
func decomposedBase(r rune) rune {
	var src [utf8.UTFMax]byte
	var buf [4 * utf8.UTFMax]byte
	d := norm.NFD.Append(buf[:0], utf8.AppendRune(src[:0], r)...)
	base, n := utf8.DecodeRune(d)
	for _, m := range string(d[n:]) {
		if !unicode.Is(unicode.Mn, m) {
			return r
		}
	}
	return base
}

// isLatin reports whether r is a letter of the Latin script.
func isLatin(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.Is(unicode.Latin, r)
}

// foldRune maps typographic variants to their plain form.
func foldRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`':
		return '\''
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return '-'
	}
	if wideSpace(r) {
		return ' '
	}
	return r
}

// wideSpaces are the spaces other than the plain one that text writes
// between words: non-breaking, figure and narrow non-breaking (wideSpace).
const wideSpaces = "\u00a0\u2007\u202f"

// wideSpace reports whether r is one of wideSpaces (all past ASCII and
// Latin-1's controls, which the first comparison leaves out cheaply).
func wideSpace(r rune) bool { return r >= '\u00a0' && strings.ContainsRune(wideSpaces, r) }

// PlainSpaces returns s with its wide spaces (non-breaking, figure and
// narrow non-breaking) as plain spaces, which regexp's \s and a pattern's
// " " match (they are ASCII only): scraped pages write "in\u00a0Tribeca".
// Like Unglue it makes a view for reading, never for citing: a
// non-breaking space is two bytes, a space one.
func PlainSpaces(s string) string {
	if !strings.ContainsAny(s, wideSpaces) {
		return s // most text: no copy
	}
	return strings.Map(func(r rune) rune {
		if wideSpace(r) {
			return ' '
		}
		return r
	}, s) // one copy
}

// Invisible reports whether r is a character that shows nothing and
// separates nothing: zero-width space, non-joiner and joiner, word joiner,
// soft hyphen, byte-order mark. Scraped text has them inside words
// ("Mush\u200barraf"); matching ignores them, offsets keep them.
func Invisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff':
		return true
	}
	return false
}

// Clean makes user input safe to process: invalid UTF-8 becomes U+FFFD,
// control characters other than tab and newline are dropped, and the result
// is trimmed. It returns the cleaned string and whether anything changed
// beyond trimming.
func Clean(s string) (string, bool) {
	changed := !utf8.ValidString(s)
	s = strings.ToValidUTF8(s, "\uFFFD")
	cleaned := strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		if unicode.IsControl(r) || r == '\uFFFD' {
			changed = true
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(cleaned), changed
}
