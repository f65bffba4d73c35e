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
