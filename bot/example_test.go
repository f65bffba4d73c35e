package bot_test

import (
	"context"
	"fmt"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/corpus"
	"github.com/citebot/citebot/retrieval"
)

// Ask answers from the embedded corpus with the offline extractive
// answerer; every citation is an exact byte span of its document.
func ExampleBot_Ask() {
	ctx := context.Background()
	ix, _, err := retrieval.Open(ctx, retrieval.Corpus{FS: corpus.FS(), Name: "embedded"}, retrieval.Options{})
	if err != nil {
		panic(err)
	}
	b := bot.New(ix, bot.Options{K: 3})
	a, err := b.Ask(ctx, citebot.Question{Text: "In which year did Pakistan become a full member of the SCO?"})
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Mode, a.Answered)
	fmt.Println(a.Answer)
	c := a.Citations[0]
	doc, _ := ix.Text(c.Doc)
	fmt.Println(c.Doc, doc[c.Start:c.End] == c.Quote)
	// Output:
	// extractive true
	// Pakistan became a full SCO member with the support of Russia in 2017. [1]
	// 002_931533e42f638f11.txt true
}
