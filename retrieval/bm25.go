package retrieval

import (
	"encoding/binary"
	"math"
	"sort"
	"sync"
)

// BM25 holds the parameters of BM25 ranking: K1, how far a word's
// repetitions in a chunk add to its score, and B, how much a chunk's
// length discounts them (0 not at all, 1 in full).
type BM25 struct{ K1, B float64 }

// DefaultBM25 returns the parameters Options.BM25 means when zero, fitted on
// the labelled question sets by go run ./eval/cmd/fit -bm25 (search alone,
// chosen by MRR): over the answerable questions of the fitted sets the
// textbook K1 1.2 and B 0.75 give recall@1 .632, recall@5 .878 and MRR
// .728, these .661, .876 and .745 (leave-one-set-out .656, .874 and
// .743). Chunks are a few sentences long: a word said twice in one is
// little more telling than said once. Weaviate's classes are made with
// them too (retrieval/weaviate).
func DefaultBM25() BM25 { return BM25{K1: 0.2, B: 0.5} }

// orDefault returns p, or DefaultBM25 when p.K1 is not positive.
func (p BM25) orDefault() BM25 {
	if p.K1 <= 0 {
		return DefaultBM25()
	}
	return p
}

// bm25 is an inverted index over chunk terms: a sorted term dictionary,
// each term's postings (postings.go) and the chunks' lengths, all read in
// place from a stored index or made by buildState. It is immutable and safe
// for concurrent reads.
type bm25 struct {
	terms   strTable
	offs    []uint32 // postings of term i: blob[offs[i]:offs[i+1]]
	blob    []byte
	lengths []float32 // chunk i's length in words
	avgLen  float32
	sums    *blockSums // checks the postings read in place; nil when built in memory
	pool    sync.Pool  // of *accum, scratch space for top
}

// avgLength is the average chunk length as BM25 uses it.
func avgLength(total float64, n int) float32 {
	if n == 0 {
		return 0
	}
	return float32(total / float64(n))
}

// list returns the stored postings of term; nil when no chunk has it. It
// fails, wrapping ErrCorrupt, when the bytes of the list are damaged.
func (ix *bm25) list(term string) ([]byte, error) {
	i := ix.terms.find(term)
	if i < 0 || i+1 >= len(ix.offs) || ix.offs[i] > ix.offs[i+1] || int(ix.offs[i+1]) > len(ix.blob) {
		return nil, nil
	}
	l := ix.blob[ix.offs[i]:ix.offs[i+1]]
	if err := ix.sums.bytes(l); err != nil {
		return nil, err
	}
	return l, nil
}

// df returns how many chunks contain term; 0 when its postings are
// damaged (the damage is recorded, and a search with term fails).
func (ix *bm25) df(term string) int {
	l, err := ix.list(term)
	if err != nil {
		return 0
	}
	df, k := binary.Uvarint(l)
	if k <= 0 {
		return 0
	}
	return int(df)
}

// idf is the BM25+ style non-negative inverse document frequency of a term.
func (ix *bm25) idf(term string) float64 { return ix.idfOf(ix.df(term)) }

func (ix *bm25) idfOf(df int) float64 {
	n := float64(len(ix.lengths))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// scored is a chunk and its BM25 score.
type scored struct {
	chunk int32
	score float64
}

// before is the ranking order of BM25 hits: higher score first, then lower
// chunk index. It is a total order, so the top n are unique.
func (a scored) before(b scored) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.chunk < b.chunk
}

// accum is the scratch space of top: a score per chunk and the chunks hit.
type accum struct {
	acc  []float64
	hits []int32
}

// top returns the n chunks with the best BM25 scores for query, best first,
// each term's score scaled by its weight (weights[i] for query[i]; nil
// means 1 for all, a weight ≤ 0 drops the term; a repeated term counts
// once, at its first weight);
// it equals a full sort of every matching chunk's score (see the reference
// implementation in the tests), but decodes the postings of the query's
// terms only, accumulates in a dense array instead of a map and selects
// the top n with a bounded heap instead of sorting every hit, which
// matters when common terms match most of a large index.
func (ix *bm25) top(query []string, weights []float64, n int, p BM25) ([]scored, error) {
	if n <= 0 {
		return nil, nil
	}
	a, _ := ix.pool.Get().(*accum)
	if a == nil || len(a.acc) != len(ix.lengths) {
		a = &accum{acc: make([]float64, len(ix.lengths))}
	}
	seen := make(map[string]bool, len(query))
	for i, t := range query {
		if seen[t] {
			continue
		}
		seen[t] = true
		list, err := ix.list(t)
		if err != nil {
			return nil, err // a is dropped: it may hold partial scores
		}
		if list == nil {
			continue
		}
		if weights != nil && weights[i] <= 0 {
			continue
		}
		it := newPostingIter(list, len(ix.lengths))
		idf := ix.idfOf(int(it.left))
		if weights != nil {
			idf *= weights[i]
		}
		ix.accumulate(a, &it, idf, p)
	}
	h := selectTop(a, n)
	ix.pool.Put(a)
	return h, nil
}

// accumulate adds one term's scores (its postings it, its weighted idf)
// into a, with parameters p.
func (ix *bm25) accumulate(a *accum, it *postingIter, idf float64, p BM25) {
	for {
		c, tf, ok := it.next()
		if !ok {
			return
		}
		norm := p.K1 * (1 - p.B + p.B*float64(ix.lengths[c]/ix.avgLen))
		// every term adds a positive amount (idf > 0, tf ≥ 1), so a
		// zero score means the chunk was not hit yet
		if a.acc[c] == 0 {
			a.hits = append(a.hits, c)
		}
		a.acc[c] += idf * tf * (p.K1 + 1) / (tf + norm)
	}
}

// selectTop takes the n best hits of a, best first, and clears a.
func selectTop(a *accum, n int) []scored {
	h := make([]scored, 0, min(n, len(a.hits)))
	for _, c := range a.hits {
		s := scored{c, a.acc[c]}
		a.acc[c] = 0
		if len(h) < n {
			h = append(h, s)
			siftUp(h, len(h)-1)
		} else if s.before(h[0]) {
			h[0] = s
			siftDown(h, 0)
		}
	}
	a.hits = a.hits[:0]
	sort.Slice(h, func(i, j int) bool { return h[i].before(h[j]) })
	return h
}

// siftUp and siftDown keep h a heap whose root is the worst of the kept
// hits (the last in ranking order).
func siftUp(h []scored, i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h[p].before(h[i]) {
			break
		}
		h[p], h[i] = h[i], h[p]
		i = p
	}
}

func siftDown(h []scored, i int) {
	for {
		w, l, r := i, 2*i+1, 2*i+2
		if l < len(h) && h[w].before(h[l]) {
			w = l
		}
		if r < len(h) && h[w].before(h[r]) {
			w = r
		}
		if w == i {
			return
		}
		h[i], h[w] = h[w], h[i]
		i = w
	}
}
