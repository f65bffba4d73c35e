//go:build unix

package retrieval

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// mapFile maps the whole of f read-only. The mapping is never unmapped:
// strings that searches return point into it, so it lives as long as the
// process. The index never writes to a file it mapped (saves go to a new
// file renamed over it), so the mapping stays what was read.
func mapFile(f *os.File) ([]byte, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := st.Size()
	if size == 0 {
		return []byte{}, nil
	}
	if size != int64(int(size)) {
		return nil, fmt.Errorf("index of %d bytes is too large to map", size)
	}
	data, err := unix.Mmap(int(f.Fd()), 0, int(size), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, fmt.Errorf("map index: %w", err)
	}
	return data, nil
}

// unmapFile releases a mapping of mapFile that nothing refers to.
func unmapFile(data []byte) {
	if len(data) > 0 {
		unix.Munmap(data)
	}
}
