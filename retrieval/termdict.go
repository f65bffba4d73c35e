package retrieval

import (
	"fmt"
	"sort"
)

// strTable is a sorted table of distinct strings, read in place: string i
// is blob[offs[i]:offs[i+1]]. It serves the BM25 term dictionary and the
// vocabulary of the lexicon: lookups are binary searches, so opening a
// stored table costs nothing. It is immutable and safe for concurrent
// reads.
type strTable struct {
	blob []byte
	offs []uint32 // len(offs) == n+1; empty for an empty table
}

// newStrTable makes the table of sorted, distinct strings.
func newStrTable(sorted []string) strTable {
	t := strTable{offs: make([]uint32, len(sorted)+1)}
	n := 0
	for _, s := range sorted {
		n += len(s)
	}
	t.blob = make([]byte, 0, n)
	for i, s := range sorted {
		t.blob = append(t.blob, s...)
		t.offs[i+1] = uint32(len(t.blob))
	}
	return t
}

// len is the number of strings.
func (t strTable) len() int { return max(0, len(t.offs)-1) }

// at returns string i, sharing the table's bytes.
func (t strTable) at(i int) string {
	return stringAt(t.blob, uint64(t.offs[i]), uint64(t.offs[i+1]-t.offs[i]))
}

// lower returns the index of the first string ≥ s (len when none).
func (t strTable) lower(s string) int {
	return sort.Search(t.len(), func(i int) bool { return t.at(i) >= s })
}

// find returns the index of s, or -1.
func (t strTable) find(s string) int {
	if i := t.lower(s); i < t.len() && t.at(i) == s {
		return i
	}
	return -1
}

// check reports offsets that decrease or point past the blob.
func (t strTable) check(what string) error {
	if len(t.offs) == 0 {
		return nil
	}
	if t.offs[0] != 0 || int(t.offs[len(t.offs)-1]) > len(t.blob) {
		return fmt.Errorf("%s table out of bounds", what)
	}
	for i := 1; i < len(t.offs); i++ {
		if t.offs[i] < t.offs[i-1] {
			return fmt.Errorf("%s table out of order", what)
		}
	}
	return nil
}
