package extract

import "testing"

// TestOwnerOf: the possessor of the question's focus is read from a
// possessive or a nationality before it; a question naming none has none.
func TestOwnerOf(t *testing.T) {
	a := testAnswerer()
	for _, tt := range []struct{ question, owner string }{
		{"Who was Pakistan's foreign minister in 2012?", "pakistan"},
		{"Who is the Pakistani foreign minister?", "pakistani"},
		{"Who was the American ambassador?", "american"},
		{"Who is the president of the club?", ""},
	} {
		if got := a.analyze(tt.question).owner; got != tt.owner {
			t.Errorf("%q: owner %q, want %q", tt.question, got, tt.owner)
		}
	}
}

// TestOtherOwner: a sentence gives the asked post only as another's when
// every mention of it has another nationality or possessor before it; a
// mention by the question's possessor (or its adjective, or "his
// Pakistani counterpart") or with none may be the asked one.
func TestOtherOwner(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("Who was Pakistan's foreign minister in 2012?")
	for _, tt := range []struct {
		sentence string
		other    bool
	}{
		{"The visit made by the Russian Foreign Affairs Minister S.V. Lavrov to Pakistan in October 2012.", true},
		{"Russia’s Foreign Minister Sergey Lavrov met the press.", true},
		{"Russia’s Foreign Minister Sergey Lavrov with his Pakistani counterpart Ms. Hina Rabbani Khar in Moscow, February 2012", false},
		{"Pakistani Foreign Minister Hina Rabbani Khar visited Moscow.", false},
		{"Pakistan's Foreign Minister Hina Rabbani Khar visited Moscow.", false},
		{"The foreign minister, Hina Rabbani Khar, visited Moscow.", false},
		{"Hina Rabbani Khar visited Moscow.", false},
	} {
		if got := a.otherOwner(tt.sentence, q); got != tt.other {
			t.Errorf("otherOwner(%q) = %v, want %v", tt.sentence, got, tt.other)
		}
	}
}

// TestPersonMissingOwner: for a question on one country's post, a
// sentence naming only another country's holder of it names no one
// asked for (person_missing); the one naming the asked holder does.
func TestPersonMissingOwner(t *testing.T) {
	s := "Russia’s Foreign Minister Sergey Lavrov arrived in October 2012. Pakistani Foreign Minister Hina Rabbani Khar met him in 2012."
	for _, tt := range []struct {
		sentence string
		missing  float64
	}{
		{"Russia’s Foreign Minister Sergey Lavrov arrived in October 2012.", 1},
		{"Pakistani Foreign Minister Hina Rabbani Khar met him in 2012.", 0},
	} {
		if f := candidateFeatures(t, "Who was Pakistan's foreign minister in 2012?", s, tt.sentence); f != nil && f[fPersonMissing] != tt.missing {
			t.Errorf("%q: person_missing %v, want %v", tt.sentence, f[fPersonMissing], tt.missing)
		}
	}
}
