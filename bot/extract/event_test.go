package extract

import "testing"

// TestEventDated: a date answers "when was X founded" only beside the
// event, said in some form ("founded", "founder", a synonym, the sentence
// before); a date of another event is none. A plan ("scheduled"), the
// making of a text ("published") and a light verb ("made") name no event
// a sentence must say.
func TestEventDated(t *testing.T) {
	s := "The airline suffered its worst crash in January 2023. The museum opened in 2001, and it was made in 1999. A wing opened near Capitol Hill in 2005. It was established in 1994."
	for _, tt := range []struct {
		q, sentence string
		missing     float64
	}{
		{"when was the airline founded", "The airline suffered its worst crash in January 2023.", 1},
		{"when was the airline founded", "It was established in 1994.", 0}, // a synonym
		{"when was the airline's crash", "The airline suffered its worst crash in January 2023.", 0},
		{"when was the museum scheduled", "The museum opened in 2001, and it was made in 1999.", 0}, // a plan
		{"when was the museum made", "The museum opened in 2001, and it was made in 1999.", 0},
		{"when was the museum capped with copper", "A wing opened near Capitol Hill in 2005.", 1},        // the participle before a phrase; "cap" is no "Capitol"
		{"when was the museum post published", "The museum opened in 2001, and it was made in 1999.", 0}, // a text's making, which its date gives
		{"when was the museum founded", "The museum opened in 2001, and it was made in 1999.", 1},
	} {
		if f := candidateFeatures(t, tt.q, s, tt.sentence); f != nil && f[fTypeMissing] != tt.missing {
			t.Errorf("%q on %q: type_missing %v, want %v", tt.q, tt.sentence, f[fTypeMissing], tt.missing)
		}
	}
}
