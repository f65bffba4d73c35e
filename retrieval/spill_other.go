//go:build !unix

package retrieval

import (
	"errors"
	"os"
)

// textSpill would keep texts out of the heap while indexing; without
// mmap they stay in the heap.
type textSpill struct{ budget int }

// newTextSpill returns nil: texts stay in the heap.
func newTextSpill(dir string) *textSpill { return nil }

// keep returns s.
func (sp *textSpill) keep(s string) string { return s }

// close does nothing.
func (sp *textSpill) close(used bool) {}

// release does nothing.
func (sp *textSpill) release() {}

// spilling reports false: nothing is spilled.
func (sp *textSpill) spilling() bool { return false }

// tempFile fails: it is called only when spilling.
func (sp *textSpill) tempFile() (*os.File, error) { return nil, errors.ErrUnsupported }

// keepFile fails: it is called only when spilling.
func (sp *textSpill) keepFile(f *os.File, n int) ([]byte, error) { return nil, errors.ErrUnsupported }

// expect does nothing.
func (sp *textSpill) expect(n int64) {}
