//go:build unix

package retrieval

import (
	"os"
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
}
