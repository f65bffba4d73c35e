package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestIndexMemoryLimit: the limit follows the size the listing gives and
// restore puts the previous one back; one set already (GOMEMLIMIT) is left.
func TestIndexMemoryLimit(t *testing.T) {
	prev := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(prev)
	debug.SetMemoryLimit(math.MaxInt64)
	set, restore := indexMemoryLimit()
	set(100 << 20)
	if got := debug.SetMemoryLimit(-1); got != indexMemLimit(100<<20) || got <= indexMemBase {
		t.Errorf("limit %d for 100 MiB, want %d", got, indexMemLimit(100<<20))
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("restored limit %d", got)
	}
	debug.SetMemoryLimit(1 << 30)
	set, restore = indexMemoryLimit()
	set(100 << 20)
	restore()
	if got := debug.SetMemoryLimit(-1); got != 1<<30 {
		t.Errorf("a limit set already became %d", got)
	}
}
