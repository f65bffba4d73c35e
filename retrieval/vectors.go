package retrieval

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"

	"github.com/viterin/vek/vek32"
)

// hit is a chunk and its cosine similarity to a query.
type hit struct {
	chunk int32
	sim   float32
}

// better is the order of vector hits: more similar first, then lower
// chunk index.
func (a hit) better(b hit) bool {
	if a.sim != b.sim {
		return a.sim > b.sim
	}
	return a.chunk < b.chunk
}

// exactMax is the size of index (in chunks) up to which a Local
// embedder's vector ranking is exact: the vectors of all chunks are
// computed on the first query (at most exactMax × DefaultDim floats, kept
// in memory, never stored) and scanned for each. Beyond it they are
// computed for the BM25 candidates only.
const exactMax = 1024

// vectorRanking returns chunks of st ranked by the cosine similarity of
// their vectors to vec, most similar first; none when vec is nil. With
// stored vectors, or a Local embedder on an index of at most exactMax
// chunks, it is the fusionDepth nearest of all chunks, by an exhaustive
// scan; on an index of stored vectors above the crossover
// (Index.approximate) it is those that the HNSW graph finds, ranked by
// their exact similarity, or the exhaustive scan when there is no usable
// graph. Otherwise (a Local embedder on a larger index) it is the BM25
// candidates cands, whose vectors it computes from their texts: the
// vector signal then only reorders what BM25 found, and costs
// fusionDepth embeddings of a chunk instead of a pass over every vector.
func (ix *Index) vectorRanking(ctx context.Context, st *state, vec []float32, cands []scored) ([]hit, error) {
	if vec == nil || len(st.chunks) == 0 {
		return nil, nil
	}
	all, dim := st.vecs, st.dim
	if all == nil && len(st.chunks) <= exactMax {
		var err error
		if all, err = st.localVectors(ctx, ix); err != nil {
			return nil, fmt.Errorf("vector search: %w", err)
		}
		dim = len(all) / len(st.chunks)
	}
	if all != nil {
		if len(vec) != dim {
			return nil, fmt.Errorf("vector search: query of %d dimensions, index of %d", len(vec), dim)
		}
		if ix.approximate(st) {
			if out, ok := ix.graphRanking(st, vec); ok {
				return out, nil
			}
		}
		if st.vecs == nil {
			// a small index of a Local embedder: the plain loop, whose
			// rounding the answers of the labelled sets were made with
			return scanVectors(all, dim, vec, min(fusionDepth, len(st.chunks)), dot), nil
		}
		return scanVectors(all, dim, vec, min(fusionDepth, len(st.chunks)), vek32.Dot), nil
	}
	idx := make([]int32, len(cands))
	for i, c := range cands {
		idx[i] = c.chunk
	}
	vecs, err := ix.chunkVectors(ctx, st, idx)
	if err != nil {
		return nil, fmt.Errorf("vector search: %w", err)
	}
	out := make([]hit, len(idx))
	for i, c := range idx {
		if len(vecs[i]) != len(vec) {
			return nil, fmt.Errorf("vector search: query of %d dimensions, chunk of %d", len(vec), len(vecs[i]))
		}
		out[i] = hit{c, dot(vec, vecs[i])}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].better(out[j]) })
	return out, nil
}

// graphRanking returns the about fusionDepth chunks nearest to vec that
// st's HNSW graph finds, ranked by their exact similarity; false when st
// has no usable graph (the failure is logged).
func (ix *Index) graphRanking(st *state, vec []float32) ([]hit, bool) {
	g := ix.graphOf(st)
	if g == nil {
		return nil, false
	}
	keys, err := g.nearest(vec, fusionDepth)
	if err != nil {
		ix.graphs.log.Warn("vector graph failed: vectors scanned exactly", "err", err)
		return nil, false
	}
	out := make([]hit, 0, len(keys))
	for _, k := range keys {
		if k >= 0 && int(k) < len(st.chunks) {
			out = append(out, hit{k, vek32.Dot(vec, st.vec(k))})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].better(out[j]) })
	return out, true
}

