package text

import "testing"

func TestChars(t *testing.T) {
	for _, tt := range []struct {
		w                       string
		digits, capped, letters bool
	}{
		{"", false, false, false}, {"2012", true, false, false}, {"20a", false, false, false}, {"١٢", false, false, false},
		{"Élysée", false, true, true}, {"élysée", false, false, true}, {"Riga", false, true, true}, {"x", false, false, true},
	} {
		if got := IsLetters(tt.w); got != tt.letters {
			t.Errorf("IsLetters(%q) = %v, want %v", tt.w, got, tt.letters)
		}
		if got := IsDigits(tt.w); got != tt.digits {
			t.Errorf("IsDigits(%q) = %v, want %v", tt.w, got, tt.digits)
		}
		if got := Capitalised(tt.w); got != tt.capped {
			t.Errorf("Capitalised(%q) = %v, want %v", tt.w, got, tt.capped)
		}
	}
	if !IsDigit('7') || IsDigit('a') || !IsASCIILetter('Q') || IsASCIILetter(0xE9) {
		t.Error("IsDigit or IsASCIILetter")
	}
}
