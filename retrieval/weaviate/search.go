package weaviate

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/retrieval"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/filters"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/graphql"
	"golang.org/x/sync/errgroup"
)

// Search implements citebot.Retriever: it reads the query against the
// words of the documents held (AnalyzeQuery), embeds it with the Store's
// Embedder and asks Hybrid.
func (s *Store) Search(ctx context.Context, query string, k int) ([]citebot.Passage, error) {
	if k <= 0 {
		return []citebot.Passage{}, nil
	}
	q, err := retrieval.NewQuery(ctx, s.cfg.Embedder, query, k)
	if err != nil {
		return nil, err
	}
	q.Terms, q.Weights = s.vocabOrLog(ctx).AnalyzeQuery(query)
	return s.Hybrid(ctx, q)
}

// fusionDepth is how many chunks each ranking of a hybrid search
// contributes, as in process.
const fusionDepth = 100

// Hybrid implements retrieval.Backend: the server's BM25 ranking of the
// chunks' terms and its vector ranking, fusionDepth chunks each, added up
// as the in-process Index adds them (Index.Hybrid): BM25 scores divided
// by the best, weighing 1 − the Embedder's VectorWeight, similarities
// scaled between the best and the worst of the list, weighing
// VectorWeight. The server's own hybrid query scales BM25 scores min-max
// (relativeScoreFusion), which ranks otherwise. Query weights are
// honoured to boostSteps (weightedQuery). Passages of documents not (or
// not yet) listed by Documents are left out.
func (s *Store) Hybrid(ctx context.Context, q retrieval.Query) ([]citebot.Passage, error) {
	if q.K <= 0 || len(q.Terms) == 0 && q.Vec == nil {
		return []citebot.Passage{}, nil
	}
	cat, _, err := s.current(ctx, false)
	if err != nil {
		return nil, fmt.Errorf("hybrid search: %w", err)
	}
	var bm, vec []chunkObj
	g, gctx := errgroup.WithContext(ctx)
	if query := weightedQuery(q.Terms, q.Weights); query != "" {
		g.Go(func() (err error) { bm, err = s.ranking(gctx, "bm25 search", query, nil); return err })
	}
	if q.Vec != nil {
		g.Go(func() (err error) { vec, err = s.ranking(gctx, "vector search", "", q.Vec); return err })
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return passages(cat, fuse(bm, vec, s.cfg.Embedder.VectorWeight()), q.K), nil
}

// ranking returns the fusionDepth chunks best by BM25 for query, or
// nearest to vec.
func (s *Store) ranking(ctx context.Context, what, query string, vec []float32) ([]chunkObj, error) {
	gb := s.c.GraphQL().Get().WithLimit(fusionDepth)
	score := "score"
	if vec != nil {
		gb, score = gb.WithNearVector(s.c.GraphQL().NearVectorArgBuilder().WithVector(vec)), "distance"
	} else {
		gb = gb.WithBM25(s.c.GraphQL().Bm25ArgBuilder().WithQuery(query).WithProperties(pTerms))
	}
	var objs []chunkObj
	err := s.get(ctx, what, s.chunk, gb.WithFields(fields(pPath, pN, pStart, pEnd, pLine, pText, "_additional", score)...), &objs)
	return objs, err
}

// boostSteps is how finely weightedQuery honours query weights.
const boostSteps = 20

// weightedQuery writes BM25 terms for the server, each term
// round(boostSteps × its weight) times: the server's BM25 scores a term
// that a query repeats that many times over (query weights in process
// multiply its score). Terms weighing less than half a step are left out.
// nil weights are 1.
func weightedQuery(terms []string, weights []float64) string {
	var b strings.Builder
	for i, t := range terms {
		n := boostSteps
		if weights != nil {
			n = int(math.Round(boostSteps * weights[i]))
		}
		for range n {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t)
		}
	}
	return b.String()
}

// fused is a chunk and its fused score.
type fused struct {
	obj   chunkObj
	score float64
}

// fuse adds up a BM25 ranking and a vector ranking (best first) as
// Hybrid says (retrieval.Fuse), by chunk (path and position).
func fuse(bm, vec []chunkObj, vecWeight float64) []fused {
	key := func(o chunkObj) string { return o.Path + "\x00" + strconv.Itoa(o.N) }
	objs := make(map[string]chunkObj, len(bm)+len(vec))
	var bmr, vecr []retrieval.Ranked[string]
	for _, o := range bm {
		if sc, err := strconv.ParseFloat(o.Additional.Score, 64); err == nil {
			objs[key(o)] = o
			bmr = append(bmr, retrieval.Ranked[string]{Key: key(o), Score: sc})
		}
	}
	for _, o := range vec { // cosine distance: 1 − similarity
		objs[key(o)] = o
		vecr = append(vecr, retrieval.Ranked[string]{Key: key(o), Score: 1 - o.Additional.Distance})
	}
	scores := make(map[string]float64, len(objs))
	retrieval.Fuse(scores, bmr, vecr, vecWeight)
	out := make([]fused, 0, len(scores))
	for k, sc := range scores {
		out = append(out, fused{objs[k], sc})
	}
	return out
}

