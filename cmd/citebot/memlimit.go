package main

import (
	"math"
	"runtime/debug"
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

// indexMemoryLimit returns the function that sets the soft memory limit
// for indexing a corpus of size bytes (retrieval.Options.Listed gives the
// size its listing read), unless one is set already (GOMEMLIMIT), and the
// function that restores the previous limit.
func indexMemoryLimit() (set func(size int64), restore func()) {
	prev := debug.SetMemoryLimit(-1)
	if prev != math.MaxInt64 {
		return func(int64) {}, func() {}
	}
	return func(size int64) { debug.SetMemoryLimit(indexMemLimit(size)) }, func() { debug.SetMemoryLimit(prev) }
}

// indexMemLimit is the soft memory limit for indexing size bytes.
func indexMemLimit(size int64) int64 { return indexMemBase + int64(indexMemPerByte*float64(size)) }
