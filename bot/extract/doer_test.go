package extract

import "testing"

// TestDoerKind: a "who" question's deed said in the passive or the active
// names its doer by a kind of person ("by two fishermen", "the player with
// the highest score wins"), which answers it as a name would, and so does
// a body of people ("team"); a noun in capitals or the question's own,
// punctuation, or a "by" far from the deed do not, nor does a question
// that does not open with "who".
func TestDoerKind(t *testing.T) {
	a := testAnswerer()
	tests := []struct {
		q, s string
		want bool
	}{
		{"who found capes", "The next morning, Capes was found unconscious by two fishermen on the shore.", true},
		{"who found capes", "Capes was found by a local fisherman.", true},
		{"who found capes", "Capes was found by 1942.", false},                                    // no kind of person
		{"who found capes", "Capes was found in 1942, by all accounts by luck.", false},           // no kind of person
		{"who found capes", "Capes was found by Greek fishermen.", true},                          // a capitalised modifier
		{"who found the statue", "It was found by an Egyptian-German archaeological team.", true}, // a body of people
		{"who found capes", "Capes was found by Greek Fishermen.", false},                         // in capitals: a name's business
		{"who found capes", "Capes was found, then taken by two fishermen.", false},               // the deed is too far from "by"
		{"who found capes", "By two fishermen, a boat was found.", false},                         // no deed before "by"
		{"which boat found capes", "Capes was found by two fishermen.", false},                    // not a "who" question
		{"who led the dig team that found it", "It was found by an archaeological team.", false},  // the question's own team
		{"who wins the game", "The player with the highest score wins.", true},                    // the active voice
		{"who wins the game", "The player with the highest score, they say, wins.", false},        // another clause
		{"who wins the game", "The Player with the highest score wins.", false},                   // in capitals
		{"who wins the game", "The highest score wins.", false},                                   // no kind of person
	}
	for _, tt := range tests {
		q := a.analyze(tt.q)
		if got := doerKind(tt.s, q); got != tt.want {
			t.Errorf("doerKind(%q, %q) = %v, want %v", tt.q, tt.s, got, tt.want)
		}
		if got := a.personNamed(tt.s, q); tt.want && !got {
			t.Errorf("personNamed(%q, %q) = false, want true", tt.q, tt.s)
		}
	}
}
