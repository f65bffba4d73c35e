package retrieval

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unsafe"

	"github.com/citebot/citebot"
)

// blocksIndex builds the index of a corpus of several blocks and returns
// the corpus and the index file's bytes.
// Its sentences draw on many words, so that the postings span blocks too.
func blocksIndex(t *testing.T) (Corpus, []byte) {
	t.Helper()
	rng := rand.New(rand.NewSource(7))
	fsys := fstest.MapFS{}
	for i := range 36 {
		var b strings.Builder
		for b.Len() < 12<<10 {
			for w := range 12 {
				if w > 0 {
					b.WriteByte(' ')
				}
				n := rng.Intn(20000)
				b.WriteString(string(rune('a'+n%26)) + string(rune('a'+n/26%26)) + string(rune('a'+n/676%26)) + "ex")
			}
			b.WriteString(".\n\n")
		}
		fsys[fmt.Sprintf("d%02d.txt", i)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	c := Corpus{FS: fsys, Name: "synth"}
	data := t.TempDir()
	if _, _, err := Open(context.Background(), c, shared(Options{DataDir: data})); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(data, indexFile))
	if err != nil {
		t.Fatal(err)
	}
	return c, raw
}

// damaged writes raw, with the byte at flipped by mask, as the index of a
// new data folder, and returns the folder.
func damaged(t *testing.T, raw []byte, at int, mask byte) string {
	t.Helper()
	data := t.TempDir()
	raw = bytes.Clone(raw)
	raw[at] ^= mask
	if err := os.WriteFile(filepath.Join(data, indexFile), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return data
}

// TestDamagedIndex: the checks of the blocks of a stored index.
func TestDamagedIndex(t *testing.T) {
	c, raw := blocksIndex(t)
	t.Run("text", func(t *testing.T) { testDamagedText(t, c, raw) })
	t.Run("postings", func(t *testing.T) { testDamagedPostings(t, c, raw) })
	t.Run("verify", func(t *testing.T) { testVerify(t, c, raw) })
	t.Run("update", func(t *testing.T) { testDamagedUpdate(t, c, raw) })
	t.Run("touch", func(t *testing.T) { testDamagedTouch(t, c, raw) })
	t.Run("format 4", func(t *testing.T) { testOlderFormat(t, c, raw, 4) })
	t.Run("previous format", func(t *testing.T) { testOlderFormat(t, c, raw, storeVersion-1) })
}

// innerBlock returns the offset in raw of the middle of a block that holds
// bytes of section id only, so that opening does not check it.
func innerBlock(t *testing.T, raw []byte, id uint32) int {
	t.Helper()
	secs, _, err := sections(raw)
	if err != nil {
		t.Fatal(err)
	}
	s := secs[id]
	off := int(uintptr(unsafe.Pointer(&s[0])) - uintptr(unsafe.Pointer(&raw[0])))
	b := (off + blockSize - 1) / blockSize
	if (b+1)*blockSize > off+len(s) {
		t.Fatalf("section %d (%d bytes) has no block of its own", id, len(s))
	}
	return b*blockSize + blockSize/2
}

func reopen(t *testing.T, c Corpus, data string, opts Options) (*Index, Report) {
	t.Helper()
	opts.DataDir = data
	ix, rep, err := Open(context.Background(), c, shared(opts))
	if err != nil {
		t.Fatal(err)
	}
	return ix, rep
}

// testDamagedText: a byte of a document's text damaged on disk
// is not read by Open (it checks the blocks of the small tables only), but
// the document's text is checked before any use: Text, Chunk and Search
// fail with ErrCorrupt instead of serving it, and the next Open rebuilds
// the index with a note.
func testDamagedText(t *testing.T, c Corpus, raw []byte) {
	data := damaged(t, raw, innerBlock(t, raw, secTexts), 0x20)
	ix, rep := reopen(t, c, data, Options{})
	if rep.Rebuilt != "" {
		t.Fatalf("Open read the texts: %+v", rep)
	}
	bad := 0
	served := map[string]string{}
	for _, s := range ix.Sources() {
		txt, err := ix.Text(s.Path)
		switch {
		case errors.Is(err, ErrCorrupt):
			bad++
			if _, err := ix.Chunk(citebot.ChunkID(s.ID, 1)); !errors.Is(err, ErrCorrupt) {
				t.Errorf("Chunk of a damaged text: %v", err)
			}
			if _, err := ix.FindQuote("the", 3); !errors.Is(err, ErrCorrupt) {
				t.Errorf("FindQuote over a damaged text: %v", err)
			}
		case err != nil:
			t.Fatal(err)
		default:
			served[s.Path] = txt
		}
	}
	if bad == 0 {
		t.Fatal("no document's text was found damaged")
	}
	if _, err := os.Stat(filepath.Join(data, corruptFile)); err != nil {
		t.Fatalf("the damage was not recorded: %v", err)
	}
	ix, rep = reopen(t, c, data, Options{})
	if !strings.Contains(rep.Rebuilt, "altered") || !rep.Saved {
		t.Fatalf("the damaged index was used again: %+v", rep)
	}
	if strings.Contains(rep.Rebuilt, "block") {
		t.Errorf("the rebuild note names the block (that is for the log): %q", rep.Rebuilt)
	}
	for _, s := range ix.Sources() {
		txt, err := ix.Text(s.Path)
		if err != nil {
			t.Errorf("rebuilt index: %v", err)
		} else if old, ok := served[s.Path]; ok && old != txt {
			t.Errorf("%s: the damaged index served a text that differs from the rebuilt one", s.Path)
		}
	}
	if _, rep = reopen(t, c, data, Options{}); rep.Rebuilt != "" {
		t.Errorf("the rebuilt index was rebuilt again: %+v", rep)
	}
}

// testDamagedPostings: a search whose term's postings lie in a
// damaged block fails with ErrCorrupt instead of ranking from them.
func testDamagedPostings(t *testing.T, c Corpus, raw []byte) {
	at := innerBlock(t, raw, secPostings)
	data := damaged(t, raw, at, 0x01)
	ix, rep := reopen(t, c, data, Options{})
	if rep.Rebuilt != "" {
		t.Fatalf("Open read the postings: %+v", rep)
	}
	st := ix.state()
	secs, _, _ := sections(raw)
	rel := uint32(at - int(uintptr(unsafe.Pointer(&secs[secPostings][0]))-uintptr(unsafe.Pointer(&raw[0]))))
	term := ""
	for i := 0; i+1 < len(st.bm.offs); i++ {
		if st.bm.offs[i] <= rel && rel < st.bm.offs[i+1] {
			term = st.bm.terms.at(i)
		}
	}
	q := Query{Terms: []string{term}, K: 5}
	if _, err := ix.Hybrid(context.Background(), q); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("search for %q over damaged postings: %v", term, err)
	}
	if _, rep = reopen(t, c, data, Options{}); !strings.Contains(rep.Rebuilt, "altered") {
		t.Fatalf("the damaged index was used again: %+v", rep)
	}
}

// testVerify: with Options.Verify, Open checks every block
// and rebuilds an index damaged where it would not otherwise look.
func testVerify(t *testing.T, c Corpus, raw []byte) {
	data := damaged(t, raw, innerBlock(t, raw, secTexts), 0x20)
	if _, rep := reopen(t, c, data, Options{Verify: true}); !strings.Contains(rep.Rebuilt, "altered") || !rep.Saved {
		t.Fatalf("a damaged index passed Verify: %+v", rep)
	}
	if _, rep := reopen(t, c, data, Options{Verify: true}); rep.Rebuilt != "" {
		t.Fatalf("an intact index failed Verify: %+v", rep)
	}
}

// testOlderFormat: an index of an older format v (4: one checksum for
// the whole file; 5: a separate flags field a chunk) is rebuilt with a
// note naming it.
func testOlderFormat(t *testing.T, c Corpus, raw []byte, v byte) {
	data := t.TempDir()
	if err := os.WriteFile(filepath.Join(data, indexFile), append([]byte{'c', 'i', 't', 'e', 'b', 'o', 't', v, v}, raw[9:]...), 0o644); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("format %d, this citebot writes %d", v, storeVersion)
	if _, rep := reopen(t, c, data, Options{}); !strings.Contains(rep.Rebuilt, want) || !rep.Saved {
		t.Fatalf("a format %d index was not rebuilt with a note %q: %+v", v, want, rep)
	}
}

// testDamagedUpdate: when files changed, the update reads every document
// of the stored index; a damaged block found then makes Open build anew,
// instead of failing or carrying damaged text into the new index.
func testDamagedUpdate(t *testing.T, c Corpus, raw []byte) {
	data := damaged(t, raw, innerBlock(t, raw, secTexts), 0x20)
	fsys := fstest.MapFS{}
	maps.Copy(fsys, c.FS.(fstest.MapFS))
	fsys["new.txt"] = &fstest.MapFile{Data: []byte(prose("canals", 2))}
	var log bytes.Buffer
	p := BM25{K1: 0.9, B: 0.3}
	ix, rep := reopen(t, Corpus{FS: fsys, Name: c.Name}, data, Options{Logger: slog.New(slog.NewTextHandler(&log, nil)), BM25: p})
	if !strings.Contains(rep.Rebuilt, "altered") || !rep.Saved || len(rep.Added) != len(fsys) {
		t.Fatalf("not rebuilt: %+v", rep)
	}
	// the index built anew is configured as the one Open began with
	if ix.syn == nil || ix.bm25 != p || ix.graphs.dir != data || ix.graphs.min < 0 {
		t.Errorf("rebuilt index lost its options: synonyms %v, BM25 %v, graphs %+v", ix.syn != nil, ix.bm25, ix.graphs)
	}
	if strings.Contains(rep.Rebuilt, "block") || !strings.Contains(log.String(), "block") {
		t.Errorf("the user's note %q should say what happened and the log %q where", rep.Rebuilt, log.String())
	}
	for _, s := range ix.Sources() {
		if _, err := ix.Text(s.Path); err != nil {
			t.Errorf("rebuilt index: %v", err)
		}
	}
}

// testDamagedTouch: a touched file (new time, same bytes) makes Open save
// the stored texts again; a damaged block found then makes Open build
// anew, instead of saving the damaged text under fresh checksums.
func testDamagedTouch(t *testing.T, c Corpus, raw []byte) {
	data := damaged(t, raw, innerBlock(t, raw, secTexts), 0x20)
	fsys := fstest.MapFS{}
	for p, f := range c.FS.(fstest.MapFS) {
		g := *f
		g.ModTime = time.Now().Add(-time.Hour).Truncate(time.Second)
		fsys[p] = &g
	}
	ix, rep := reopen(t, Corpus{FS: fsys, Name: c.Name}, data, Options{})
	if !strings.Contains(rep.Rebuilt, "altered") || !rep.Saved {
		t.Fatalf("not rebuilt: %+v", rep)
	}
	for _, s := range ix.Sources() {
		if _, err := ix.Text(s.Path); err != nil {
			t.Errorf("rebuilt index: %v", err)
		}
	}
}

// TestStoredLayout: the stored format reads the chunk table in place, so
// chunkEntry's size is part of it; a change here needs a new storeVersion.
func TestStoredLayout(t *testing.T) {
	if n := unsafe.Sizeof(chunkEntry{}); n != 28 || storeVersion != 6 {
		t.Errorf("chunkEntry is %d bytes in format %d: 28 in format 6; bump storeVersion with the layout", n, storeVersion)
	}
}
