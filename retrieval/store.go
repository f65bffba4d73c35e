package retrieval

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"time"
)

// storeVersion changes whenever the stored format or the chunking changes;
// a stored index of another version is rebuilt. Version 2 keeps the
// metadata fields a Source shows instead of the detector's Meta; version 3
// ends the file with a checksum of everything before it.
const storeVersion = 3

// checksumBytes is the length of the trailer of an index file: the CRC-32C
// (Castagnoli) of the bytes before it, big-endian.
const checksumBytes = 4

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

const (
	indexFile    = "index.gob"
	manifestFile = "manifest.json"
)

// errIncompatible marks a stored index that cannot be used as it is.
var errIncompatible = errors.New("incompatible index")

// errManifest marks a save whose index was written but whose manifest (the
// readable summary) was not: the index is usable, and the next Open
// writes the manifest again.
var errManifest = errors.New("manifest not written")

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

	Size    int64     // the file's size when it was read
	ModTime time.Time // the file's modification time then; zero: unknown

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
// unreadable, altered, inconsistent or incompatible one (other format,
// text pipeline or embedder) is an error wrapping errIncompatible, so the
// caller rebuilds it: the file's checksum must match, and every chunk must
// lie inside its document's text with a vector of the index's dimension.
func load(dir string, emb Embedder, pipeline string) (*stored, error) {
	data, err := os.ReadFile(filepath.Join(dir, indexFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	var s stored
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&s); err != nil {
		return nil, fmt.Errorf("%w: stored index is unreadable (%v)", errIncompatible, err)
	}
	switch {
	case s.Version != storeVersion:
		return nil, fmt.Errorf("%w: stored index has format %d, this citebot writes %d", errIncompatible, s.Version, storeVersion)
	case !checksumOK(data):
		return nil, fmt.Errorf("%w: stored index was altered or damaged (checksum mismatch)", errIncompatible)
	case s.Pipeline != pipeline:
		return nil, fmt.Errorf("%w: stored index was made by another version of the text pipeline", errIncompatible)
	case s.Embedder != emb.Name || (emb.Dim != 0 && s.Dim != emb.Dim):
		return nil, fmt.Errorf("%w: stored index was embedded with %s/%d, now %s/%d", errIncompatible, s.Embedder, s.Dim, emb.Name, emb.Dim)
	}
	if err := s.check(); err != nil {
		return nil, fmt.Errorf("%w: stored index is inconsistent (%v)", errIncompatible, err)
	}
	return &s, nil
}

// checksumOK reports whether data ends with the CRC-32C of what precedes it.
func checksumOK(data []byte) bool {
	if len(data) < checksumBytes {
		return false
	}
	body, sum := data[:len(data)-checksumBytes], data[len(data)-checksumBytes:]
	return binary.BigEndian.Uint32(sum) == crc32.Checksum(body, castagnoli)
}

// check reports the first chunk of s that does not fit its document or
// whose vector is not of the index's dimension.
func (s *stored) check() error {
	seen := make(map[string]bool, len(s.Docs))
	for _, d := range s.Docs {
		if d == nil || d.Path == "" || seen[d.Path] || len(d.Pieces) == 0 {
			return errors.New("a document is missing, repeated or empty")
		}
		seen[d.Path] = true
		for i, p := range d.Pieces {
			if p.Start < 0 || p.Start >= p.End || p.End > len(d.Text) {
				return fmt.Errorf("%s chunk %d spans %d-%d of %d bytes", d.Path, i+1, p.Start, p.End, len(d.Text))
			}
			if len(p.Vec) != s.Dim {
				return fmt.Errorf("%s chunk %d has a vector of %d dimensions, want %d", d.Path, i+1, len(p.Vec), s.Dim)
			}
		}
	}
	return nil
}

// save writes s to dir atomically: into a temporary file that is synced and
// then renamed over the old index, so a crash leaves the old index whole.
func save(dir string, s *stored) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create data dir: %w", err)
	}
	removeStale(dir)
	err := writeAtomic(filepath.Join(dir, indexFile), func(w *bufio.Writer) error {
		crc := crc32.New(castagnoli)
		if err := gob.NewEncoder(io.MultiWriter(w, crc)).Encode(s); err != nil {
			return err
		}
		return binary.Write(w, binary.BigEndian, crc.Sum32())
	})
	if err != nil {
		return err
	}
	if err := saveManifest(dir, s); err != nil {
		return fmt.Errorf("%w: %v", errManifest, err)
	}
	return nil
}

// manifestCurrent reports whether the manifest in dir describes s.
func manifestCurrent(dir string, s *stored) bool {
	data, err := os.ReadFile(filepath.Join(dir, manifestFile))
	if err != nil {
		return false
	}
	var m manifest
	if json.Unmarshal(data, &m) != nil || m.Version != s.Version || m.Corpus != s.Corpus || len(m.Docs) != len(s.Docs) {
		return false
	}
	chunks := 0
	for _, d := range s.Docs {
		if m.Docs[d.Path] != d.Hash {
			return false
		}
		chunks += len(d.Pieces)
	}
	return m.Chunks == chunks
}

// saveManifest writes the readable summary of s beside the index.
func saveManifest(dir string, s *stored) error {
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
