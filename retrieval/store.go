package retrieval

import (
	"bufio"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// storeVersion changes whenever the stored format or the chunking changes;
// a stored index of another version is rebuilt. Version 2 keeps the
// metadata fields a Source shows instead of the detector's Meta.
const storeVersion = 2

const (
	indexFile    = "index.gob"
	manifestFile = "manifest.json"
)

// errIncompatible marks a stored index that cannot be used as it is.
var errIncompatible = errors.New("incompatible index")

// stored is the persisted index: one file, written atomically.
type stored struct {
	Version  int
	Pipeline string // pipelineFingerprint of the code that made it
	Embedder string
	Dim      int
	Corpus   string
	Docs     []*docRec
}

// docRec is one indexed document. It is not modified once the index
// holds it.
type docRec struct {
	Path string
	Hash string // hex SHA-256 of the file's bytes
	Text string // the text chunks point into: the file itself for .txt/.md

	Title, Author, Date, Publisher string

	// Pieces are the chunks of Text in order; chunk n is Pieces[n-1].
	Pieces []pieceRec

	lineStarts []int // byte offset of each line of Text, set on load
}

// pieceRec is a stored chunk.
type pieceRec struct {
	Start, End int
	Meta       bool
	Hash       string // ChunkHash of Text[Start:End], the embedding cache key
	Vec        []float32
}

// manifest is the human-readable summary written beside the index.
type manifest struct {
	Version  int               `json:"version"`
	Embedder string            `json:"embedder"`
	Dim      int               `json:"dimensions"`
	Corpus   string            `json:"corpus"`
	Saved    time.Time         `json:"saved"`
	Docs     map[string]string `json:"documents"` // path → content hash
	Chunks   int               `json:"chunks"`
}

// load reads the stored index in dir. A missing index is (nil, nil); an
// unreadable or incompatible one (other format, text pipeline or embedder)
// is an error wrapping errIncompatible.
func load(dir string, emb Embedder, pipeline string) (*stored, error) {
	f, err := os.Open(filepath.Join(dir, indexFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	defer f.Close()
	var s stored
	if err := gob.NewDecoder(bufio.NewReader(f)).Decode(&s); err != nil {
		return nil, fmt.Errorf("%w: stored index is unreadable (%v)", errIncompatible, err)
	}
	switch {
	case s.Version != storeVersion:
		return nil, fmt.Errorf("%w: stored index has format %d, this citebot writes %d", errIncompatible, s.Version, storeVersion)
	case s.Pipeline != pipeline:
		return nil, fmt.Errorf("%w: stored index was made by another version of the text pipeline", errIncompatible)
	case s.Embedder != emb.Name || (emb.Dim != 0 && s.Dim != emb.Dim):
		return nil, fmt.Errorf("%w: stored index was embedded with %s/%d, now %s/%d", errIncompatible, s.Embedder, s.Dim, emb.Name, emb.Dim)
	}
	return &s, nil
}

// save writes s to dir atomically: into a temporary file that is synced and
// then renamed over the old index, so a crash leaves the old index whole.
func save(dir string, s *stored) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create data dir: %w", err)
	}
	removeStale(dir)
	err := writeAtomic(filepath.Join(dir, indexFile), func(w *bufio.Writer) error {
		return gob.NewEncoder(w).Encode(s)
	})
	if err != nil {
		return err
	}
	m := manifest{Version: s.Version, Embedder: s.Embedder, Dim: s.Dim, Corpus: s.Corpus,
		Saved: time.Now().UTC(), Docs: make(map[string]string)}
	for _, d := range s.Docs {
		m.Docs[d.Path] = d.Hash
		m.Chunks += len(d.Pieces)
	}
	return writeAtomic(filepath.Join(dir, manifestFile), func(w *bufio.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(m)
	})
}

// writeAtomic writes a file through a temporary sibling and a rename.
func writeAtomic(name string, write func(*bufio.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(name), filepath.Base(name)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(name), err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	w := bufio.NewWriterSize(tmp, 1<<16)
	if err = write(w); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(name), err)
	}
	if err = w.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(name), err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", filepath.Base(name), err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", filepath.Base(name), err)
	}
	if err = os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("rename %s: %w", filepath.Base(name), err)
	}
	return nil
}

// removeStale deletes temporary files that a crashed run left behind; a
// file younger than ten minutes may belong to a run still writing.
func removeStale(dir string) {
	matches, _ := filepath.Glob(filepath.Join(dir, "*.tmp-*"))
	for _, m := range matches {
		if st, err := os.Stat(m); err == nil && time.Since(st.ModTime()) > 10*time.Minute {
			os.Remove(m)
		}
	}
}
