package text

import (
	"slices"
	"testing"

	"github.com/citebot/citebot"
)

// TestSplitOnce: Split sets each passage's sentences as Sentences splits
// its text, and SentencesOf reads what a passage carries instead of
// splitting again (it does not modify the passage).
func TestSplitOnce(t *testing.T) {
	ps := []citebot.Passage{{Text: "One sentence here. Another one follows."}, {Text: "Alone"}}
	Split(ps)
	for _, p := range ps {
		if want := Sentences(p.Text); !slices.Equal(p.Sentences, want) {
			t.Errorf("Split(%q) = %v, want %v", p.Text, p.Sentences, want)
		}
	}
	marked := citebot.Passage{Text: "One sentence here. Another one follows.", Sentences: []Span{{Start: 0, End: 3}}}
	if got := SentencesOf(&marked); !slices.Equal(got, marked.Sentences) {
		t.Errorf("SentencesOf = %v, want the passage's own %v", got, marked.Sentences)
	}
	cut := citebot.Passage{Text: "One sentence", Sentences: []Span{{Start: 0, End: 18}, {Start: 19, End: 39}}}
	if got := SentencesOf(&cut); !slices.Equal(got, Sentences(cut.Text)) {
		t.Errorf("SentencesOf(cut text, stale spans) = %v, want %v", got, Sentences(cut.Text))
	}
	bare := citebot.Passage{Text: "One. Two."}
	if got := SentencesOf(&bare); len(got) != 2 || bare.Sentences != nil {
		t.Errorf("SentencesOf(unsplit) = %v and left %v, want 2 sentences and the passage unchanged", got, bare.Sentences)
	}
}
