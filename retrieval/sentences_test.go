package retrieval

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/text"
)

// TestPassageSentencesAsDocument checks that the sentences a passage
// carries are its document's: in text wrapped at a fixed width, a chunk
// that starts at a sentence begun at the end of a line ("... version.
// For\npurposes of ...") is not cut after its first line, and a line that
// the width wraps before a capital ("... such Source Code\nForm, and
// ...") does not end a sentence, though a passage of short lines alone
// could not tell the width.
func TestPassageSentencesAsDocument(t *testing.T) {
	var wrapped, defs strings.Builder
	for i := range 40 { // paragraphs longer than a chunk, so chunks start inside them
		wrapped.WriteString("  Each contributor grants you a non-exclusive, worldwide, royalty-free\n")
		for j := range 8 {
			wrapped.WriteString("patent license under the contributor's essential patent claims, to\n" +
				"make, use, sell and otherwise run the contents of its version.  For\n" +
				"purposes of this definition, \"control\" includes the right to grant\n" +
				"patent sublicenses in a manner consistent with this License.  The\n" +
				"licensor of clause " + strings.Repeat("I", (i+j)%5+1) + " keeps every other right it has.  Each\n" +
				"contributor grants you a non-exclusive, worldwide, royalty-free\n")
		}
		wrapped.WriteString("patent license.\n\n")
		fmt.Fprintf(&defs, "1.%d. \"Covered Item %d\"\n    means the Source Code Form to which the initial Contributor attached\n"+
			"    the notice in Exhibit A, the Executable Form of such Source Code\n    Form, and Modifications of such Form.\n\n", i, i)
	}
	docs := map[string]string{"LICENSE.txt": wrapped.String(), "DEFS.txt": defs.String()}
	files := fstest.MapFS{}
	want := map[string]bool{}
	for name, d := range docs {
		files[name] = &fstest.MapFile{Data: []byte(d)}
		for _, sp := range text.Sentences(d) {
			want[d[sp.Start:sp.End]] = true
		}
	}
	ix, _, err := Open(context.Background(), Corpus{FS: files, Name: "wrapped"}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	cut := 0 // passages that start within a line
	for _, q := range []string{"what does control include for purposes of this definition", "what does covered item 7 mean", "executable form of such source code form"} {
		ps, err := ix.Search(context.Background(), q, 10)
		if err != nil || len(ps) == 0 {
			t.Fatalf("search %q: %d passages, err %v", q, len(ps), err)
		}
		for _, p := range ps {
			for _, sp := range p.Sentences {
				if s := p.Text[sp.Start:sp.End]; !want[s] {
					t.Errorf("%s: sentence %q is not one of the document's", p.ID, s)
				}
			}
			d := docs[p.Doc]
			if line := strings.LastIndexByte(d[:p.Start], '\n') + 1; strings.TrimSpace(d[line:p.Start]) != "" {
				cut++
			}
		}
	}
	if cut == 0 {
		t.Errorf("no passage starts within a line; the test no longer tests that")
	}
}
