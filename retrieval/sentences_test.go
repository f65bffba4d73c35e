package retrieval

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/text"
)

// TestPassageSentencesAsDocument checks that the sentences a passage
// carries are the document's: a chunk of text wrapped at a fixed width
// that starts at a sentence beginning at the end of a line ("... work.
// For\npurposes of ...") is not cut after its first line.
func TestPassageSentencesAsDocument(t *testing.T) {
	var doc strings.Builder
	for i := range 40 { // paragraphs longer than a chunk, so chunks start inside them
		doc.WriteString("  Each contributor grants you a non-exclusive, worldwide, royalty-free\n")
		for j := range 8 {
			doc.WriteString("patent license under the contributor's essential patent claims, to\n" +
				"make, use, sell and otherwise run the contents of its version.  For\n" +
				"purposes of this definition, \"control\" includes the right to grant\n" +
				"patent sublicenses in a manner consistent with this License.  The\n" +
				"licensor of clause " + strings.Repeat("I", (i+j)%5+1) + " keeps every other right it has.  Each\n" +
				"contributor grants you a non-exclusive, worldwide, royalty-free\n")
		}
		doc.WriteString("patent license.\n\n")
	}
	files := fstest.MapFS{"LICENSE.txt": {Data: []byte(doc.String())}, "other.txt": {Data: []byte("Unrelated notes on bridges.\n")}}
	ix, _, err := Open(context.Background(), Corpus{FS: files, Name: "wrapped"}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	d := doc.String()
	for _, sp := range text.Sentences(d) {
		want[d[sp.Start:sp.End]] = true
	}
	ps, err := ix.Search(context.Background(), "what does control include for purposes of this definition", 10)
	if err != nil || len(ps) == 0 {
		t.Fatalf("search: %d passages, err %v", len(ps), err)
	}
	cut := 0
	for _, p := range ps {
		for _, sp := range p.Sentences {
			if s := p.Text[sp.Start:sp.End]; !want[s] {
				t.Errorf("%s: sentence %q is not one of the document's", p.ID, s)
			}
		}
		if first, _, _ := strings.Cut(p.Text, "\n"); first == "For" || first == "The" || first == "Each" {
			cut++
		}
	}
	if cut == 0 {
		t.Errorf("no passage starts at a sentence begun at a line's end; the test no longer tests that")
	}
}
