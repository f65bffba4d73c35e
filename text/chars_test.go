package text

import "testing"

func TestChars(t *testing.T) {
	for _, tt := range []struct {
		w              string
		digits, capped bool
	}{
		{"", false, false}, {"2012", true, false}, {"20a", false, false}, {"١٢", false, false},
		{"Élysée", false, true}, {"élysée", false, false}, {"Riga", false, true}, {"x", false, false},
	} {
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
