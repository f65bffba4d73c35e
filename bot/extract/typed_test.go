package extract

import "testing"

func TestNamedNew(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("What is the place-and-route tool called?")
	tests := []struct {
		s    string
		want bool
	}{
		{"My tool (named, surprisingly, gp4par) is then launched on the netlist.", true},
		{"The schooner, called the Polaris, sails in April.", true},
		{"The tool is called a place-and-route tool.", false}, // "a" then a word the question has
		{"The tool runs on the netlist.", false},
	}
	for _, tt := range tests {
		if got := namedNew(tt.s, q); got != tt.want {
			t.Errorf("namedNew(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestPlaceMatch: a place named after "in", "at" or "from" answers a
// question for a place; a month, a day or a capitalised function word
// there does not.
func TestPlaceMatch(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("Which port city hosted the Aman naval exercise?")
	for s, want := range map[string]float64{
		"The Aman exercise was held in Karachi.":              1,
		"Russia took part in the Aman exercise in February.":  0,
		"The exercise began on Monday at The Navy's request.": 0,
	} {
		if got := a.typeMatch(typePlace, q, s, false); (got == 1) != (want == 1) {
			t.Errorf("typeMatch(place, %q) = %v, want %v", s, got, want)
		}
	}
}

// TestReasonMatch: a sentence that gives a cause, by any of the usual
// connectives, answers a question asking why; one that restates the
// question does not.
func TestReasonMatch(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("Why does Pakistan not want to jeopardize its relations with the US?")
	for s, want := range map[string]float64{
		"The major factor behind this was vast financial and military assistance from the US.": 1,
		"Islamabad keeps close ties with Washington because of the aid it receives.":           1,
		"The move was driven by fears of isolation.":                                           1,
		"Pakistan does not want to jeopardize its relations with the US.":                      0,
	} {
		if got := a.typeMatch(typeReason, q, s, false); got != want {
			t.Errorf("typeMatch(reason, %q) = %v, want %v", s, got, want)
		}
	}
}
