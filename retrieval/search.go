package retrieval

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"github.com/citebot/citebot"
)

// Fusion parameters: a weighted sum of the BM25 score (divided by the best
// BM25 score of the query) and the cosine similarity of embeddings (scaled
// between the best and the fusionDepth-th similarity), over the union of
// both top-fusionDepth lists.
const (
	bm25Weight  = 0.9
	vecWeight   = 0.1
	fusionDepth = 100
)

// Search implements citebot.Retriever: the k chunks that best match query, by
// fusing BM25 over stemmed words with cosine similarity of embeddings. A
// query with no match returns no passages and no error.
func (ix *Index) Search(ctx context.Context, query string, k int) ([]citebot.Passage, error) {
	if k <= 0 || len(ix.chunks) == 0 {
		return []citebot.Passage{}, nil
	}
	fused := make(map[int32]float64)
	top := ix.bm.top(queryTerms(query), fusionDepth)
	if len(top) > 0 && top[0].score > 0 {
		best := top[0].score
		for _, h := range top {
			fused[h.chunk] += bm25Weight * h.score / best
		}
	}
	vec, err := ix.vectorRanking(ctx, query, min(fusionDepth, len(ix.chunks)))
	if err != nil {
		return nil, err
	}
	if len(vec) > 0 {
		hi, lo := vec[0].sim, vec[len(vec)-1].sim
		for _, r := range vec {
			if hi > lo {
				fused[r.chunk] += vecWeight * float64(r.sim-lo) / float64(hi-lo)
			}
		}
	}
	order := make([]int32, 0, len(fused))
	for c, s := range fused {
		if s > 0 {
			order = append(order, c)
		}
	}
	sort.Slice(order, func(i, j int) bool {
		if fused[order[i]] != fused[order[j]] {
			return fused[order[i]] > fused[order[j]]
		}
		return order[i] < order[j]
	})
	if len(order) > k {
		order = order[:k]
	}
	out := make([]citebot.Passage, len(order))
	for i, c := range order {
		out[i] = ix.passage(ix.chunks[c], fused[c])
		out[i].Rank = i + 1
	}
	return out, nil
}

// hit is a chunk and its cosine similarity to a query.
type hit struct {
	chunk int32
	sim   float32
}

// vectorRanking returns the indexes of the n chunks nearest to the query.
func (ix *Index) vectorRanking(ctx context.Context, query string, n int) ([]hit, error) {
	vec, err := chromemFunc(ix.emb)(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("embed query: %w", err)
	}
	res, err := ix.coll.QueryEmbedding(ctx, vec, n, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("vector search: %w", err)
	}
	out := make([]hit, 0, len(res))
	for _, r := range res {
		i, err := strconv.Atoi(r.ID)
		if err != nil {
			return nil, fmt.Errorf("vector search: bad id %q", r.ID)
		}
		out = append(out, hit{int32(i), r.Similarity})
	}
	return out, nil
}

// passage renders a chunk as a citebot.Passage.
func (ix *Index) passage(c chunkRef, score float64) citebot.Passage {
	p := c.rec()
	return citebot.Passage{
		ID: chunkID(c.doc.id, c.n), Doc: c.doc.Path, Start: p.Start, End: p.End,
		Score: score, Text: c.doc.Text[p.Start:p.End], Line: lineOf(c.doc.lineStarts, p.Start),
		Source: ix.sources[c.doc],
	}
}

// lineOf returns the 1-based line of byte offset off.
func lineOf(starts []int, off int) int {
	return sort.Search(len(starts), func(i int) bool { return starts[i] > off })
}

// TermWeight implements bot.TermWeigher: the BM25 IDF of a stem, or -1
// when no chunk contains it.
func (ix *Index) TermWeight(stem string) float64 {
	if ix.bm.df(stem) == 0 {
		return -1
	}
	return ix.bm.idf(stem)
}
