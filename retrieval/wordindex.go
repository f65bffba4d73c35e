package retrieval

import (
	"hash/maphash"
	"math/bits"
)

// wordIndex finds the words of a lexicon by hash: the vocabulary that a
// build consults for every word it analyses (wordCounts), in a table of
// 4 bytes a slot over the lexicon's own, rather than a map of strings.
// It is immutable and safe for concurrent reads.
type wordIndex struct {
	lx    *lexicon
	seed  maphash.Seed
	slots []uint32 // 1 + the index of a word in lx.words; 0: empty
	mask  uint64
}

// newWordIndex indexes the words of lx, in at least twice as many slots.
func newWordIndex(lx *lexicon) *wordIndex {
	n := uint64(1) << bits.Len(uint(2*lx.words.len()|1))
	x := &wordIndex{lx: lx, seed: maphash.MakeSeed(), slots: make([]uint32, n), mask: n - 1}
	for i := 0; i < lx.words.len(); i++ {
		s := maphash.String(x.seed, lx.words.at(i)) & x.mask
		for x.slots[s] != 0 {
			s = (s + 1) & x.mask
		}
		x.slots[s] = uint32(i + 1)
	}
	return x
}

// count returns how often the corpus has the folded word w.
func (x *wordIndex) count(w string) int {
	for s := maphash.String(x.seed, w) & x.mask; x.slots[s] != 0; s = (s + 1) & x.mask {
		if i := int(x.slots[s] - 1); x.lx.words.at(i) == w {
			return int(x.lx.counts[i])
		}
	}
	return 0
}
