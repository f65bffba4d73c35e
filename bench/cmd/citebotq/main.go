// Command citebotq opens a citebot index in process, through the public
// API (retrieval.Open with the local embedder, as `citebot ask` does), and
// times Index.Search over a question file, for the issue-9 benchmarks:
//
//	citebotq -corpus C -data D -questions Q [-k 5] [-runs 3]
//
// It prints one JSON object: the measure.Result plus how long Open took
// and what it did (a warm index should be reused, not rebuilt).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/citebot/citebot/bench/measure"
	"github.com/citebot/citebot/bench/synth"
	"github.com/citebot/citebot/retrieval"
)

// result is what citebotq prints.
type result struct {
	measure.Result
	OpenSeconds float64 `json:"open_seconds"`
	Added       int     `json:"added"`   // documents Open indexed anew
	Rebuilt     string  `json:"rebuilt"` // why Open rebuilt, if it did
}

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "citebotq:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fl := flag.NewFlagSet("citebotq", flag.ContinueOnError)
	corpus := fl.String("corpus", "", "corpus folder")
	data := fl.String("data", "", "citebot data folder (as `citebot --data`)")
	qfile := fl.String("questions", "", "question file (JSONL)")
	k := fl.Int("k", 5, "passages per question")
	runs := fl.Int("runs", 3, "timed passes over the questions")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *corpus == "" || *data == "" || *qfile == "" {
		return fmt.Errorf("-corpus, -data and -questions are required")
	}
	qs, err := synth.ReadQuestions(*qfile)
	if err != nil {
		return err
	}
	c, err := corpusOf(*corpus)
	if err != nil {
		return err
	}
	ctx := context.Background()
	t := time.Now()
	ix, rep, err := retrieval.Open(ctx, c, retrieval.Options{DataDir: *data})
	if err != nil {
		return fmt.Errorf("open: %w", err)
	}
	res := result{OpenSeconds: time.Since(t).Seconds(), Added: len(rep.Added), Rebuilt: rep.Rebuilt}
	search := func(question string) ([]string, error) {
		ps, err := ix.Search(ctx, question, *k)
		docs := make([]string, len(ps))
		for i, p := range ps {
			docs[i] = p.Doc
		}
		return docs, err
	}
	if res.Result, err = measure.Run(qs, search, *runs); err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(res)
}

// corpusOf is the corpus as `citebot --corpus dir` names it: its absolute
// path, read through an os.Root.
func corpusOf(dir string) (retrieval.Corpus, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return retrieval.Corpus{}, err
	}
	root, err := os.OpenRoot(abs)
	if err != nil {
		return retrieval.Corpus{}, err
	}
	return retrieval.Corpus{FS: root.FS(), Name: abs}, nil
}
