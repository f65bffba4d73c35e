package text

import "testing"

func TestSpelt(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"pakistan", true},  // WordNet lists it
		{"among", true},     // a function word WordNet leaves out
		{"whether", true},   // another
		{"the", true},       // a stop word
		{"smallest", true},  // the superlative of "small"
		{"largest", true},   // of "large"
		{"rarer", true},     // the comparative of "rare"
		{"weaker", true},    // of "weak"
		{"musharaf", false}, // a misspelt name
		{"pakistn", false},  // a misspelt word
		{"airpods", false},  // a word WordNet does not list
		{"qzxest", false},   // nor does an ending on no English word
	}
	for _, tt := range tests {
		if got := Spelt(tt.w); got != tt.want {
			t.Errorf("Spelt(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestNearQuestionWord(t *testing.T) {
	tests := []struct {
		w, want string
	}{
		{"whre", "where"},   // a letter left out
		{"wherre", "where"}, // one too many
		{"waht", "what"},    // two swapped
		{"whihc", "which"},  // two swapped
		{"hwo", "how"},      // two swapped: "how" begins with its "h"
		{"woh", "who"},      // two swapped
		{"whn", ""},         // three letters are not edited
		{"howe", ""},        // nor is a question word of three letters
		{"where", ""},       // spelt right
		{"wren", ""},        // an English word one edit from "when"
		{"andy", ""},        // a name one letter from "and", which is no question word
		{"boeing", ""},      // nor "being"
		{"musharaf", ""},    // near no question word
	}
	for _, tt := range tests {
		if got := NearQuestionWord(tt.w); got != tt.want {
			t.Errorf("NearQuestionWord(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}
