package retrieval

import (
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"testing"
)

// TestWordTally checks that a tally, grown and with counts removed, gives
// the lexicon of the map it stands for.
func TestWordTally(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	tally, want := newWordTally(), map[string]int{}
	for range 20000 {
		w := fmt.Sprintf("w%dé", rng.Intn(9000))
		n := 1 + rng.Intn(3)
		if rng.Intn(4) == 0 {
			n = -n
		}
		tally.add(w, n)
		if want[w] += n; want[w] <= 0 {
			delete(want, w)
		}
	}
	got, exp := tally.lexicon(), newLexicon(want)
	if !reflect.DeepEqual(got, exp) {
		t.Errorf("lexicon of %d words differs from the map's %d", got.words.len(), exp.words.len())
	}
}

// newLexicon arranges a vocabulary (folded word → count): the lexicon
// that a tally of the same counts must give.
func newLexicon(vocab map[string]int) *lexicon {
	sorted := make([]string, 0, len(vocab))
	for w := range vocab {
		sorted = append(sorted, w)
	}
	sort.Strings(sorted)
	counts := make([]uint32, len(sorted))
	for i, w := range sorted {
		counts[i] = uint32(min(vocab[w], 1<<32-1))
	}
	return lexiconOf(newStrTable(sorted), counts)
}
