package retrieval

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// TestLongWordIndexesFast guards issue 12 item 6: one huge "word" (scraped
// text without spaces) made splitting run-together words quadratic, so
// indexing and every later start took minutes. A 2 MB word must index and
// answer in seconds; the work runs in a goroutine with a deadline so a
// regression fails the test instead of hanging the suite.
func TestLongWordIndexesFast(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes 2 MB of text: run without -short (the race detector makes it too slow to time)")
	}
	word := strings.Repeat("abcdefghij", 2<<20/10)
	fsys := fstest.MapFS{
		"long.txt":  {Data: []byte("Glaciers melt. " + word + " rivers rise.\n")},
		"other.txt": {Data: []byte("Glaciers melt in spring.\n\nRivers rise after rain.\n")},
	}
	done := make(chan error, 1)
	go func() {
		ix, _, err := Open(context.Background(), Corpus{FS: fsys, Name: "long"}, shared(Options{}))
		if err == nil {
			_, err = ix.Search(context.Background(), "glaciers abcdefghij", 5)
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("indexing a corpus with one 2 MB word took over 10 s")
	}
}
