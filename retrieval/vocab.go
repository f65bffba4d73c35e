package retrieval

import (
	"hash/maphash"
	"sort"
)

// wordTally counts the folded words of the chunks being indexed: the
// vocabulary that a build works out before it analyses any chunk. Its
// words are copied end to end into one slice and found through a table of
// 4-byte slots, not kept as a map of strings: a fraction of a map's heap
// for the hundreds of thousands of words of a large corpus. Not safe for
// concurrent use.
type wordTally struct {
	seed   maphash.Seed
	slots  []uint32 // 1 + the index of a word; 0: empty
	blob   []byte   // the words, end to end, in the order first seen
	offs   []uint32 // word i is blob[offs[i]:offs[i+1]]
	counts []int    // never below 0
}

func newWordTally() *wordTally {
	return &wordTally{seed: maphash.MakeSeed(), slots: make([]uint32, 1<<12), offs: []uint32{0}}
}

// word returns word i.
func (t *wordTally) word(i int) string {
	return stringAt(t.blob, uint64(t.offs[i]), uint64(t.offs[i+1]-t.offs[i]))
}

// add adds n (which may be negative) to the count of w; a count that
// would fall below 0 is 0, as if the word were gone.
func (t *wordTally) add(w string, n int) {
	mask := uint64(len(t.slots) - 1)
	s := maphash.String(t.seed, w) & mask
	for ; t.slots[s] != 0; s = (s + 1) & mask {
		if i := int(t.slots[s] - 1); t.word(i) == w {
			t.counts[i] = max(0, t.counts[i]+n)
			return
		}
	}
	t.slots[s] = uint32(len(t.counts) + 1)
	t.blob = append(t.blob, w...)
	t.offs = append(t.offs, uint32(len(t.blob)))
	t.counts = append(t.counts, max(0, n))
	if 2*len(t.counts) > len(t.slots) {
		t.grow()
	}
}

// grow doubles the slots.
func (t *wordTally) grow() {
	t.slots = make([]uint32, 2*len(t.slots))
	mask := uint64(len(t.slots) - 1)
	for i := range t.counts {
		s := maphash.String(t.seed, t.word(i)) & mask
		for t.slots[s] != 0 {
			s = (s + 1) & mask
		}
		t.slots[s] = uint32(i + 1)
	}
}

// lexicon returns the lexicon of the words counted more than 0 times.
func (t *wordTally) lexicon() *lexicon {
	order := make([]uint32, 0, len(t.counts))
	size := 0
	for i, n := range t.counts {
		if n > 0 {
			order = append(order, uint32(i))
			size += len(t.word(i))
		}
	}
	sort.Slice(order, func(a, b int) bool { return t.word(int(order[a])) < t.word(int(order[b])) })
	words := strTable{blob: make([]byte, 0, size), offs: make([]uint32, len(order)+1)}
	counts := make([]uint32, len(order))
	for k, i := range order {
		words.blob = append(words.blob, t.word(int(i))...)
		words.offs[k+1] = uint32(len(words.blob))
		counts[k] = uint32(min(t.counts[i], 1<<32-1))
	}
	return lexiconOf(words, counts)
}