// localVectors returns the vectors of all chunks of a small index with a
// Local embedder, computing them on the first call.
func (x *state) localVectors(ctx context.Context, ix *Index) ([]float32, error) {
	x.local.Do(func() {
		idx := make([]int32, len(x.chunks))
		for i := range idx {
			idx[i] = int32(i)
		}
		vecs, err := ix.chunkVectors(context.WithoutCancel(ctx), x, idx)
		if err != nil {
			x.localErr = err
			return
		}
		for _, v := range vecs {
			x.localVecs = append(x.localVecs, v...)
		}
	})
	return x.localVecs, x.localErr
}

// chunkVectors embeds the texts of chunks idx of st, normalised as Sync
// normalises the vectors it stores; a long list is split among the
// processors (an EmbedFunc may be called concurrently).
func (ix *Index) chunkVectors(ctx context.Context, st *state, idx []int32) ([][]float32, error) {
	if err := st.checkChunks(idx); err != nil {
		return nil, err
	}
	texts := make([]string, len(idx))
	for i, c := range idx {
		texts[i] = st.text(c)
	}
	parts := min(runtime.GOMAXPROCS(0), (len(texts)+15)/16)
	per := (len(texts) + max(parts, 1) - 1) / max(parts, 1)
	out := make([][]float32, len(texts))
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for p := 0; p < parts; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			from, to := p*per, min(len(texts), (p+1)*per)
			vecs, err := ix.emb.Embed(ctx, texts[from:to])
			if err == nil && len(vecs) != to-from {
				err = fmt.Errorf("embedder returned %d vectors for %d texts", len(vecs), to-from)
			}
			if err != nil {
				errs[p] = fmt.Errorf("embed chunks: %w", err)
				return
			}
			for k, v := range vecs {
				normalize(v)
				out[from+k] = v
			}
		}(p)
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// dot is the dot product of two vectors of one length, in float32 as
// vector stores compute it.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s float32
	for i, x := range a {
		s += x * b[i]
	}
	return s
}

// scanMin is the number of chunks from which scanVectors splits the scan
// among the processors.
const scanMin = 1 << 14

// scanVectors returns the n chunks whose vectors (all, dim each) are most
// similar to vec by the dot product dotf, most similar first: an
// exhaustive scan of the mapped vectors, split among the processors on a
// large index. vek32.Dot (SIMD where the processor has it) scans stored
// vectors 4–8× as fast as dot, the same to rounding (BenchmarkVectorScan).
func scanVectors(all []float32, dim int, vec []float32, n int, dotf func(a, b []float32) float32) []hit {
	chunks := len(all) / dim
	parts := 1
	if chunks >= scanMin {
		parts = runtime.GOMAXPROCS(0)
	}
	per := (chunks + parts - 1) / parts
	tops := make([][]hit, parts)
	var wg sync.WaitGroup
	for p := 0; p < parts; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			h := make([]hit, 0, n)
			for i := p * per; i < min(chunks, (p+1)*per); i++ {
				h = keepBest(h, hit{int32(i), dotf(vec, all[i*dim:(i+1)*dim])}, n)
			}
			tops[p] = h
		}(p)
	}
	wg.Wait()
	var best []hit
	for _, t := range tops {
		best = append(best, t...)
	}
	sort.Slice(best, func(i, j int) bool { return best[i].better(best[j]) })
	return best[:min(n, len(best))]
}

// keepBest adds x to h, a heap of at most n hits whose root is the worst.
func keepBest(h []hit, x hit, n int) []hit {
	if len(h) < n {
		h = append(h, x)
		for i := len(h) - 1; i > 0; {
			p := (i - 1) / 2
			if !h[p].better(h[i]) {
				break
			}
			h[p], h[i] = h[i], h[p]
			i = p
		}
		return h
	}
	if !x.better(h[0]) {
		return h
	}
	h[0] = x
	for i := 0; ; {
		w, l, r := i, 2*i+1, 2*i+2
		if l < len(h) && h[w].better(h[l]) {
			w = l
		}
		if r < len(h) && h[w].better(h[r]) {
			w = r
		}
		if w == i {
			return h
		}
		h[i], h[w] = h[w], h[i]
		i = w
	}
}
