package text

import (
	"slices"
	"testing"
)

// TestSpellingVariants: the regular British and American spellings of a
// word reach each other; short and stop words have none.
func TestSpellingVariants(t *testing.T) {
	for _, tt := range []struct {
		w, want string // want "" for no variants at all
	}{
		{"licence", "license"},
		{"license", "licence"},
		{"defence", "defense"},
		{"colour", "color"},
		{"favor", "favour"},
		{"behaviours", "behaviors"},
		{"organise", "organize"},
		{"organisations", "organizations"},
		{"realized", "realised"},
		{"analyse", "analyze"},
		{"centre", "center"},
		{"fiber", "fibre"},
		{"catalogue", "catalog"},
		{"programme", "program"},
		{"travelled", "traveled"},
		{"canceled", "cancelled"},
		{"paediatric", "pediatric"},
		{"manoeuvre", "maneuvre"},
		{"four", ""},
		{"there", ""},
	} {
		got := SpellingVariants(tt.w)
		if tt.want == "" && got != nil || tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("SpellingVariants(%q) = %q, want %q among them", tt.w, got, tt.want)
		}
	}
}
