package extract

import (
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// TestNameUnknown: a question names something the corpus never mentions
// by a capitalised word, but a first word capitalised only for opening
// the question names nothing.
func TestNameUnknown(t *testing.T) {
	known := map[string]bool{text.Stem("moscow"): true, text.Stem("russia"): true, text.Stem("afghans"): true}
	a := New(Options{IDF: func(stem string) float64 {
		if known[stem] {
			return 1
		}
		return -1
	}})
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"Owing to Moscow's past, how do Afghans perceive Russia?", false},
		{"Given Moscow's past, how do Afghans see Russia?", false},
		{"How tall is the Eiffel Tower?", true},
		{"Zelensky met whom in Moscow?", true},
		{"What did Moscow tell Russia?", false},
	} {
		if got := a.nameUnknown(asked.Parse(c.q)); got != c.want {
			t.Errorf("nameUnknown(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestFocusFeatures: a sentence that never mentions the question's focus
// sets focus_missing when a date, number or name is asked for and
// focus_missing_open otherwise; focus_unnamed is set only when a person's
// name is asked for and the sentence mentions the focus without naming
// anyone.
func TestFocusFeatures(t *testing.T) {
	s := "The envoy remarked that the visit to Moscow was a wrong approach. The trade figure rose in May."
	p := citebot.Passage{ID: "x#1", Doc: "x.txt", Start: 0, End: len(s), Text: s}
	for _, tt := range []struct {
		q, sentence                   string
		missing, missingOpen, unnamed float64
	}{
		{"Which envoy visited Moscow?", "The envoy remarked that the visit to Moscow was a wrong approach.", 0, 0, 1},
		{"How many ships sailed to Moscow in May?", "The trade figure rose in May.", 1, 0, 0},
		{"What deal did the envoy sign?", "The trade figure rose in May.", 0, 1, 0},
		{"What trade figure did the report give for May?", "The trade figure rose in May.", 0, 0, 0},
	} {
		found := false
		for _, c := range testAnswerer().Candidates(Request{Question: asked.Parse(tt.q), Passages: []citebot.Passage{p}}) {
			if c.Text != tt.sentence {
				continue
			}
			found = true
			f := c.Features
			if f[fFocusMissing] != tt.missing || f[fFocusMissingOpen] != tt.missingOpen || f[fFocusUnnamed] != tt.unnamed {
				t.Errorf("%q on %q: focus_missing %v, focus_missing_open %v, focus_unnamed %v; want %v, %v, %v",
					tt.q, tt.sentence, f[fFocusMissing], f[fFocusMissingOpen], f[fFocusUnnamed], tt.missing, tt.missingOpen, tt.unnamed)
			}
		}
		if !found {
			t.Errorf("%q: no candidate %q", tt.q, tt.sentence)
		}
	}
}
