package text

import "testing"

// TestSentencesAt checks that a passage cut from a wrapped document at a
// sentence that starts at the end of a line splits as the document does:
// its first line alone ("For") would read as a heading and end a block.
func TestSentencesAt(t *testing.T) {
	line := "consequence of further modification of the contributor version.  "
	rest := "For\npurposes of this definition, \"control\" includes the right to grant\n" +
		"patent sublicenses in a manner consistent with the requirements of\nthis License.  Each contributor grants you a licence."
	want := []string{
		"For\npurposes of this definition, \"control\" includes the right to grant\npatent sublicenses in a manner consistent with the requirements of\nthis License.",
		"Each contributor grants you a licence.",
	}
	got := SentencesAt(line+rest, len(line))
	if len(got) != len(want) {
		t.Fatalf("SentencesAt: %d spans %v; want %d", len(got), got, len(want))
	}
	for i, sp := range got {
		if rest[sp.Start:sp.End] != want[i] {
			t.Errorf("span %d = %q; want %q", i, rest[sp.Start:sp.End], want[i])
		}
	}
	if got := Sentences(rest); len(got) == 0 || rest[got[0].Start:got[0].End] != "For" {
		t.Errorf("Sentences of the passage alone: %v; the guard expects its first line on its own", got)
	}
}
