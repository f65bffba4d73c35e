package cite

import (
	"fmt"
	"strings"
	"testing"

	"github.com/citebot/citebot"
)

func TestVerifyConflict(t *testing.T) {
	shown := []citebot.Passage{
		{ID: "a#1", Doc: "a.txt", Text: "The heads of government regretted the fall. At that time, bilateral trade had amounted to approximately 570 million dollars."},
		{ID: "b#1", Doc: "b.txt", Text: "Two-way trade increased from US$92 million in 2003 to US$630 million in 2008."},
	}
	tests := []struct {
		answer, want string
		notes        int
	}{
		{"Trade stood near 600 million dollars [1]. Sources differ: 570 million dollars [1]; US$630 million [2].",
			"[{570 million dollars [2]} {US$630 million [3]}]", 0},
		{"Sources differ: 570 million dollars [1][2]; US$630 million [2].", "[]", 1}, // b does not say 570
		{"Sources differ: 570 million dollars [1]; US$640 million [2].", "[]", 1},    // 640 is nowhere
		{"Trade grew to US$630 million [2].", "[]", 0},
	}
	for _, tt := range tests {
		rw := NewRewriter(len(shown))
		rw.Write(tt.answer)
		rw.Flush()
		res := Verify(rw.Draft(), shown)
		got := fmt.Sprint(res.Conflicts)
		if res.Conflicts == nil {
			got = "[]"
		}
		notes := 0
		for _, n := range res.Notes {
			if strings.Contains(n, "does not give") {
				notes++
			}
		}
		if got != tt.want || notes != tt.notes {
			t.Errorf("%q: conflicts %s, %d value notes; want %s, %d (notes %q)", tt.answer, got, notes, tt.want, tt.notes, res.Notes)
		}
		for _, c := range res.Citations {
			if !strings.Contains(shown[0].Text+shown[1].Text, c.Quote) {
				t.Errorf("%q: citation [%d] quotes %q, not passage text", tt.answer, c.N, c.Quote)
			}
		}
	}
}
