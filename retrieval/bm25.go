package retrieval

import (
	"math"
	"sort"
	"sync"
)

// BM25 parameters.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// posting is one chunk's count of a term.
type posting struct {
	chunk int32
	tf    float32
}

// bm25 is an inverted index over chunk terms. It is immutable once built
// and safe for concurrent reads.
type bm25 struct {
	postings map[string][]posting
	lengths  []float32
	avgLen   float32
	pool     sync.Pool // of *accum, scratch space for top
}

// newBM25 indexes the terms of chunks: chunk i has the terms words[i] and
// variants[i] (nil: none), and its length is the number of words[i].
func newBM25(words, variants [][]string) *bm25 {
	terms := words
	ix := &bm25{postings: make(map[string][]posting), lengths: make([]float32, len(terms))}
	var total float64
	for i, ts := range terms {
		counts := make(map[string]float32, len(ts))
		for _, t := range ts {
			counts[t]++
		}
		if variants != nil {
			for _, t := range variants[i] {
				counts[t]++
			}
		}
		keys := make([]string, 0, len(counts))
		for t := range counts {
			keys = append(keys, t)
		}
		sort.Strings(keys)
		for _, t := range keys {
			ix.postings[t] = append(ix.postings[t], posting{chunk: int32(i), tf: counts[t]})
		}
		ix.lengths[i] = float32(len(ts))
		total += float64(len(ts))
	}
	if len(terms) > 0 {
		ix.avgLen = float32(total / float64(len(terms)))
	}
	return ix
}

// idf is the BM25+ style non-negative inverse document frequency of a term.
func (ix *bm25) idf(term string) float64 {
	n := float64(len(ix.lengths))
	df := float64(len(ix.postings[term]))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// df returns how many chunks contain term.
func (ix *bm25) df(term string) int { return len(ix.postings[term]) }

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
// implementation in the tests), but accumulates in a dense array instead of a map and selects the top n with a bounded
// heap instead of sorting every hit, which matters when common terms match
// most of a large index.
func (ix *bm25) top(query []string, weights []float64, n int) []scored {
	if n <= 0 {
		return nil
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
		ps := ix.postings[t]
		if len(ps) == 0 {
			continue
		}
		idf := ix.idf(t)
		if weights != nil {
			if weights[i] <= 0 {
				continue
			}
			idf *= weights[i]
		}
		for _, p := range ps {
			tf := float64(p.tf)
			norm := bm25K1 * (1 - bm25B + bm25B*float64(ix.lengths[p.chunk]/ix.avgLen))
			// every term adds a positive amount (idf > 0, tf ≥ 1), so a
			// zero score means the chunk was not hit yet
			if a.acc[p.chunk] == 0 {
				a.hits = append(a.hits, p.chunk)
			}
			a.acc[p.chunk] += idf * tf * (bm25K1 + 1) / (tf + norm)
		}
	}
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
	ix.pool.Put(a)
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
