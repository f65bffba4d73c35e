package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"

	"github.com/citebot/citebot/bench/measure"
	"github.com/citebot/citebot/bench/synth"
)

func queryCmd(args []string) (any, error) {
	fl := flag.NewFlagSet("query", flag.ContinueOnError)
	dir := fl.String("index", "", "index folder")
	qfile := fl.String("questions", "", "question file (JSONL)")
	k := fl.Int("k", 5, "hits per question")
	runs := fl.Int("runs", 3, "timed passes over the questions")
	if err := fl.Parse(args); err != nil {
		return nil, err
	}
	qs, err := synth.ReadQuestions(*qfile)
	if err != nil {
		return nil, err
	}
	idx, err := bleve.Open(*dir)
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	defer idx.Close()
	search := func(question string) ([]string, error) {
		q := bleve.NewMatchQuery(question)
		q.SetField("text")
		res, err := idx.Search(bleve.NewSearchRequestOptions(q, *k, 0, false))
		if err != nil {
			return nil, err
		}
		docs := make([]string, len(res.Hits))
		for i, h := range res.Hits {
			docs[i] = h.ID[:strings.LastIndexByte(h.ID, '#')]
		}
		return docs, nil
	}
	return measure.Run(qs, search, *runs)
}