// passages turns fused hits into at most k passages, best first, equal
// scores in path then position order.
func passages(cat *catalog, hits []fused, k int) []citebot.Passage {
	out := make([]citebot.Passage, 0, len(hits))
	pos := make(map[string]int, len(hits))
	for _, h := range hits {
		o := h.obj
		e, ok := cat.byPath[o.Path]
		if !ok || h.score <= 0 || o.N > e.src.Chunks || o.End-o.Start != len(o.Text) {
			continue
		}
		p := citebot.Passage{ID: chunkRef(e.src.ID, o.N), Doc: o.Path, Start: o.Start, End: o.End,
			Score: h.score, Text: o.Text, Line: o.Line, Source: e.src}
		pos[p.ID] = o.N
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		return pos[a.ID] < pos[b.ID]
	})
	if len(out) > k {
		out = out[:k]
	}
	for i := range out {
		out[i].Rank = i + 1
	}
	return out
}

// termCache keeps document frequencies of stems for one catalog
// generation.
type termCache struct {
	mu  sync.Mutex
	gen int
	df  map[string]int
}

// TermWeight implements bot.TermWeigher: the BM25 IDF of a stem over the
// chunks held, or -1 when no chunk contains it (or the server cannot be
// asked).
func (s *Store) TermWeight(stem string) float64 {
	df, n := s.termFreq(stem)
	if df <= 0 {
		return -1
	}
	return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
}

// DocFreq implements bot.DocFreqer: how many of the chunks held contain
// stem, and how many are held; (0, 0) when the server cannot be asked.
func (s *Store) DocFreq(stem string) (df, chunks int) { return s.termFreq(stem) }

// termFreq returns how many chunks contain stem and how many are held,
// the first cached per generation of the catalogue; (0, 0) when the
// server cannot be asked (logged).
func (s *Store) termFreq(stem string) (df, chunks int) {
	ctx, cancel := s.libCtx()
	defer cancel()
	cat, gen, err := s.current(ctx, false)
	if err != nil {
		return 0, 0
	}
	df, ok := s.weights.lookup(gen, stem)
	if !ok {
		if df, err = s.docFreq(ctx, stem); err != nil {
			s.cfg.Logger.Warn("weaviate: term weight", "stem", stem, "err", err)
			return 0, 0
		}
		s.weights.store(gen, stem, df)
	}
	return df, cat.chunks
}

func (c *termCache) lookup(gen int, stem string) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen {
		return 0, false
	}
	df, ok := c.df[stem]
	return df, ok
}

func (c *termCache) store(gen int, stem string, df int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen || c.df == nil {
		c.gen, c.df = gen, make(map[string]int)
	}
	c.df[stem] = df
}

// docFreq counts the chunks whose terms include stem.
func (s *Store) docFreq(ctx context.Context, stem string) (int, error) {
	return s.count(ctx, s.chunk, eqText(pTerms, stem))
}

// count counts the objects of class that w matches (all when w is nil).
func (s *Store) count(ctx context.Context, class string, w *filters.WhereBuilder) (int, error) {
	ab := s.c.GraphQL().Aggregate().WithClassName(class).
		WithFields(graphql.Field{Name: "meta", Fields: []graphql.Field{{Name: "count"}}})
	if w != nil {
		ab = ab.WithWhere(w)
	}
	resp, err := ab.Do(ctx)
	if err != nil {
		return 0, classify("count", err)
	}
	if len(resp.Errors) > 0 {
		return 0, gqlError("count", resp.Errors[0].Message)
	}
	agg, _ := resp.Data["Aggregate"].(map[string]any)
	rows, _ := agg[class].([]any)
	if len(rows) == 0 {
		return 0, nil
	}
	meta, _ := rows[0].(map[string]any)["meta"].(map[string]any)
	n, _ := meta["count"].(float64)
	return int(n), nil
}

// Count returns how many chunk and document objects the server holds,
// complete or not: after an index job, chunks is the sum of the
// documents' Source.Chunks unless a job was interrupted.
func (s *Store) Count(ctx context.Context) (chunks, docs int, err error) {
	if chunks, err = s.count(ctx, s.chunk, nil); err != nil {
		return 0, 0, err
	}
	docs, err = s.count(ctx, s.doc, nil)
	return chunks, docs, err
}
