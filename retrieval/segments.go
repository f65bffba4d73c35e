package retrieval

import (
	"bufio"
	"container/heap"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// A large build does not keep all its postings in the heap: whenever the
// lists being built pass postingsBudget bytes, they are written out as a
// sorted segment to a temporary file, and the segments are merged into
// the final postings (postings.go) when the build ends. A segment is, for
// each of its terms in sorted order: uvarint(len(term)), the term,
// uvarint(df), uvarint(last chunk), uvarint(len(list)) and the list, whose
// first gap counts from -1 (as if it were the term's first chunk). The
// merge re-encodes only that first gap, so the result is byte for byte
// what one builder holding every list would have made.

// postingsBudget is about how many bytes of postings being built a large
// build keeps in the heap before writing them out as a segment.
const postingsBudget = 4 << 20

// segmentFile is the temporary file of a build's segments (textSpill's
// tempFile: unlinked once created, so nothing is left behind), closed, and
// its space freed, once they are merged. Not safe for concurrent use.
type segmentFile struct {
	f    *os.File
	w    *bufio.Writer
	off  int64
	segs [][2]int64 // offset and length of each segment
}

// newSegmentFile makes the segment file of a build in f, a new temporary
// file.
func newSegmentFile(f *os.File) *segmentFile {
	return &segmentFile{f: f, w: bufio.NewWriterSize(f, 1<<16)}
}

// close closes the file; its space is freed.
func (sf *segmentFile) close() { sf.f.Close() }

// flush writes the lists of b as one segment and empties b.
func (sf *segmentFile) flush(b *postingsBuilder) error {
	terms := b.sortedTerms()
	start := sf.off
	var h []byte
	for _, t := range terms {
		l := &b.lists[b.index[t]]
		h = binary.AppendUvarint(h[:0], uint64(len(t)))
		h = append(h, t...)
		h = binary.AppendUvarint(h, uint64(l.df))
		h = binary.AppendUvarint(h, uint64(l.last))
		h = binary.AppendUvarint(h, uint64(len(l.buf)))
		if _, err := sf.w.Write(h); err != nil {
			return err
		}
		if _, err := sf.w.Write(l.buf); err != nil {
			return err
		}
		sf.off += int64(len(h) + len(l.buf))
	}
	if err := sf.w.Flush(); err != nil {
		return err
	}
	sf.segs = append(sf.segs, [2]int64{start, sf.off - start})
	b.reset()
	return nil
}

// segCursor reads one segment, a term at a time.
type segCursor struct {
	r    *bufio.Reader
	seg  int // which segment, for ties: lists follow in chunk order
	term []byte
	df   uint64
	last uint64
	list []byte
}

// next reads the next term; io.EOF at the segment's end.
func (c *segCursor) next() error {
	n, err := binary.ReadUvarint(c.r)
	if err != nil {
		return err // io.EOF at a term's boundary: the end
	}
	c.term = resize(c.term, n)
	if _, err := io.ReadFull(c.r, c.term); err != nil {
		return unexpected(err)
	}
	if c.df, err = binary.ReadUvarint(c.r); err != nil {
		return unexpected(err)
	}
	if c.last, err = binary.ReadUvarint(c.r); err != nil {
		return unexpected(err)
	}
	if n, err = binary.ReadUvarint(c.r); err != nil {
		return unexpected(err)
	}
	c.list = resize(c.list, n)
	_, err = io.ReadFull(c.r, c.list)
	return unexpected(err)
}

// resize returns b with length n, reusing its space when it can.
func resize(b []byte, n uint64) []byte {
	if uint64(cap(b)) < n {
		return make([]byte, n)
	}
	return b[:n]
}

// unexpected turns the end of a segment inside a term into an error.
func unexpected(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

// cursorHeap orders cursors by term, then segment.
type cursorHeap []*segCursor

func (h cursorHeap) Len() int { return len(h) }
func (h cursorHeap) Less(i, j int) bool {
	if c := string(h[i].term); c != string(h[j].term) {
		return c < string(h[j].term)
	}
	return h[i].seg < h[j].seg
}
func (h cursorHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *cursorHeap) Push(x any)   { *h = append(*h, x.(*segCursor)) }
func (h *cursorHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// merge merges the segments into the final postings, written to out, and
// returns the sorted term table and the offset of each term's list in
// what it wrote (one more than terms: the end). It fails when the
// postings would not fit 32-bit offsets.
func (sf *segmentFile) merge(out io.Writer) (strTable, []uint32, error) {
	h, err := sf.cursors()
	if err != nil {
		return strTable{}, nil, err
	}
	t := strTable{offs: []uint32{0}}
	offs := []uint32{0}
	var size uint64
	var same []*segCursor
	var buf []byte
	for h.Len() > 0 {
		same = append(same[:0], heap.Pop(h).(*segCursor))
		for h.Len() > 0 && string((*h)[0].term) == string(same[0].term) {
			same = append(same, heap.Pop(h).(*segCursor))
		}
		if buf, err = joinLists(buf[:0], same); err != nil {
			return strTable{}, nil, err
		}
		if size += uint64(len(buf)); size > 1<<32-1 {
			return strTable{}, nil, fmt.Errorf("postings of more than %d bytes are too large", size)
		}
		if _, err := out.Write(buf); err != nil {
			return strTable{}, nil, err
		}
		t.blob = append(t.blob, same[0].term...)
		t.offs = append(t.offs, uint32(len(t.blob)))
		offs = append(offs, uint32(size))
		for _, c := range same {
			if err := h.advance(c); err != nil {
				return strTable{}, nil, err
			}
		}
	}
	return t, offs, nil
}

// cursors returns the heap of cursors at the first term of each segment
// that has one.
func (sf *segmentFile) cursors() (*cursorHeap, error) {
	h := make(cursorHeap, 0, len(sf.segs))
	for i, s := range sf.segs {
		if err := h.advance(&segCursor{r: bufio.NewReaderSize(io.NewSectionReader(sf.f, s[0], s[1]), 1<<15), seg: i}); err != nil {
			return nil, err
		}
	}
	return &h, nil
}

// advance moves c to its next term and pushes it on h, unless its segment
// has ended.
func (h *cursorHeap) advance(c *segCursor) error {
	switch err := c.next(); {
	case err == nil:
		heap.Push(h, c)
	case !errors.Is(err, io.EOF):
		return fmt.Errorf("read postings segment: %w", err)
	}
	return nil
}

// joinLists appends to buf the stored list of one term whose pieces are
// the lists of cs, in segment order: uvarint(df), then each piece with its
// first gap counted from the previous piece's last chunk.
func joinLists(buf []byte, cs []*segCursor) ([]byte, error) {
	var df uint64
	for _, c := range cs {
		df += c.df
	}
	buf = binary.AppendUvarint(buf, df)
	prev := int64(-1)
	for _, c := range cs {
		v, k := binary.Uvarint(c.list)
		if k <= 0 { // the segment file was damaged on disk since flush wrote it
			return nil, fmt.Errorf("read postings segment %d: bad list of %q", c.seg, c.term)
		}
		first := int64(v>>1) - 1
		buf = binary.AppendUvarint(buf, uint64(first-prev)<<1|v&1)
		buf = append(buf, c.list[k:]...)
		prev = int64(c.last)
	}
	return buf, nil
}
