package extract_test

import (
	"context"
	"fmt"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/bot/extract"
)

// Answer picks the sentence of the passages that answers the question and
// cites its exact bytes.
func ExampleAnswerer_Answer() {
	doc := "The old stone bridge was built in 1851 by the engineer Thomas Reed. It carried traffic for a century."
	src := &citebot.Source{Path: "bridges.txt", Title: "Bridges of the Valley"}
	passages := []citebot.Passage{{ID: "bridges#1", Doc: "bridges.txt", Start: 0, End: len(doc), Text: doc, Source: src}}

	a := extract.New(extract.Options{})
	q := asked.Parse("When was the old stone bridge built?")
	req := extract.Request{Question: q, Passages: passages}
	if v := a.Lookup(q, passages); v != "" {
		// A real caller searches for v and sets req.More; this question
		// asks for no document metadata.
		fmt.Println("search for", v)
	}
	res := a.Answer(context.Background(), req)
	fmt.Println(res.Answered, res.Text)
	c := res.Citations[0]
	fmt.Println(c.Doc, c.Start, c.End, doc[c.Start:c.End] == c.Quote)
	// Output:
	// true The old stone bridge was built in 1851 by the engineer Thomas Reed. [1]
	// bridges.txt 0 67 true
}
