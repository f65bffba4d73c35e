package main

import (
	"math"
	"os"
	"runtime/debug"

	"github.com/citebot/citebot/ingest"
)

// Indexing keeps its live heap at a fraction of the corpus's size (the
// chunk table, the vocabulary and a bounded part of the postings; the
// texts and the postings built are spilled to the data dir), and Go's
// collector lets the heap grow to twice the live size before it runs. A
// soft memory limit a little above the live heap makes it run before
// that, at little cost in CPU (BENCHMARKS.md, "Indexing: memory" and
// "Indexing: memory, second round"): indexMemBase plus indexMemPerByte
// times the bytes of the files to index (those ingest lists: not, say, a
// large file of another type in the folder), above the live heaps
// measured at 50 and 200 MB (30 and 56 MB). It is set only for the local
// embedder: another's stored vectors can make the live heap many times
// the text, and a limit below the live heap would make the collector run
// all the time.
const (
	indexMemBase    = 40 << 20
	indexMemPerByte = 0.3
)

// limitIndexMemory sets the soft memory limit for indexing the corpus
// folder dir, unless one is set already (GOMEMLIMIT) or dir cannot be
// listed, and returns the function that restores the previous limit.
func limitIndexMemory(dir string) (restore func()) {
	prev := debug.SetMemoryLimit(-1)
	if prev != math.MaxInt64 || dir == "" {
		return func() {}
	}
	files, _, err := ingest.Walk(os.DirFS(dir))
	if err != nil {
		return func() {}
	}
	var size int64
	for _, f := range files {
		size += f.Size
	}
	debug.SetMemoryLimit(indexMemBase + int64(indexMemPerByte*float64(size)))
	return func() { debug.SetMemoryLimit(prev) }
}
