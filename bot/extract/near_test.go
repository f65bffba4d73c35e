package extract

import "testing"

// scorerFor is a scorer of question with every term weighing 1.
func scorerFor(question string) *scorer {
	a := testAnswerer()
	q := a.analyze(question)
	w := map[string]float64{}
	for _, t := range q.terms {
		w[t] = 1
	}
	return a.newScorer(q, w)
}

func TestValueNear(t *testing.T) {
	sc := scorerFor("When did the bridge open?")
	tests := []struct {
		s    string
		want float64
	}{
		{"The bridge opened in 1998.", 1 / (1 + 1.0/4)},
		{"In 1998 the old ferry, which had carried traffic for decades and was loved by all, stopped; the bridge was still shut.", 0},
		{"The bridge was shut.", 0},
	}
	for _, tt := range tests {
		m := sc.matches(tt.s)
		got := sc.valueNear([]*termMatches{&m})
		if tt.want == 0 && got > 0.2 || tt.want > 0 && got != tt.want {
			t.Errorf("valueNear(%q) = %.3f, want %.3f", tt.s, got, tt.want)
		}
	}
	if sc := scorerFor("Why did the bridge open?"); sc.valueNear(nil) != 0 {
		t.Error("valueNear of a question asking for no value is not 0")
	}
}

func TestRareNameAndNamed(t *testing.T) {
	sc := scorerFor("Who was sent to Moscow as special envoy?")
	tests := []struct {
		s          string
		rare, name bool
	}{
		{"President Musharraf sent General Mehmood to Moscow as his envoy.", true, true},
		{"The Chairman of the Police sent an envoy to Moscow.", false, true},
		{"An envoy was sent to Moscow.", false, false},
	}
	for _, tt := range tests {
		m := sc.matches(tt.s)
		name, rare := sc.named([]*termMatches{&m})
		if name != tt.name || rare != tt.rare {
			t.Errorf("named(%q) = %v, %v, want %v, %v", tt.s, name, rare, tt.name, tt.rare)
		}
	}
}

func TestKeyMissingAndNovel(t *testing.T) {
	sc := scorerFor("What is Gwadar expected to become?")
	with, without := sc.matches("Gwadar is expected to become a hub."), sc.matches("Trade is expected to grow.")
	if got := sc.keyMissing([]*termMatches{&with}); got != 0 {
		t.Errorf("keyMissing with every term = %v, want 0", got)
	}
	if got := sc.keyMissing([]*termMatches{&without}); got != 1 {
		t.Errorf("keyMissing without gwadar = %v, want 1", got)
	}
	if got := sc.novelShare([]*termMatches{&with}); got <= 0 || got >= 1 {
		t.Errorf("novelShare = %v, want between 0 and 1", got)
	}
	same := sc.matches("Gwadar expected to become.")
	if got := sc.novelShare([]*termMatches{&same}); got != 0 {
		t.Errorf("novelShare of the question's own words = %v, want 0", got)
	}
}
