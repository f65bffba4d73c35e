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
// than newline and tab, and without the invisible marks that only hint
// where a line may break: soft hyphens (&shy;), word joiners and
// byte-order marks. Pages put soft hyphens inside long words
// ("Netan&shy;yahu", "Vladi&shy;mir"); kept, they would be in the text of
// answers and quotes, where a search for the word does not find them.
func dropControls(s string) string {
	return strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsControl(r) && r != '\n' && r != '\t' ||
			r == '\u00ad' || r == '\u2060' || r == '\ufeff' {
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
