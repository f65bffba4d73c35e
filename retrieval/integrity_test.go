package retrieval

import (
	"bytes"
	"context"
	"encoding/gob"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestAlteredIndexIsRebuilt: an index file edited by hand (here: the
// stored text of a document) is noticed, reported and rebuilt, so cite
// never shows bytes the source does not have.
func TestAlteredIndexIsRebuilt(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.txt": prose("rivers", 3), "b.txt": prose("bridges", 3)})
	data := t.TempDir()
	openDir(t, dir, data, Options{})
	file := filepath.Join(data, indexFile)
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(raw, []byte("rivers committee"))
	if i < 0 {
		t.Fatal("document text not found in the index file")
	}
	copy(raw[i:], "forged committee")
	if err := os.WriteFile(file, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	ix, rep := openDir(t, dir, data, Options{})
	if !strings.Contains(rep.Rebuilt, "altered") || !rep.Saved {
		t.Fatalf("an altered index was used: %+v", rep)
	}
	txt, err := ix.Text("a.txt")
	if err != nil || strings.Contains(txt, "forged") {
		t.Errorf("the forged text is served (%v)", err)
	}
}

// TestInconsistentIndexIsRebuilt: a readable index whose tables disagree
// (a chunk that ends past its text, postings past their section, ...) is
// rebuilt with a note, instead of making every command fail on a slice
// out of range.
func TestInconsistentIndexIsRebuilt(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.txt": prose("rivers", 3)})
	kept := HashEmbedder(DefaultDim)
	kept.Local = false // an embedder whose vectors the index stores
	for name, tc := range map[string]struct {
		emb   Embedder
		spoil func(*state)
	}{
		"chunk past the text": {HashEmbedder(DefaultDim), func(s *state) { s.chunks[0].End = uint32(len(s.docs[0].Text) + 10) }},
		"empty chunk":         {HashEmbedder(DefaultDim), func(s *state) { s.chunks[0].End = s.chunks[0].Start }},
		"short vectors":       {kept, func(s *state) { s.vecs = s.vecs[:len(s.vecs)-3] }},
		"repeated document":   {HashEmbedder(DefaultDim), func(s *state) { s.docs = append(s.docs, s.docs[0]) }},
		"postings past the end": {HashEmbedder(DefaultDim), func(s *state) {
			s.bm.offs[len(s.bm.offs)-1] = uint32(len(s.bm.blob) + 1)
		}},
		"lexicon counts missing": {HashEmbedder(DefaultDim), func(s *state) { s.lex.counts = s.lex.counts[1:] }},
	} {
		t.Run(name, func(t *testing.T) {
			data := t.TempDir()
			openDir(t, dir, data, Options{Embedder: tc.emb})
			s, err := load(data, tc.emb, pipelineVersion(), false)
			if err != nil || s == nil {
				t.Fatalf("load: %v", err)
			}
			s.st = writableCopy(s.st)
			tc.spoil(s.st)
			if err := save(data, s); err != nil { // a valid checksum over wrong content
				t.Fatal(err)
			}
			ix, rep := openDir(t, dir, data, Options{Embedder: tc.emb})
			if !strings.Contains(rep.Rebuilt, "inconsistent") {
				t.Fatalf("not rebuilt: %+v", rep)
			}
			ps, err := ix.Search(context.Background(), "rivers committee session", 3)
			if err != nil || len(ps) == 0 {
				t.Fatalf("search after rebuild: %v %v", ps, err)
			}
		})
	}
}

// writableCopy copies the tables of a state read in place from a file,
// which are mapped read-only, so that a test may spoil them.
func writableCopy(s *state) *state {
	c := state{docs: slices.Clone(s.docs), byID: s.byID, chunks: slices.Clone(s.chunks), vecs: slices.Clone(s.vecs), dim: s.dim}
	lx := *s.lex
	lx.counts = slices.Clone(s.lex.counts)
	c.bm = &bm25{terms: s.bm.terms, offs: slices.Clone(s.bm.offs), blob: s.bm.blob, lengths: s.bm.lengths, avgLen: s.bm.avgLen}
	c.lex = &lx
	return &c
}

// TestOldFormatIsRebuilt: an index that an older citebot wrote (a gob of
// format 3) is rebuilt, and the report says so.
func TestOldFormatIsRebuilt(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.txt": prose("rivers", 2)})
	data := t.TempDir()
	type v3 struct {
		Version            int
		Pipeline, Embedder string
		Dim                int
		Corpus             string
	}
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(v3{Version: 3, Pipeline: pipelineVersion(), Embedder: "hash-v2-512", Dim: 512, Corpus: dir}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(data, indexFile), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, rep := openDir(t, dir, data, Options{})
	if !strings.Contains(rep.Rebuilt, "older format") || !rep.Saved || len(rep.Added) != 1 {
		t.Fatalf("report %+v, want a rebuild because of the older format", rep)
	}
	if ps, _ := ix.Search(context.Background(), "rivers budget", 1); len(ps) != 1 {
		t.Error("rebuilt index does not search")
	}
	if _, rep = openDir(t, dir, data, Options{}); rep.Rebuilt != "" || rep.Unchanged != 1 {
		t.Errorf("the rebuilt index was not kept: %+v", rep)
	}
}

// TestManifestRewritten: when the manifest cannot be written (a full disk,
// here a folder in its place) the index is still saved, citebot index does
// not fail, and the next run writes the manifest although nothing changed.
func TestManifestRewritten(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.txt": prose("rivers", 3)})
	age(t, dir, "a.txt") // settled: a slow second open records no new time
	data := t.TempDir()
	if err := os.Mkdir(filepath.Join(data, manifestFile), 0o755); err != nil {
		t.Fatal(err)
	}
	_, rep := openDir(t, dir, data, Options{})
	if !rep.Saved || rep.SaveError != "" {
		t.Fatalf("index not saved for want of a manifest: %+v", rep)
	}
	if err := os.Remove(filepath.Join(data, manifestFile)); err != nil {
		t.Fatal(err)
	}
	_, rep = openDir(t, dir, data, Options{})
	if rep.Unchanged != 1 || rep.Saved {
		t.Fatalf("second open: %+v", rep)
	}
	s, err := load(data, HashEmbedder(DefaultDim), pipelineVersion(), false)
	if err != nil || !manifestCurrent(data, s) {
		t.Errorf("the manifest was not rewritten (%v)", err)
	}
}
