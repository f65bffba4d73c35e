package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// TestStudyWords: in a question asking where someone studied, a word of
// schooling is related to the others ("college": "degree", "university"),
// as a synonym is; in a question asking what they studied, only the words
// of a degree's subject ("study": "degree"); neither in one about a study.
func TestStudyWords(t *testing.T) {
	a := testAnswerer()
	for _, tt := range []struct {
		q, term, related string
		want             bool
	}{
		{"where did gilbert go to college", "college", "degree", true},
		{"where did she go to school", "school", "university", true},
		{"which university did gilbert attend", "university", "graduated", true},
		{"where did he graduate from", "graduate", "college", true},
		{"where did elizabeth gilbert study", "study", "university", true},
		{"what did he study at college", "college", "university", false},
		{"where was the study done", "study", "university", false},
		{"where is the school", "school", "degree", false},
		{"what did butler study", "study", "degree", true}, // the subject: a degree's words, not a college's
		{"what did butler study", "study", "university", false},
	} {
		q := a.analyze(tt.q)
		term, rel := text.Stem(tt.term), text.Stem(tt.related)
		if got := slices.Contains(q.related[term], rel); got != tt.want {
			t.Errorf("%q: %q related to %q = %v, want %v (related %v)", tt.q, term, rel, got, tt.want, q.related[term])
		}
	}
}

// TestWhereStudied: "where did she go to college" takes the sentence
// giving her degree's university over her birthplace.
func TestWhereStudied(t *testing.T) {
	a := testAnswerer()
	first := "Gilbert was born in Waterbury, Connecticut."
	second := "Gilbert earned a Bachelor of Arts degree in political science from New York University in 1991."
	ps := ranked(first, second)
	cands := a.Candidates(Request{Question: asked.Parse("where did gilbert go to college"), Passages: ps})
	if len(cands) == 0 || !strings.HasPrefix(cands[0].Text, "Gilbert earned") {
		t.Fatalf("candidates %+v, want the first to give her degree's university", cands)
	}
}
