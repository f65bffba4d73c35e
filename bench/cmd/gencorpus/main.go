// Command gencorpus writes a deterministic synthetic corpus of shuffled
// encyclopedia sentences, a question file and statistics, for the issue-9
// scaling benchmarks (scripts/bench-scale.sh):
//
//	go run ./cmd/gencorpus -size 50MB -seed 1 -out DIR
//
// writes DIR/corpus/ (.txt and .md files of 10-50 KB in nested folders),
// DIR/questions.jsonl (JSONL as in eval/testdata/dev) and DIR/stats.json.
// Sentences come from the repository given by -repo (default "..", the
// repository root when run from bench/).
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/citebot/citebot/bench/synth"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fl := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	size := fl.String("size", "5MB", "corpus size (decimal units: 5MB, 1.5GB)")
	seed := fl.Uint64("seed", 1, "random seed")
	out := fl.String("out", "", "output folder (created; must not hold a corpus/ yet)")
	repo := fl.String("repo", "..", "repository root to read the source sentences from")
	nq := fl.Int("questions", 100, "questions to sample")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("-out is required")
	}
	n, err := synth.ParseSize(*size)
	if err != nil {
		return err
	}
	sents, err := synth.Sentences(*repo)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	qs, st, err := synth.Generate(filepath.Join(*out, "corpus"), sents, synth.Options{Size: n, Seed: *seed, Questions: *nq})
	if err != nil {
		return err
	}
	var qb bytes.Buffer
	if err := synth.WriteQuestions(&qb, qs); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, "questions.jsonl"), qb.Bytes(), 0o644); err != nil {
		return err
	}
	sb, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d files, %d bytes, %d sentences, %d words, vocabulary %d, %d questions\n",
		*out, st.Files, st.Bytes, st.Sentences, st.Words, st.Vocabulary, len(qs))
	return os.WriteFile(filepath.Join(*out, "stats.json"), append(sb, '\n'), 0o644)
}
