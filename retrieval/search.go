package retrieval

import (
	"context"
	"sort"
	"strings"

	"github.com/citebot/citebot/text"

	"github.com/citebot/citebot"
)

// fusionDepth is how deep each ranking is read. The fused score is a
// weighted sum of the BM25 score (divided by the best BM25 score of the
// query) and the cosine similarity of embeddings (scaled between the best
// and the fusionDepth-th similarity), over the union of both
// top-fusionDepth lists; the vector ranking weighs the embedder's
// VectorWeight, BM25 the rest.
const fusionDepth = 100

// Search implements citebot.Retriever: the k chunks that best match query, by
// fusing BM25 over stemmed words with cosine similarity of embeddings. A
// query with no match returns no passages and no error. It fails wrapping
// ErrCorrupt when a block of the stored index that it reads (postings,
// candidates' texts) is damaged.
func (ix *Index) Search(ctx context.Context, query string, k int) ([]citebot.Passage, error) {
	if k <= 0 || len(ix.state().chunks) == 0 {
		return []citebot.Passage{}, nil
	}
	q, err := embedQuery(ctx, ix.emb, query, k)
	if err != nil {
		return nil, err
	}
	q.Terms, q.Weights = ix.AnalyzeQuery(query)
	return ix.Hybrid(ctx, q)
}

// Hybrid implements Backend. With a Local embedder on an index of more
// than exactMax chunks the vector signal reorders the BM25 candidates only
// (vectorRanking), so a query without BM25 terms, or whose terms no chunk
// has, finds nothing there.
func (ix *Index) Hybrid(ctx context.Context, q Query) ([]citebot.Passage, error) {
	st := ix.state()
	if q.K <= 0 || len(st.chunks) == 0 {
		return []citebot.Passage{}, nil
	}
	fused := make(map[int32]float64)
	top, err := st.bm.top(q.Terms, q.Weights, fusionDepth, ix.bm25)
	if err != nil {
		return nil, err
	}
	vec, err := ix.vectorRanking(ctx, st, q.Vec, top)
	if err != nil {
		return nil, err
	}
	bm, sims := make([]Ranked[int32], len(top)), make([]Ranked[int32], len(vec))
	for i, h := range top {
		bm[i] = Ranked[int32]{h.chunk, h.score}
	}
	for i, r := range vec {
		sims[i] = Ranked[int32]{r.chunk, float64(r.sim)}
	}
	Fuse(fused, bm, sims, ix.emb.VectorWeight())
	chunks := make([]int32, 0, len(fused))
	for c := range fused {
		chunks = append(chunks, c)
	}
	if err := st.checkChunks(chunks); err != nil {
		return nil, err
	}
	addPhrases(st, fused, q.Phrases)
	order := rank(fused, q.K)
	out := make([]citebot.Passage, len(order))
	for i, c := range order {
		out[i] = st.passage(c, fused[c])
		out[i].Rank = i + 1
	}
	return out, nil
}

// rank returns the k chunks with the best positive fused scores, best
// first; equal scores in chunk order.
func rank(fused map[int32]float64, k int) []int32 {
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
	return order
}

// TermWeight implements bot.TermWeigher: the BM25 IDF of a stem, or -1
// when no chunk contains it.
func (ix *Index) TermWeight(stem string) float64 {
	bm := ix.state().bm
	if bm.df(stem) == 0 {
		return -1
	}
	return bm.idf(stem)
}

// DocFreq implements bot.DocFreqer: how many chunks contain stem, and how
// many chunks the index holds.
func (ix *Index) DocFreq(stem string) (df, chunks int) {
	bm := ix.state().bm
	return bm.df(stem), len(bm.lengths)
}

// addPhrases raises the fused score of each ranked chunk that holds one of
// the question's quoted phrases (folded) by expandWeights.Phrase.
func addPhrases(st *state, fused map[int32]float64, phrases []string) {
	if len(phrases) == 0 || expandWeights.Phrase == 0 {
		return
	}
	for c := range fused {
		f := text.Fold(st.text(c))
		for _, ph := range phrases {
			if strings.Contains(f, ph) {
				fused[c] += expandWeights.Phrase
				break
			}
		}
	}
}
