package retrieval

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"github.com/citebot/citebot/bot"
)

// Fusion parameters: reciprocal-rank fusion of the BM25 and vector
// rankings, each list cut to fusionDepth.
const (
	rrfK        = 60.0
	bm25Weight  = 1.0
	vecWeight   = 0.7
	fusionDepth = 100
)

// Search implements bot.Retriever: the k chunks that best match query, by
// reciprocal-rank fusion of BM25 over stemmed words and cosine similarity
// of embeddings. A query with no match returns no passages and no error.
func (ix *Index) Search(ctx context.Context, query string, k int) ([]bot.Passage, error) {
	if k <= 0 || len(ix.chunks) == 0 {
		return []bot.Passage{}, nil
	}
	fused := make(map[int32]float64)
	for r, c := range topBM25(ix.bm.scores(queryTerms(query)), fusionDepth) {
		fused[c] += bm25Weight / (rrfK + float64(r+1))
	}
	vec, err := ix.vectorRanking(ctx, query, min(fusionDepth, len(ix.chunks)))
	if err != nil {
		return nil, err
	}
	for r, c := range vec {
		fused[c] += vecWeight / (rrfK + float64(r+1))
	}
	order := make([]int32, 0, len(fused))
	for c := range fused {
		order = append(order, c)
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
	out := make([]bot.Passage, len(order))
	for i, c := range order {
		out[i] = ix.passage(ix.chunks[c], fused[c])
		out[i].Rank = i + 1
	}
	return out, nil
}

// vectorRanking returns the indexes of the n chunks nearest to the query.
func (ix *Index) vectorRanking(ctx context.Context, query string, n int) ([]int32, error) {
	vecs, err := ix.emb.Embed(ctx, []string{query})
	if err != nil {
		return nil, fmt.Errorf("embed query: %w", err)
	}
	if len(vecs) != 1 {
		return nil, fmt.Errorf("embed query: got %d vectors", len(vecs))
	}
	normalize(vecs[0])
	res, err := ix.coll.QueryEmbedding(ctx, vecs[0], n, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("vector search: %w", err)
	}
	out := make([]int32, 0, len(res))
	for _, r := range res {
		i, err := strconv.Atoi(r.ID)
		if err != nil {
			return nil, fmt.Errorf("vector search: bad id %q", r.ID)
		}
		out = append(out, int32(i))
	}
	return out, nil
}

// topBM25 returns the chunks with the n best scores, best first.
func topBM25(scores map[int32]float64, n int) []int32 {
	out := make([]int32, 0, len(scores))
	for c := range scores {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if scores[out[i]] != scores[out[j]] {
			return scores[out[i]] > scores[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// passage renders a chunk as a bot.Passage.
func (ix *Index) passage(c chunkRef, score float64) bot.Passage {
	p := c.rec()
	return bot.Passage{
		ID: chunkID(c.doc.id, c.n), Doc: c.doc.Path, Start: p.Start, End: p.End,
		Score: score, Text: c.doc.Text[p.Start:p.End], Line: lineOf(c.doc.lineStarts, p.Start),
		Source: ix.sources[c.doc],
	}
}

// lineOf returns the 1-based line of byte offset off.
func lineOf(starts []int, off int) int {
	return sort.Search(len(starts), func(i int) bool { return starts[i] > off })
}
