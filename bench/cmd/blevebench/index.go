package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/citebot/citebot/ingest"
)

// indexStats is what index prints.
type indexStats struct {
	Files   int     `json:"files,omitempty"`
	Chunks  int     `json:"chunks"`
	Seconds float64 `json:"seconds"` // the whole command
	Skipped int     `json:"skipped,omitempty"`
}

// newMapping is one static text field "text", English analyzer, BM25.
func newMapping() *mapping.IndexMappingImpl {
	fm := bleve.NewTextFieldMapping()
	fm.Analyzer = en.AnalyzerName
	fm.Store = false
	fm.IncludeTermVectors = false
	fm.IncludeInAll = false
	fm.DocValues = false
	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt("text", fm)
	im := bleve.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = en.AnalyzerName
	im.ScoringModel = index.BM25Scoring
	return im
}

// chunk is a line of a chunk file.
type chunk struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// chunksCmd writes the chunks ingest.Parse cuts the corpus into, one JSON
// line each, so that index times bleve alone.
func chunksCmd(args []string) (any, error) {
	fl := flag.NewFlagSet("chunks", flag.ContinueOnError)
	corpus := fl.String("corpus", "", "corpus folder")
	out := fl.String("out", "", "chunk file to write (JSONL)")
	if err := fl.Parse(args); err != nil {
		return nil, err
	}
	if *corpus == "" || *out == "" {
		return nil, fmt.Errorf("chunks: -corpus and -out are required")
	}
	f, err := os.Create(*out)
	if err != nil {
		return nil, fmt.Errorf("chunks: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	start := time.Now()
	var st indexStats
	err = fs.WalkDir(os.DirFS(*corpus), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !indexable(p) {
			return err
		}
		data, err := os.ReadFile(filepath.Join(*corpus, filepath.FromSlash(p)))
		if err != nil {
			return err
		}
		doc, err := ingest.Parse(ingest.File{Path: p, Data: data})
		if err != nil {
			st.Skipped++
			return nil
		}
		st.Files++
		for n, c := range doc.Chunks {
			st.Chunks++
			if err := enc.Encode(chunk{fmt.Sprintf("%s#%d", p, n), doc.Text[c.Start:c.End]}); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("chunks: %w", err)
	}
	st.Seconds = time.Since(start).Seconds()
	return st, nil
}

// indexCmd indexes a chunk file into a new bleve index, in batches.
func indexCmd(args []string) (any, error) {
	fl := flag.NewFlagSet("index", flag.ContinueOnError)
	chunks := fl.String("chunks", "", "chunk file (JSONL, from blevebench chunks)")
	dir := fl.String("index", "", "index folder to create")
	batchSize := fl.Int("batch", 1000, "chunks per batch")
	if err := fl.Parse(args); err != nil {
		return nil, err
	}
	if *chunks == "" || *dir == "" {
		return nil, fmt.Errorf("index: -chunks and -index are required")
	}
	start := time.Now()
	f, err := os.Open(*chunks)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	defer f.Close()
	idx, err := bleve.New(*dir, newMapping())
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	st, err := addAll(idx, bufio.NewReaderSize(f, 1<<20), *batchSize)
	if cerr := idx.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	st.Seconds = time.Since(start).Seconds()
	return st, nil
}

// addAll indexes the chunk lines of r in batches of n.
func addAll(idx bleve.Index, r io.Reader, n int) (indexStats, error) {
	var st indexStats
	dec := json.NewDecoder(r)
	b := idx.NewBatch()
	for {
		var c chunk
		err := dec.Decode(&c)
		if err == io.EOF {
			break
		}
		if err != nil {
			return st, err
		}
		if err := b.Index(c.ID, map[string]any{"text": c.Text}); err != nil {
			return st, err
		}
		st.Chunks++
		if b.Size() >= n {
			if err := idx.Batch(b); err != nil {
				return st, err
			}
			b.Reset()
		}
	}
	if b.Size() > 0 {
		return st, idx.Batch(b)
	}
	return st, nil
}

// indexable says whether citebot would read p as text: .txt and .md files
// that are not hidden (what the generated corpora hold).
func indexable(p string) bool {
	for _, part := range strings.Split(p, "/") {
		if strings.HasPrefix(part, ".") {
			return false
		}
	}
	ext := strings.ToLower(filepath.Ext(p))
	return ext == ".txt" || ext == ".md" || ext == ".markdown"
}
