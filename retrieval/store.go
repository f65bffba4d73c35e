package retrieval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

const (
	indexFile    = "index.gob" // the name predates version 4, whose file is not a gob
	manifestFile = "manifest.json"
	corruptFile  = "index.corrupt" // says that the index file was found damaged
)

// errManifest marks a save whose index was written but whose manifest (the
// readable summary) was not: the index is usable, and the next Open
// writes the manifest again.
var errManifest = errors.New("manifest not written")

// stored is the persisted index: its state and what it was made with.
type stored struct {
	Version  int
	Pipeline string // pipelineFingerprint of the code that made it
	Embedder string
	Corpus   string
	st       *state
	release  func() // nil, or called after the texts are written (textSpill.release)
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

// load maps the stored index in dir. A missing index is (nil, nil); an
// unreadable, altered, inconsistent or incompatible one (other format,
// text pipeline or embedder) is an error wrapping errIncompatible, so the
// caller rebuilds it: the footer's checksum must match, and so must the
// block sums of every section read on opening (or of every block when
// all), and its tables must agree with each other (every chunk inside its
// document's text, ...). An index that an earlier run found damaged
// (corruptFile) is rebuilt too. The structures of the state returned are
// read in place from the mapping, which stays mapped for the life of the
// process; the blocks of the texts and postings are checked as they are
// first used, and a damaged one is recorded in dir.
func load(dir string, emb Embedder, pipeline string, all bool) (*stored, error) {
	f, err := os.Open(filepath.Join(dir, indexFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	data, err := mapFile(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	if why := foundCorrupt(dir, data); why != "" {
		unmapFile(data)
		return nil, &damagedEarlier{why: why}
	}
	s, err := decode(data, emb, pipeline, all)
	if err != nil {
		unmapFile(data)
		return nil, err
	}
	s.st.sums.found = func(err *CorruptError) { markCorrupt(dir, data, err) }
	return s, nil
}

// damagedEarlier is load's error for an index whose damage an earlier run
// recorded: it says so (Report.Rebuilt shows it), and keeps where the
// damage was for the log.
type damagedEarlier struct{ why string }

func (e *damagedEarlier) Error() string {
	return errIncompatible.Error() + ": stored index was found altered or damaged by an earlier run"
}

func (e *damagedEarlier) Unwrap() error { return errIncompatible }

// decode reads a stored index from the bytes of its file, checking every
// block when all.
func decode(data []byte, emb Embedder, pipeline string, all bool) (*stored, error) {
	secs, bs, err := sections(data)
	if err != nil {
		return nil, err
	}
	if err := verifySections(secs, bs, all); err != nil {
		return nil, fmt.Errorf("%w: stored %v", errIncompatible, err) // "stored index corrupt: ..."
	}
	var m fileMeta
	if err := json.Unmarshal(secs[secMeta], &m); err != nil {
		return nil, fmt.Errorf("%w: stored index is unreadable (%v)", errIncompatible, err)
	}
	switch {
	case m.Pipeline != pipeline:
		return nil, fmt.Errorf("%w: stored index was made by another version of the text pipeline", errIncompatible)
	case m.Embedder != emb.Name || (emb.Dim != 0 && m.Dim != emb.Dim):
		return nil, fmt.Errorf("%w: stored index was embedded with %s/%d, now %s/%d", errIncompatible, m.Embedder, m.Dim, emb.Name, emb.Dim)
	case m.Vectors == emb.Local:
		return nil, fmt.Errorf("%w: stored index was embedded with %s/%d, now %s/%d", errIncompatible, m.Embedder, m.Dim, emb.Name, emb.Dim)
	}
	st, err := readState(secs, bs, m)
	if err != nil {
		return nil, fmt.Errorf("%w: stored index is inconsistent (%v)", errIncompatible, err)
	}
	return &stored{Version: storeVersion, Pipeline: m.Pipeline, Embedder: m.Embedder, Corpus: m.Corpus, st: st}, nil
}

// markCorrupt records in dir that the index file data was found damaged,
// and why, so that the next load rebuilds it. It names the file by its
// size and footer checksum: a newer index saved meanwhile is not affected.
func markCorrupt(dir string, data []byte, why *CorruptError) {
	note := fmt.Sprintf("%s\n%s\n", fileIdentity(data), why.Where())
	_ = writeAtomic(filepath.Join(dir, corruptFile), func(w *bufio.Writer) error {
		_, err := w.WriteString(note)
		return err
	})
}

// foundCorrupt returns why an earlier run found the index file data
// damaged, or "" when none did.
func foundCorrupt(dir string, data []byte) string {
	note, err := os.ReadFile(filepath.Join(dir, corruptFile))
	if err != nil {
		return ""
	}
	id, why, _ := strings.Cut(strings.TrimSpace(string(note)), "\n")
	if id != fileIdentity(data) {
		return ""
	}
	return why
}

// fileIdentity names an index file by its size and footer checksum.
func fileIdentity(data []byte) string {
	if len(data) < 4 {
		return fmt.Sprint(len(data))
	}
	return fmt.Sprintf("%d %x", len(data), data[len(data)-4:])
}

// save writes s to dir atomically: into a temporary file that is synced and
// then renamed over the old index, so a crash leaves the old index whole.
// The sections are streamed: saving needs no copy of the index in memory.
func save(dir string, s *stored) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create data dir: %w", err)
	}
	removeStale(dir)
	err := writeAtomic(filepath.Join(dir, indexFile), func(w *bufio.Writer) error { return writeState(w, s) })
	if err != nil {
		return err
	}
	os.Remove(filepath.Join(dir, corruptFile)) // it named the file replaced
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
	if json.Unmarshal(data, &m) != nil || m.Version != s.Version || m.Corpus != s.Corpus || len(m.Docs) != len(s.st.docs) {
		return false
	}
	for _, d := range s.st.docs {
		if m.Docs[d.Path] != d.Hash {
			return false
		}
	}
	return m.Chunks == len(s.st.chunks)
}

// saveManifest writes the readable summary of s beside the index.
func saveManifest(dir string, s *stored) error {
	m := manifest{Version: s.Version, Embedder: s.Embedder, Dim: s.st.dim, Corpus: s.Corpus,
		Saved: time.Now().UTC(), Docs: make(map[string]string, len(s.st.docs)), Chunks: len(s.st.chunks)}
	for _, d := range s.st.docs {
		m.Docs[d.Path] = d.Hash
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
