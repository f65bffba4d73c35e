package retrieval

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
)

// Postings are stored per term, end to end in one blob, each list being
// uvarint(df) and then, for each chunk holding the term in chunk order,
// uvarint(gap<<1 | tf==1) and, when tf ≠ 1, uvarint(tf); gap is the
// chunk's index less the previous one's (the first's less -1), so ≥ 1.
// Most terms occur once in a chunk: that costs one bit, not a byte.

// postingList is a term's list while it is built.
type postingList struct {
	buf  []byte
	last int32
	df   uint32
}

// postingsBuilder collects the postings of chunks added in order: the
// lists, one per term, in a slice (not one allocation each) that the map
// indexes.
type postingsBuilder struct {
	index map[string]int32
	lists []postingList
	size  int // about the bytes it holds
}

// termCost is about what a term costs a builder besides its list: its
// map entry, list header and copy.
const termCost = 80

func newPostingsBuilder() *postingsBuilder {
	return &postingsBuilder{index: make(map[string]int32)}
}

// add records that chunk holds term tf times; chunks must come in
// increasing order for each term.
func (b *postingsBuilder) add(term string, chunk int32, tf uint32) {
	k, ok := b.index[term]
	if !ok {
		k = int32(len(b.lists))
		b.index[strings.Clone(term)] = k // not a piece of a text, which may be spilled
		b.lists = append(b.lists, postingList{last: -1})
		b.size += termCost + len(term)
	}
	l := &b.lists[k]
	n := len(l.buf)
	v := uint64(chunk-l.last) << 1
	if tf == 1 {
		v |= 1
	}
	l.buf = binary.AppendUvarint(l.buf, v)
	if tf != 1 {
		l.buf = binary.AppendUvarint(l.buf, uint64(tf))
	}
	l.last = chunk
	l.df++
	b.size += len(l.buf) - n
}

// reset empties b.
func (b *postingsBuilder) reset() {
	b.index, b.lists, b.size = make(map[string]int32), nil, 0
}

// finish returns the sorted term table, the offset of each term's list in
// the blob (one more than terms: the end) and the blob. It fails when the
// blob would not fit 32-bit offsets.
func (b *postingsBuilder) finish() (strTable, []uint32, []byte, error) {
	terms := b.sortedTerms()
	size := 0
	for i := range b.lists {
		size += len(b.lists[i].buf) + binary.MaxVarintLen32
	}
	if size > 1<<32-1 {
		return strTable{}, nil, nil, fmt.Errorf("postings of %d bytes are too large", size)
	}
	offs := make([]uint32, len(terms)+1)
	blob := make([]byte, 0, size)
	for i, t := range terms {
		l := &b.lists[b.index[t]]
		blob = binary.AppendUvarint(blob, uint64(l.df))
		blob = append(blob, l.buf...)
		offs[i+1] = uint32(len(blob))
		l.buf = nil
	}
	b.index, b.lists = nil, nil
	return newStrTable(terms), offs, blob, nil
}

// sortedTerms returns the terms of b in order.
func (b *postingsBuilder) sortedTerms() []string {
	terms := make([]string, 0, len(b.index))
	for t := range b.index {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	return terms
}

// postingIter walks one stored list. A list that does not decode, or
// names a chunk past n, ends early: a damaged index gives fewer hits, not
// a crash.
type postingIter struct {
	p     []byte
	left  uint64
	chunk int64
	n     int64
}

func newPostingIter(list []byte, n int) postingIter {
	df, k := binary.Uvarint(list)
	if k <= 0 {
		return postingIter{}
	}
	return postingIter{p: list[k:], left: df, chunk: -1, n: int64(n)}
}

// next returns the next chunk and its tf; ok is false at the end.
func (it *postingIter) next() (chunk int32, tf float64, ok bool) {
	if it.left == 0 {
		return 0, 0, false
	}
	v, k := binary.Uvarint(it.p)
	if k <= 0 {
		it.left = 0
		return 0, 0, false
	}
	it.p = it.p[k:]
	it.chunk += int64(v >> 1)
	tf = 1
	if v&1 == 0 {
		t, k := binary.Uvarint(it.p)
		if k <= 0 {
			it.left = 0
			return 0, 0, false
		}
		it.p, tf = it.p[k:], float64(t)
	}
	if it.chunk >= it.n || v>>1 == 0 {
		it.left = 0
		return 0, 0, false
	}
	it.left--
	return int32(it.chunk), tf, true
}
