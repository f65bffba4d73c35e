package main

import (
	"math"
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
