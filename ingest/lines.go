package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// oneLine collapses white space, newlines included, to single spaces and
// drops control characters.
func oneLine(s string) string { return strings.Join(strings.Fields(dropControls(s)), " ") }

// dropControls returns s as valid UTF-8 without control characters other
// than newline and tab.
func dropControls(s string) string {
	return strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsControl(r) && r != '\n' && r != '\t' {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, ""))
}

// nameSet returns the set of the space-separated names.
func nameSet(names string) map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(names) {
		m[n] = true
	}
	return m
}
