package retrieval

import (
	"errors"
	"fmt"
	"hash/crc32"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

// castagnoli is the table of the CRC-32C that the stored index uses.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// blockSize is the span of a stored index that one stored CRC-32C covers.
const blockSize = 64 << 10

// ErrCorrupt marks a stored index found damaged after Open returned it: a
// block of the file whose bytes no longer have the CRC-32C written with
// them. The operation that met it fails; nothing of the block is used.
// The data folder then records it, so that the next Open rebuilds the
// index (Report.Rebuilt says so).
var ErrCorrupt = errors.New("index corrupt")

// CorruptError is the error a damaged block gives: which block of the
// index file and its bytes. It matches ErrCorrupt (errors.Is).
type CorruptError struct {
	Block      int
	Start, End int // the block's bytes in the index file
}

func (e *CorruptError) Error() string { return fmt.Sprintf("%v: %s", ErrCorrupt, e.Where()) }

// Is reports whether target is ErrCorrupt.
func (e *CorruptError) Is(target error) bool { return target == ErrCorrupt }

// Where says which bytes of the index file were found damaged.
func (e *CorruptError) Where() string {
	return fmt.Sprintf("block %d of the index file (bytes %d-%d) was altered or damaged (checksum mismatch)", e.Block, e.Start, e.End)
}

// blockSums checks the bytes of a mapped index against the CRC-32C of
// each of its blockSize blocks, each block once, when it is first used:
// opening a large index then reads only the blocks it needs (the small
// tables, eagerly) instead of every byte, and a question reads a few more
// (the postings of its terms, the texts of its candidates). It is safe for
// concurrent use. The nil *blockSums (an index built in memory) has
// nothing to check.
type blockSums struct {
	data []byte        // the bytes covered: every byte before the table of sums
	sums []uint32      // sums[i] is the CRC-32C of block i of data; the last may be short
	ok   []atomic.Bool // the blocks found intact so far
	bad  atomic.Bool   // damage was found (and reported to found)

	// found, when not nil, is called once, with the first damage found
	found func(*CorruptError)
}

// newBlockSums checks that sums has one sum per block of data.
func newBlockSums(data []byte, sums []uint32) (*blockSums, error) {
	if len(sums) != (len(data)+blockSize-1)/blockSize {
		return nil, fmt.Errorf("%d block sums for %d bytes", len(sums), len(data))
	}
	return &blockSums{data: data, sums: sums, ok: make([]atomic.Bool, len(sums))}, nil
}

// block returns the bytes of block i.
func (b *blockSums) block(i int) []byte {
	return b.data[i*blockSize : min((i+1)*blockSize, len(b.data))]
}

// verify checks the blocks that hold the n bytes at p, when p points into
// the covered bytes (anything else, such as memory of an index built in
// memory, has nothing to check). It fails, wrapping ErrCorrupt, when one of
// them is damaged.
func (b *blockSums) verify(p unsafe.Pointer, n int) error {
	first, last, ok := b.blocksOf(p, n)
	for i := first; ok && i <= last; i++ {
		if err := b.check(i); err != nil {
			return err
		}
	}
	return nil
}

// blocksOf returns the first and last blocks that hold the n bytes at p;
// false when there are none to check (b is nil, n is 0, or p does not
// point into the covered bytes).
func (b *blockSums) blocksOf(p unsafe.Pointer, n int) (first, last int, ok bool) {
	if b == nil || n <= 0 || len(b.data) == 0 {
		return 0, 0, false
	}
	base := uintptr(unsafe.Pointer(unsafe.SliceData(b.data)))
	if uintptr(p) < base || uintptr(p)-base >= uintptr(len(b.data)) {
		return 0, 0, false
	}
	off := int(uintptr(p) - base)
	return off / blockSize, min((off+n-1)/blockSize, len(b.sums)-1), true
}

// check checks block i unless it was found intact before.
func (b *blockSums) check(i int) error {
	if b.ok[i].Load() {
		return nil
	}
	if crc32.Checksum(b.block(i), castagnoli) != b.sums[i] {
		err := &CorruptError{Block: i, Start: i * blockSize, End: min((i+1)*blockSize, len(b.data))}
		if b.bad.CompareAndSwap(false, true) && b.found != nil {
			b.found(err)
		}
		return err
	}
	b.ok[i].Store(true)
	return nil
}

// bytes checks the blocks of s.
func (b *blockSums) bytes(s []byte) error {
	return b.verify(unsafe.Pointer(unsafe.SliceData(s)), len(s))
}

// string checks the blocks of s.
func (b *blockSums) string(s string) error {
	return b.verify(unsafe.Pointer(unsafe.StringData(s)), len(s))
}

// all checks every block.
func (b *blockSums) all() error {
	if b == nil {
		return nil
	}
	list := make([]int, len(b.sums))
	for i := range list {
		list[i] = i
	}
	return b.each(list)
}

// spans checks the blocks of every one of ss.
func (b *blockSums) spans(ss ...[]byte) error {
	var marks []bool // the blocks to check
	for _, s := range ss {
		first, last, ok := b.blocksOf(unsafe.Pointer(unsafe.SliceData(s)), len(s))
		if !ok {
			continue
		}
		if marks == nil {
			marks = make([]bool, len(b.sums))
		}
		for i := first; i <= last; i++ {
			marks[i] = true
		}
	}
	var list []int
	for i, m := range marks {
		if m {
			list = append(list, i)
		}
	}
	return b.each(list)
}

// each checks the blocks of list, in order, each processor a run of
// consecutive ones (their pages are read in as they are summed), and
// returns the first damage found.
func (b *blockSums) each(list []int) error {
	parts := max(1, min(runtime.GOMAXPROCS(0), len(list)/16))
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for p := range parts {
		run := list[p*len(list)/parts : (p+1)*len(list)/parts]
		wg.Go(func() {
			for _, i := range run {
				if errs[p] = b.check(i); errs[p] != nil {
					return
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
