package text

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// TestNameInitials: every stretch of two to six capitalised words of a
// run gives its initials; function words inside a run are passed over and
// punctuation ends one.
func TestNameInitials(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"the Shanghai Cooperation Organisation met", []string{"sc", "sco", "co"}},
		{"The United Nations", []string{"tu", "tun", "un"}},
		{"the State Bank of Pakistan said", []string{"sb", "sbp", "bp"}},
		{"Paris, London and Rome", []string{"lr"}}, // the comma ends a run; "and" is passed over like "of"
		{"no capitals here", nil},
		{"the Élysée Palace", []string{"ep"}}, // initials as Token.Norm has them, accents dropped
	} {
		var got []string
		NameInitials(tt.s, Tokens(tt.s), func(a string, words []Token) {
			if utf8.RuneCountInString(a) != len(words) {
				t.Errorf("%q: %q from %d words", tt.s, a, len(words))
			}
			got = append(got, a)
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("NameInitials(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
