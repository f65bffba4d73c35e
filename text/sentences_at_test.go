package text

import (
	"strings"
	"testing"
)

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
	got := SentencesAt(line+rest, len(line), 0)
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

// TestSentencesAtWidth checks that a passage split at its document's wrap
// width keeps a sentence whose line wraps before a capital ("... Source
// Code\nForm, and ..."), which the passage alone, too short to show its
// width, would end there.
func TestSentencesAtWidth(t *testing.T) {
	s := "1.4. \"Covered Software\"\n" +
		"    means Source Code Form to which the initial Contributor has attached\n" +
		"    the notice in Exhibit A, the Executable Form of such Source Code\n" +
		"    Form, and Modifications of such Source Code Form, in each case\n" +
		"    including portions thereof.\n"
	sentence := s[strings.Index(s, "1.4.") : strings.LastIndex(s, ".")+1]
	if got := SentencesAt(s, 0, 72); len(got) != 1 || s[got[0].Start:got[0].End] != sentence {
		t.Errorf("at width 72: %v; want the one sentence", got)
	}
	if got := SentencesAt(s, 0, 0); len(got) < 2 {
		t.Errorf("unwrapped: %v; the guard expects the capital to start a block", got)
	}
}
