package cite_test

import (
	"fmt"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/cite"
)

// A model's answer is renumbered as it streams in, then every cited
// sentence is checked against the passage it cites.
func ExampleVerify() {
	doc := "The summit ended in London. Pervez Musharraf visited Moscow in February 2003."
	shown := []citebot.Passage{
		{ID: "other#1", Doc: "other.txt", Text: "Nothing to see here."},
		{ID: "doc#1", Doc: "doc.txt", Start: 0, End: len(doc), Text: doc},
	}
	rw := cite.NewRewriter(len(shown))
	for _, piece := range []string{"Musharraf visited Moscow in 2003 [", "2]. He flew to Paris in 2004 [9]."} {
		fmt.Printf("%q\n", rw.Write(piece))
	}
	fmt.Printf("%q\n", rw.Flush())

	res := cite.Verify(rw.Draft(), shown)
	for _, c := range res.Citations {
		fmt.Printf("[%d] %s %q supported=%v\n", c.N, c.Doc, c.Quote, c.Supported)
	}
	for _, n := range res.Notes {
		fmt.Println("note:", n)
	}
	// Output:
	// "Musharraf visited Moscow in 2003"
	// " [1]. He flew to Paris in 2004."
	// ""
	// [1] doc.txt "Pervez Musharraf visited Moscow in February 2003." supported=true
	// note: the LLM cited passage [9], which it was not given; removed
	// note: 1 sentence(s) of the answer cite no passage
}
