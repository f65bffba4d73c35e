package main

import (
	"io/fs"
	"math"
	"path/filepath"
	"runtime/debug"
)

// Indexing keeps its live heap at about the corpus's size (the postings,
// vocabulary and chunk table being built; the texts are spilled to the
// data dir), and Go's collector lets the heap grow to twice the live
// size before it runs. A soft memory limit a little above the live heap
// makes it run before that, at almost no cost in CPU (BENCHMARKS.md,
// "Indexing: memory"): indexMemBase plus indexMemPerByte times the
// corpus's bytes, over the live heaps measured at 50 and 200 MB
// (1.3 and 1.1 times the corpus). It is set only for the local embedder:
// another's stored vectors can make the live heap many times the text,
// and a limit below the live heap would make the collector run all the
// time.
const (
	indexMemBase    = 64 << 20
	indexMemPerByte = 1.25
)

// limitIndexMemory sets the soft memory limit for indexing the corpus
// folder dir, unless one is set already (GOMEMLIMIT) or dir cannot be
// walked, and returns the function that restores the previous limit.
func limitIndexMemory(dir string) (restore func()) {
	prev := debug.SetMemoryLimit(-1)
	if prev != math.MaxInt64 || dir == "" {
		return func() {}
	}
	var size int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return nil
		}
		if info, err := d.Info(); err == nil {
			size += info.Size()
		}
		return nil
	})
	if err != nil {
		return func() {}
	}
	debug.SetMemoryLimit(indexMemBase + int64(indexMemPerByte*float64(size)))
	return func() { debug.SetMemoryLimit(prev) }
}
