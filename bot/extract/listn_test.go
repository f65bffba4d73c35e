package extract

import "testing"

// TestListCount: "which four countries" asks for four names; a question
// naming no count asks for none.
func TestListCount(t *testing.T) {
	for _, tt := range []struct {
		f    string
		want int
	}{
		{"which four countries took part in the summits?", 4},
		{"which 2 airlines are based at ohare", 2},
		{"which country hosted the summit?", 0},
		{"what four-year plan was signed?", 0},
	} {
		if got := listCount(tt.f); got != tt.want {
			t.Errorf("listCount(%q) = %d, want %d", tt.f, got, tt.want)
		}
	}
}

// TestListTypeAndKind: for a question asking for a number of names, a
// sentence naming fewer holds that share of the answer (type) and names
// nothing asked (kind_missing); one naming as many holds it all.
func TestListTypeAndKind(t *testing.T) {
	s := "The summit was held in Islamabad in October. The summit brought together Afghanistan, Pakistan, Russia and Tajikistan."
	for _, tt := range []struct {
		sentence    string
		typ, missed float64
	}{
		{"The summit was held in Islamabad in October.", 0.25, 1},
		{"The summit brought together Afghanistan, Pakistan, Russia and Tajikistan.", 1, 0},
	} {
		f := candidateFeatures(t, "Which four countries took part in the summit?", s, tt.sentence)
		if f != nil && (f[fType] != tt.typ || f[fKindMissing] != tt.missed) {
			t.Errorf("%q: type %v, kind_missing %v; want %v, %v", tt.sentence, f[fType], f[fKindMissing], tt.typ, tt.missed)
		}
	}
}
