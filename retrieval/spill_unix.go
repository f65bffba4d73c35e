//go:build unix

package retrieval

import (
	"os"
	"strconv"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

// spillSegment is how much of the spill file one mapping covers; a text
// longer than that stays in the heap.
const spillSegment = 1 << 30

// spillAfter is how many bytes of text an update keeps in the heap before
// it spills the rest: an incremental refresh of a few changed files (the
// watchers of chat, discord and index --watch) then never creates a spill
// file, whose space and mapping would last as long as the process. An
// update that reads more than that spills every text (expect).
const spillAfter = 8 << 20

// textSpill keeps the texts of parsed documents out of the Go heap while
// an index is built (the heap's live size sets its garbage collector's
// headroom): each text is written to a temporary file in the data dir,
// unlinked as soon as it is created, so that nothing is left behind on
// success, failure or crash, and read back through a read-only mapping of
// that file. The mappings are never unmapped: the index built refers to
// the texts, as one read from disk refers to its file; the file's space is
// freed when the process exits. A text that cannot be spilled (no data
// dir, a write error, a full disk) stays in the heap. Safe for concurrent
// use.
type textSpill struct {
	dir string

	heapLeft int // bytes of text still kept in the heap before spilling starts
	budget   int // postingsBudget, but in tests

	mu    sync.Mutex
	f     *os.File
	segs  [][]byte // the mappings, each cut to the bytes written; the last is being filled
	files [][]byte // the mappings of keepFile
	seg   []byte   // the whole mapping being filled
	off   int64    // its offset in f
	used  int      // bytes of seg written
	err   error    // the first failure: nothing more is spilled
}

// newTextSpill returns a spill in dir, or nil (texts stay in the heap)
// when dir is "" or mappings cannot be large.
func newTextSpill(dir string) *textSpill {
	if dir == "" || strconv.IntSize < 64 {
		return nil
	}
	return &textSpill{dir: dir, heapLeft: spillAfter, budget: postingsBudget}
}

// keep returns a string equal to s, read from the spill when s could be
// written to it, or s itself (also for the first spillAfter bytes).
func (sp *textSpill) keep(s string) string {
	if sp == nil || len(s) == 0 || len(s) > spillSegment {
		return s
	}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	if len(s) <= sp.heapLeft {
		sp.heapLeft -= len(s)
		return s
	}
	sp.heapLeft = 0
	if sp.err == nil && (sp.seg == nil || sp.used+len(s) > spillSegment) {
		sp.err = sp.next()
	}
	if sp.err != nil {
		return s
	}
	if _, err := sp.f.WriteAt(unsafe.Slice(unsafe.StringData(s), len(s)), sp.off+int64(sp.used)); err != nil {
		sp.err = err
		return s
	}
	out := unsafe.String(&sp.seg[sp.used], len(s))
	sp.used += len(s)
	sp.segs[len(sp.segs)-1] = sp.seg[:sp.used]
	return out
}

// expect tells the spill how many bytes of files are about to be read:
// when they are more than spillAfter, every text is spilled, from the
// first (a large update: the first ones would only stay in the heap).
func (sp *textSpill) expect(n int64) {
	if sp == nil || n <= spillAfter {
		return
	}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	sp.heapLeft = 0
}

// spilling reports whether texts went to the spill file: a large update,
// whose other bulky structures are worth keeping out of the heap too.
func (sp *textSpill) spilling() bool {
	if sp == nil {
		return false
	}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	return sp.f != nil
}

// tempFile creates a temporary file in the spill's dir, unlinked at once
// as the spill file is: its space is freed when it is closed and no
// longer mapped.
func (sp *textSpill) tempFile() (*os.File, error) { return unlinkedTemp(sp.dir, spillBuildPrefix) }

// unlinkedTemp creates a file named prefix* in dir and unlinks it at once:
// nothing is left behind on success or failure, and only a crash between
// the two leaves it (OwnsFile names it for `citebot data clean`).
func unlinkedTemp(dir, prefix string) (*os.File, error) {
	f, err := os.CreateTemp(dir, prefix+"*")
	if err != nil {
		return nil, err
	}
	os.Remove(f.Name())
	return f, nil
}

// keepFile maps the first n bytes of f, a tempFile, read-only, for as long
// as the spill's texts are: release drops their pages too.
func (sp *textSpill) keepFile(f *os.File, n int) ([]byte, error) {
	if n == 0 {
		return []byte{}, nil
	}
	m, err := unix.Mmap(int(f.Fd()), 0, n, unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, err
	}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	sp.files = append(sp.files, m)
	return m, nil
}

// next maps the next segment of the spill file, creating the file first.
func (sp *textSpill) next() error {
	if sp.f == nil {
		if err := os.MkdirAll(sp.dir, 0o755); err != nil {
			return err
		}
		f, err := unlinkedTemp(sp.dir, spillTextsPrefix)
		if err != nil {
			return err
		}
		sp.f = f
	} else {
		sp.off += spillSegment
	}
	seg, err := unix.Mmap(int(sp.f.Fd()), sp.off, spillSegment, unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return err
	}
	sp.segs = append(sp.segs, seg[:0])
	sp.seg, sp.used = seg, 0
	return nil
}

// close ends the spill: nothing more is written to it. When used is false
// (nothing refers to its texts: the update failed) its mappings are
// released too, and with them the file's space.
func (sp *textSpill) close(used bool) {
	if sp == nil {
		return
	}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	if sp.f != nil {
		sp.f.Close()
	}
	sp.err = os.ErrClosed
	if !used {
		for _, s := range sp.segs {
			unix.Munmap(s[:cap(s)])
		}
		for _, m := range sp.files {
			unix.Munmap(m)
		}
		sp.segs, sp.files = nil, nil
	}
	sp.seg = nil
}

// release drops the pages of the spilled texts from the process's memory:
// they stay in the file (and the page cache), and are read again when
// used. Indexing calls it after each pass over the texts, so that they
// are not all resident at once. Safe to call at any time, even after
// close.
func (sp *textSpill) release() {
	if sp == nil {
		return
	}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	for _, s := range sp.segs {
		if len(s) > 0 {
			unix.Madvise(s[:len(s)+(-len(s))&(os.Getpagesize()-1)], unix.MADV_DONTNEED)
		}
	}
	for _, m := range sp.files {
		unix.Madvise(m, unix.MADV_DONTNEED)
	}
}
