package retrieval

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"os"
	"slices"
	"sort"
	"testing"

	"github.com/citebot/citebot/corpus"
)

// The reference implementation of BM25 ranking that bm25.top must equal:
// a map of every matching chunk's score and a heap selection over it.

// scores returns the BM25 score, with parameters p, of every chunk that
// matches any query term, as a map from chunk index to score. Repeated
// query terms count once.
func (ix *bm25) scores(query []string, p BM25) map[int32]float64 {
	out := make(map[int32]float64)
	seen := make(map[string]bool, len(query))
	for _, t := range query {
		if seen[t] {
			continue
		}
		seen[t] = true
		list, _ := ix.list(t)
		if list == nil {
			continue
		}
		idf := ix.idf(t)
		for it := newPostingIter(list, len(ix.lengths)); ; {
			c, tf, ok := it.next()
			if !ok {
				break
			}
			norm := p.K1 * (1 - p.B + p.B*float64(ix.lengths[c]/ix.avgLen))
			out[c] += idf * tf * (p.K1 + 1) / (tf + norm)
		}
	}
	return out
}

// topBM25 returns the chunks with the n best scores, best first (ties:
// lower chunk index first).
func topBM25(scores map[int32]float64, n int) []int32 {
	if n <= 0 {
		return []int32{}
	}
	h := make([]scored, 0, min(n, len(scores)))
	for c, s := range scores {
		s := scored{c, s}
		if len(h) < n {
			h = append(h, s)
			siftUp(h, len(h)-1)
		} else if s.before(h[0]) {
			h[0] = s
			siftDown(h, 0)
		}
	}
	sort.Slice(h, func(i, j int) bool { return h[i].before(h[j]) })
	out := make([]int32, len(h))
	for i, s := range h {
		out[i] = s.chunk
	}
	return out
}

// refTopBM25 is the ranking bm25.top and topBM25 must reproduce: every hit
// sorted by score (higher first), then by chunk index.
func refTopBM25(scores map[int32]float64, n int) []scored {
	out := make([]scored, 0, len(scores))
	for c, s := range scores {
		out = append(out, scored{c, s})
	}
	slices.SortFunc(out, func(a, b scored) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		return cmp.Compare(a.chunk, b.chunk)
	})
	return out[:min(n, len(out))]
}

// TestBM25TopMatchesFullSort checks that the partial selection of the top
// BM25 hits gives exactly the chunks and scores of sorting every hit, on
// the seed corpus (dev-set questions and more) and on a synthetic corpus
// whose common terms hit most chunks.
func TestBM25TopMatchesFullSort(t *testing.T) {
	ctx := context.Background()
	seed, _, err := Open(ctx, Corpus{FS: corpus.FS(), Name: "embedded"}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	fsys, _ := synthCorpus(synthSeed, 2, synthDocBytes)
	synth, _, err := Open(ctx, Corpus{FS: fsys, Name: "synthetic"}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	seedQs := []string{"When did Musharraf visit Moscow?", "Pakistan Steel Mills", "joint military exercise",
		"gas pipeline", "CASA-1000", "RD-93 engines", "helicopters deal", "Sochi summit", "the of and", "zzz-nothing-matches", ""}
	f, err := os.Open("../eval/testdata/dev/seed-dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var item struct{ Question string }
		if err := json.Unmarshal(sc.Bytes(), &item); err != nil || item.Question == "" {
			t.Fatalf("seed-dev.jsonl: bad line %q: %v", sc.Text(), err)
		}
		seedQs = append(seedQs, item.Question)
	}
	f.Close()
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	g := newSynthGen(synthSeed + 2)
	var synthQs []string
	for i := 0; i < 100; i++ {
		synthQs = append(synthQs, g.query())
	}
	for _, c := range []struct {
		name string
		ix   *Index
		qs   []string
	}{{"seed", seed, seedQs}, {"synthetic", synth, synthQs}} {
		for _, q := range c.qs {
			qt := queryTerms(q)
			st := c.ix.state()
			for _, p := range []BM25{{K1: 1.2, B: 0.75}, DefaultBM25()} {
				scores := st.bm.scores(qt, p)
				for _, n := range []int{0, 1, 5, 20, fusionDepth, len(st.chunks) + 1} {
					want := refTopBM25(scores, n)
					if got, err := st.bm.top(qt, nil, n, p); err != nil || !slices.Equal(got, want) {
						t.Errorf("%s: bm25.top(%q, %d, %v) = %v, want %v", c.name, q, n, p, got, want)
					}
				}
			}
			scores := st.bm.scores(qt, DefaultBM25())
			for _, n := range []int{0, 1, 5, 20, fusionDepth, len(st.chunks) + 1} {
				want := refTopBM25(scores, n)
				got := topBM25(scores, n)
				if len(got) != len(want) {
					t.Fatalf("%s: topBM25(%q, %d): %d chunks, want %d", c.name, q, n, len(got), len(want))
				}
				for i := range got {
					if got[i] != want[i].chunk {
						t.Fatalf("%s: topBM25(%q, %d)[%d] = %d, want %d", c.name, q, n, i, got[i], want[i].chunk)
					}
				}
			}
		}
	}
}
