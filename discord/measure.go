package discord

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Measures and small predicates over message text, shared by Split and
// the cut chooser; they depend on nothing else in the package.

// width is the length of s as Discord counts it: UTF-16 code units.
func width(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// prefixFitting returns the largest end such that s[from:end] is at most
// limit characters wide, ending on a rune boundary; at least one rune.
func prefixFitting(s string, from, limit int) int {
	w, i := 0, from
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		rw := 1
		if r > 0xFFFF {
			rw = 2
		}
		if w+rw > limit {
			break
		}
		w += rw
		i += n
	}
	if i == from && from < len(s) {
		_, n := utf8.DecodeRuneInString(s[from:])
		i += n
	}
	return i
}

// isSpace reports whether b is a space or tab.
func isSpace(b byte) bool { return b == ' ' || b == '\t' }

// endsSentence reports whether s[:p] ends a sentence followed by a space.
func endsSentence(s string, p int) bool {
	if p < 2 || !isSpace(s[p-1]) {
		return false
	}
	i := p - 1
	for i > 0 && isSpace(s[i-1]) {
		i--
	}
	for i > 0 && strings.IndexByte("\"')]*_~|", s[i-1]) >= 0 {
		i--
	}
	return i > 0 && strings.IndexByte(".!?", s[i-1]) >= 0
}

// linePrefix returns the markdown line prefix ("> ", ">>> " or "-# ") of
// the line holding s[p], to repeat when a piece is cut inside that line.
func linePrefix(s string, p int) string {
	ls := strings.LastIndexByte(s[:p], '\n') + 1
	for _, pre := range []string{">>> ", "> ", "-# "} {
		if strings.HasPrefix(s[ls:], pre) && p > ls+len(pre) {
			return pre
		}
	}
	return ""
}

func trimLeft(s string) string { return strings.TrimLeftFunc(s, unicode.IsSpace) }

func trimRight(s string) string { return strings.TrimRightFunc(s, unicode.IsSpace) }
