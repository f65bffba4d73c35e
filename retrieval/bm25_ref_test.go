package retrieval

import "sort"

// The reference implementation of BM25 ranking that bm25.top must equal:
// a map of every matching chunk's score and a heap selection over it.

// scores returns the BM25 score of every chunk that matches any query term,
// as a map from chunk index to score. Repeated query terms count once.
func (ix *bm25) scores(query []string) map[int32]float64 {
	out := make(map[int32]float64)
	seen := make(map[string]bool, len(query))
	for _, t := range query {
		if seen[t] {
			continue
		}
		seen[t] = true
		ps := ix.postings[t]
		if len(ps) == 0 {
			continue
		}
		idf := ix.idf(t)
		for _, p := range ps {
			tf := float64(p.tf)
			norm := bm25K1 * (1 - bm25B + bm25B*float64(ix.lengths[p.chunk]/ix.avgLen))
			out[p.chunk] += idf * tf * (bm25K1 + 1) / (tf + norm)
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
