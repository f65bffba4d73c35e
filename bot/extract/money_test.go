package extract

import "testing"

// TestShareBy: a money question that asks how much more, or names a
// charge a rate may set, is answered by a share standing before "more"
// or before the charge as well as by a sum; a share alone answers no
// other money question.
func TestShareBy(t *testing.T) {
	a := testAnswerer()
	for _, tt := range []struct {
		q, s string
		want bool
	}{
		{"how much more do degree holders earn", "Folks with a degree earn 25% more than others.", true},
		{"how much more do degree holders earn", "Folks with a degree earn 25 per cent more.", true},
		{"how much more do degree holders earn", "25% of folks with a degree earn more.", false},
		{"what fee on banks was proposed", "They propose to levy a .07% fee on the biggest banks.", true},
		{"how much are the fees on deposits", "Banks pay a 2% fee on deposits.", true},
		{"what fee on banks was proposed", "They propose a fee on 7% of the banks.", false},
		{"how much did the house cost", "The house cost 25% more than the flat.", false},
		{"what was the salary", "Salaries rose 5% more than prices.", false},
	} {
		q := a.analyze(tt.q)
		if !q.money {
			t.Fatalf("%q: asks for no money", tt.q)
		}
		if got := shareBy(tt.s, q.byShare); got != tt.want {
			t.Errorf("shareBy(%q) of %q = %v, want %v", tt.s, tt.q, got, tt.want)
		}
	}
}
