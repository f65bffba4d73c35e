package ingest

import (
	"errors"
	"runtime"
	"strings"
	"testing"
)

// TestPDFBombIsRefused checks that PDFs whose small compressed pages hold
// megabytes of text are refused before their pages are read, without
// allocating much more than the decompression needs.
func TestPDFBombIsRefused(t *testing.T) {
	pages := func(n, size int) [][]byte {
		var ps [][]byte
		for range n {
			ps = append(ps, textPage(strings.Repeat("word ", size/5)))
		}
		return ps
	}
	for _, tt := range []struct {
		name    string
		pdf     []byte
		want    error
		message string
	}{
		{"one 4 MB page", makePDF(pages(1, 4<<20)...), ErrTooComplex, "PDF too complex (page 1 has over 1 MB of content)"},
		{"5 pages of 600 kB", makePDF(pages(5, 600<<10)...), ErrTooComplex, "PDF too complex (its content inflates over 100-fold)"},
		{"5001 pages", makePDF(pages(5001, 10)...), ErrTooLarge, "PDF too large (5001 pages > 5000)"},
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := extract("bomb.pdf", tt.pdf)
		runtime.ReadMemStats(&after)
		if !errors.Is(err, tt.want) || err.Error() != tt.message {
			t.Errorf("%s: err %v, want %q", tt.name, err, tt.message)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
			t.Errorf("%s: %d MB allocated", tt.name, alloc>>20)
		}
	}
}

func TestPDFCompressed(t *testing.T) {
	got, err := extractText("small.pdf", makePDF(textPage("Hello there."), textPage("A second page.")))
	if want := "Hello there.\n\nA second page.\n"; err != nil || got != want {
		t.Errorf("text %q, err %v; want %q", got, err, want)
	}
}
