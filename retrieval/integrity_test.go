package retrieval

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
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

// TestInconsistentIndexIsRebuilt: a decodable index whose chunk ends past
// its text (or whose vectors have another dimension) is rebuilt with a
// note, instead of making every command fail on a slice out of range.
func TestInconsistentIndexIsRebuilt(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.txt": prose("rivers", 3)})
	emb := HashEmbedder(DefaultDim)
	for name, spoil := range map[string]func(*stored){
		"chunk past the text": func(s *stored) { s.Docs[0].Pieces[0].End = len(s.Docs[0].Text) + 10 },
		"empty chunk":         func(s *stored) { s.Docs[0].Pieces[0].End = s.Docs[0].Pieces[0].Start },
		"short vector":        func(s *stored) { s.Docs[0].Pieces[0].Vec = s.Docs[0].Pieces[0].Vec[:3] },
		"repeated document":   func(s *stored) { s.Docs = append(s.Docs, s.Docs[0]) },
	} {
		t.Run(name, func(t *testing.T) {
			data := t.TempDir()
			openDir(t, dir, data, Options{})
			s, err := load(data, emb, pipelineVersion())
			if err != nil || s == nil {
				t.Fatalf("load: %v", err)
			}
			spoil(s)
			if err := save(data, s); err != nil { // a valid checksum over wrong content
				t.Fatal(err)
			}
			ix, rep := openDir(t, dir, data, Options{})
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

// TestManifestRewritten: when the manifest cannot be written (a full disk,
// here a folder in its place) the index is still saved, citebot index does
// not fail, and the next run writes the manifest although nothing changed.
func TestManifestRewritten(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.txt": prose("rivers", 3)})
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
	s, err := load(data, HashEmbedder(DefaultDim), pipelineVersion())
	if err != nil || !manifestCurrent(data, s) {
		t.Errorf("the manifest was not rewritten (%v)", err)
	}
}
