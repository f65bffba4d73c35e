package ingest

import "testing"

// TestPersonName: a name is capitalised words; a label, a table row and
// an organisation are not names.
func TestPersonName(t *testing.T) {
	for s, want := range map[string]bool{
		"Jane Q. Roe":                      true,
		"Eleanor Ainge Roy":                true,
		"Ludwig van Beethoven":             true,
		"Source: BuzzFeed":                 false,
		"Founder\tNetscape Communications": false,
		"Mozilla Corporation":              false,
		"Wikimedia Foundation":             false,
		"Stanford University":              false,
		"the Guardian":                     false,
		"JANE ROE":                         true,
		"BUG FIXES":                        false,
		"Release Notes":                    false,
	} {
		if _, got := personName(s); got != want {
			t.Errorf("personName(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestSiteByline(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Keith Spera, NOLA.com | The Times-Picayune", true},
		{"Jane Roe, www.planetnews.co.uk", true},
		{"Jane Roe, planetnews.com.", true},
		{"New York, v1.2 | notes", false},
		{"Jane Roe, main.go", false},
		{"Jane Roe, Planet News", false},
		{"Jane Roe", false},
	} {
		if got := siteByline(tc.line); got != tc.want {
			t.Errorf("siteByline(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestOnce: a name printed twice in a row is read once; a name whose
// parts repeat ("Jo Jo", "Sirhan Sirhan", "Boutros Boutros-Ghali") is no
// name printed twice.
func TestOnce(t *testing.T) {
	for name, want := range map[string]string{
		"Adam RogersAdam Rogers": "Adam Rogers", "Jane Roe Jane Roe": "Jane Roe",
		"Jo Jo": "Jo Jo", "Sirhan Sirhan": "Sirhan Sirhan", "Boutros Boutros-Ghali": "Boutros Boutros-Ghali", "Ann Ann": "Ann Ann",
	} {
		if got := once(name); got != want {
			t.Errorf("once(%q) = %q, want %q", name, got, want)
		}
	}
}
