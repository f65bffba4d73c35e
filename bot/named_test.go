package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot"
)

// TestNamedDocumentOnly: a question that names a document by its file's
// name ("beta2" for BETA-2.txt) is answered from that document, even when
// another says more of the question's words, the name among them.
func TestNamedDocumentOnly(t *testing.T) {
	ctx := context.Background()
	files := fstest.MapFS{
		"ALPHA-1.txt": {Data: []byte("Terms and conditions\n\n" +
			"1. Licensees may sublicense the software to third parties, as the Beta 2 terms let them.\n\n" +
			"2. Copies of the software must carry this notice and the names of the authors.\n\n" +
			"3. The software comes with no warranty of any kind.\n")},
		"BETA-2.txt": {Data: []byte("Terms and conditions\n\n" +
			"1. No one may sublicense the software to third parties; every recipient receives a license from the licensors.\n\n" +
			"2. Anyone who conveys a copy must pass on this notice unchanged.\n\n" +
			"3. The licensors give no warranty, to the extent the law permits.\n")},
	}
	b, _ := corpusBot(t, files, "named-first")
	for q, want := range map[string]string{
		"does beta2 let me sublicense the software to third parties?":   "BETA-2.txt",
		"alpha1: may i sublicense the software to third parties?":       "ALPHA-1.txt",
		"under the Beta 2 license can I sublicense it to third parties": "BETA-2.txt",
	} {
		ans, err := b.Ask(ctx, citebot.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || len(ans.Citations) == 0 || ans.Citations[0].Doc != want || !strings.Contains(strings.ToLower(ans.Citations[0].Quote), "sublicens") {
			t.Errorf("%q: answered %v: %q; want the sentence on sublicensing of %s", q, ans.Answered, ans.Answer, want)
		}
	}
}

// TestNamedDocumentFarDown: a named document whose passages rank below
// many other documents' that say the question's words is still read.
func TestNamedDocumentFarDown(t *testing.T) {
	ctx := context.Background()
	files := fstest.MapFS{
		"ZETA-1.txt": {Data: []byte("Terms\n\nOnly the steering group may publish revised versions; nobody else may.\n")},
	}
	for i := range 40 {
		files[fmt.Sprintf("other-%02d.txt", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"Terms number %d\n\nThe Foundation of region %d may publish new versions of the License from time to time, and new versions of the License may differ by %d clauses.\n", i, i, i+2))}
	}
	b, _ := corpusBot(t, files, "named-far")
	ans, err := b.Ask(ctx, citebot.Question{Text: "who may publish new versions of the zeta1 license?"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ans.Passages) == 0 || ans.Passages[0].Doc != "ZETA-1.txt" {
		t.Errorf("passages %v, answer %q; want ZETA-1.txt's first", ans.Passages, ans.Answer)
	}
}
