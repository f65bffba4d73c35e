package extract

import (
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// TestLongForm: the name a short form in brackets abbreviates is found
// letter by letter backwards, its first letter starting a word, within
// a few words; none when a letter is missing or the first letter starts
// no word.
func TestLongForm(t *testing.T) {
	for _, tt := range []struct{ before, short, want string }{
		{"a partnership with cybermedia technologies ", "ctec", "cybermedia technologies"},
		{"impact insulation class ", "iic", "impact insulation class"},
		{"the shanghai cooperation organisation", "sco", "shanghai cooperation organisation"},
		{"he said that the world health organization ", "who", "world health organization"},
		{"a line of text", "xyz", ""},             // no such letters
		{"mixed company", "xc", ""},               // "x" starts no word
		{"a b c d e f g h i j k l m o", "al", ""}, // too far back: "a" is more than seven words before
	} {
		if got := longForm(tt.before, tt.short); got != tt.want {
			t.Errorf("longForm(%q, %q) = %q, want %q", tt.before, tt.short, got, tt.want)
		}
	}
}

// TestAliasAnswers: a sentence naming an organisation in full ("Founded in
// 1996, Cybermedia Technologies") is the best answer to a question by the
// short form a passage gives it in brackets ("Cybermedia Technologies
// (CTEC)"), and by far.
func TestAliasAnswers(t *testing.T) {
	first := "HackerRank today announced a partnership with Cybermedia Technologies (CTEC), a leader in IT services for federal agencies."
	second := "Founded in 1996, Cybermedia Technologies, Inc. helps its customers get the most from their IT investments."
	words := map[string]bool{}
	for _, tok := range text.Tokens(first + " " + second) {
		words[tok.Stem] = true
	}
	a := New(Options{IDF: func(stem string) float64 {
		if words[stem] {
			return 2
		}
		return -1
	}})
	ps := []citebot.Passage{
		{ID: "news#1", Doc: "news.txt", End: len(first), Text: first, Score: 1},
		{ID: "about#1", Doc: "about.txt", End: len(second), Text: second, Score: 0.9},
	}
	cands := a.Candidates(Request{Question: asked.Parse("When was CTEC founded?"), Passages: ps})
	if len(cands) == 0 || !strings.HasPrefix(cands[0].Text, "Founded in 1996") {
		t.Fatalf("candidates %+v, want the first to say when it was founded", cands)
	}
	if len(cands) > 1 && cands[0].Confidence <= 10*cands[1].Confidence {
		t.Errorf("confidence %.3f, want well above the next candidate's %.3f", cands[0].Confidence, cands[1].Confidence)
	}
}

// TestBracketed: a short form is found in brackets in any case, and
// nowhere else.
func TestBracketed(t *testing.T) {
	for _, tt := range []struct {
		s, w string
		want int
	}{
		{"Cybermedia Technologies (CTEC), a leader", "ctec", 24},
		{"(a) the first (CTEC)", "ctec", 14},
		{"CTEC and (CTECS)", "ctec", -1},
		{"the end (ctec", "ctec", -1},
	} {
		if got := bracketed(tt.s, tt.w); got != tt.want {
			t.Errorf("bracketed(%q, %q) = %d, want %d", tt.s, tt.w, got, tt.want)
		}
	}
}
