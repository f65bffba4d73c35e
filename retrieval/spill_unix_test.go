//go:build unix

package retrieval

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"
)

func TestTextSpill(t *testing.T) {
	dir := t.TempDir()
	sp := newTextSpill(dir)
	sp.heapLeft = 0 // spill from the first text
	texts := []string{"first text", strings.Repeat("long text. ", 5000), "", "last"}
	var kept []string
	for _, s := range texts {
		kept = append(kept, sp.keep(s))
	}
	if sp.err != nil || len(sp.segs) != 1 || unsafe.StringData(kept[1]) == unsafe.StringData(texts[1]) {
		t.Fatalf("not spilled: err %v, %d mappings", sp.err, len(sp.segs))
	}
	sp.release()
	sp.close(true)
	for i, s := range texts {
		if kept[i] != s {
			t.Errorf("text %d: kept %q, want %q", i, kept[i][:min(20, len(kept[i]))], s[:min(20, len(s))])
		}
	}
	if got := sp.keep("after close"); got != "after close" {
		t.Errorf("keep after close = %q", got)
	}
	sp.release() // still safe; the texts are read again
	if kept[1] != texts[1] {
		t.Error("text changed after release")
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("spill left %d files in the data dir", len(ents))
	}
	var none *textSpill
	if none.keep("x") != "x" {
		t.Error("a nil spill changed a text")
	}
	none.release()
	none.close(false)
}

// TestTextSpillSmallUpdate checks that an update of less than spillAfter
// bytes of text (a watcher's refresh of a few files) creates no spill file.
func TestTextSpillSmallUpdate(t *testing.T) {
	sp := newTextSpill(t.TempDir())
	for range 10 {
		sp.keep(strings.Repeat("a changed file. ", 1000))
	}
	sp.close(true)
	if sp.f != nil || len(sp.segs) != 0 {
		t.Errorf("a small update spilled: file %v, %d mappings", sp.f != nil, len(sp.segs))
	}
	large := newTextSpill(t.TempDir())
	large.expect(spillAfter + 1)
	large.keep("the first text of a large update")
	if !large.spilling() {
		t.Error("a large update kept its first text in the heap")
	}
	large.close(true)
}

// TestSpilledBuild checks that a build whose texts are spilled, and whose
// postings therefore go out in segments merged at the end, stores the
// same index as one built in the heap, leaving no file behind; and so
// does one whose postings cannot be spilled (the data dir is gone), built
// in the heap instead.
func TestSpilledBuild(t *testing.T) {
	t.Run("spilled", func(t *testing.T) { testSpilledBuild(t, false) })
	t.Run("no room", func(t *testing.T) { testSpilledBuild(t, true) })
}

func testSpilledBuild(t *testing.T, noRoom bool) {
	files := map[string]string{}
	for i, topic := range []string{"rivers", "bridges", "canals", "harbours", "railways", "tunnels"} {
		files[fmt.Sprintf("d%d.txt", i)] = prose(topic, 4+i)
	}
	dir := writeCorpus(t, files)
	c := Corpus{FS: os.DirFS(dir), Name: dir}
	heap := t.TempDir()
	openDir(t, dir, heap, Options{})
	spilled := t.TempDir()
	ix := NewIndex(Embedder{})
	sp := newTextSpill(spilled)
	sp.heapLeft, sp.budget = 0, 512 // spill every text; a segment every block
	ix.spill = sp
	sp.keep("a text spilled, as a large update's are") // Sync itself keeps the texts in the heap
	mapped := 1
	if noRoom {
		sp.dir, mapped = filepath.Join(spilled, "gone"), 0 // no temporary file can be created there
	}
	if _, err := Sync(context.Background(), c, ix, Options{}); err != nil {
		t.Fatal(err)
	}
	if !sp.spilling() || len(sp.files) != mapped {
		t.Fatalf("postings not spilled: %d files mapped", len(sp.files))
	}
	sp.close(true)
	s := ix.snapshot(dir)
	s.release = sp.release
	if err := save(spilled, s); err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(filepath.Join(heap, indexFile))
	got, _ := os.ReadFile(filepath.Join(spilled, indexFile))
	if len(want) == 0 || !bytes.Equal(got, want) {
		t.Errorf("spilled build stored %d bytes, the heap's %d: not the same", len(got), len(want))
	}
	if ents, _ := os.ReadDir(spilled); len(ents) != 2 {
		t.Errorf("%d files in the data dir, want the index and its manifest", len(ents))
	}
}
