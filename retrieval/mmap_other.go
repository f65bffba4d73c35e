//go:build !unix

package retrieval

import (
	"io"
	"os"
)

// mapFile reads the whole of f: on systems without mmap the index is read
// in one piece instead of mapped.
func mapFile(f *os.File) ([]byte, error) { return io.ReadAll(f) }

// unmapFile does nothing: the garbage collector frees what mapFile read.
func unmapFile([]byte) {}
