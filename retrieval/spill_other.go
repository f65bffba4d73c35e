//go:build !unix

package retrieval

// textSpill would keep texts out of the heap while indexing; without
// mmap they stay in the heap.
type textSpill struct{}

// newTextSpill returns nil: texts stay in the heap.
func newTextSpill(dir string) *textSpill { return nil }

// keep returns s.
func (sp *textSpill) keep(s string) string { return s }

// close does nothing.
func (sp *textSpill) close(used bool) {}

// release does nothing.
func (sp *textSpill) release() {}
