package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/citebot/citebot/corpus"
	"github.com/citebot/citebot/eval"
	"github.com/citebot/citebot/retrieval"
)

// questionSets lists the JSONL files under dir, skipping the folders
// named in skip without opening them.
func questionSets(dir string, skip []string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && slices.Contains(skip, d.Name()) {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".jsonl") {
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

// corpusFor returns the corpus a set answers from and its name.
func corpusFor(file string) (retrieval.Corpus, string) {
	d := strings.TrimSuffix(file, ".jsonl")
	if st, err := os.Stat(d); err == nil && st.IsDir() {
		return retrieval.Corpus{FS: os.DirFS(d), Name: d}, d
	}
	return retrieval.Corpus{FS: corpus.FS(), Name: "embedded"}, "embedded"
}

func readSet(file string) ([]eval.Item, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	items, err := eval.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return items, nil
}
