package extract

import "testing"

func TestPersonNamed(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("Who met the envoy?")
	tests := []struct {
		s    string
		want bool
	}{
		{"The Vice President Alexander Rutskoy visited the city.", true},
		{"President Putin has indicated the visit.", true},
		{"A. Rutskoy said so.", true},
		{"Source: Strategic Culture Foundation", false},           // an organisation
		{"The envoy of India remarked that it was wrong.", false}, // a title, no name
		{"It would create tensions in the South Asian region.", false},
		{"He attended the Inter-Governmental Commission on 10th September.", false},
	}
	for _, tt := range tests {
		if got := a.personNamed(tt.s, q); got != tt.want {
			t.Errorf("personNamed(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
