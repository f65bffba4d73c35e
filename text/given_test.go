package text

import "testing"

// TestGivenName: the embedded list is read, its header skipped; a place
// first ("georgia") and a month ("may") are no given names.
func TestGivenName(t *testing.T) {
	for w, want := range map[string]bool{
		"patrick": true, "joyce": true, "mark": true,
		"georgia": false, "may": false, "#": false, "Patrick": false, // folded words only
	} {
		if got := GivenName(w); got != want {
			t.Errorf("GivenName(%q) = %v, want %v", w, got, want)
		}
	}
	if n := len(givenNames()); n != 5004 {
		t.Errorf("%d given names, want 5004", n)
	}
}
