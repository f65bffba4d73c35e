package weaviate

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/retrieval"
	"github.com/citebot/citebot/text"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/filters"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/graphql"
)

// tieSlack is how many more passages than asked are fetched, so that
// passages of equal scores can be put in path order before the list is cut.
const tieSlack = 20

// Search implements citebot.Retriever: it analyses and embeds the query
// with the Store's Embedder and asks Hybrid.
func (s *Store) Search(ctx context.Context, query string, k int) ([]citebot.Passage, error) {
	if k <= 0 {
		return []citebot.Passage{}, nil
	}
	q, err := retrieval.NewQuery(ctx, s.cfg.Embedder, query, k)
	if err != nil {
		return nil, err
	}
	q.Terms = chatTerms(query, q.Terms)
	return s.Hybrid(ctx, q)
}

// chatTerms adds to terms the stems of the words that the question's chat
// abbreviations stand for ("aug" → august, "govt" → government), as the
// in-process analysis adds them (at full weight). It needs no vocabulary;
// the rest of that analysis (corrections, completions, years) does, and
// is not done here.
func chatTerms(question string, terms []string) []string {
	for _, t := range text.Tokens(question) {
		for _, w := range text.ChatForm(t.Norm) {
			if stem := text.Stem(w); !text.IsStop(w) && !slices.Contains(terms, stem) {
				terms = append(terms, stem)
			}
		}
	}
	return terms
}

// Hybrid implements retrieval.Backend with the server's hybrid query: BM25
// over the terms property fused with the vector ranking by
// relativeScoreFusion, alpha the Embedder's VectorWeight (the weight of
// the vector ranking, as in the in-process fusion). relativeScoreFusion
// scales each ranking between its best and worst score among its top 100
// (QUERY_HYBRID_MAXIMUM_RESULTS), as the in-process fusion scales
// similarities; BM25 scores are scaled min-max there, not divided by the
// best one, which is the one difference. Passages of documents not (or
// not yet) listed by Documents are left out.
func (s *Store) Hybrid(ctx context.Context, q retrieval.Query) ([]citebot.Passage, error) {
	if q.K <= 0 || len(q.Terms) == 0 && q.Vec == nil {
		return []citebot.Passage{}, nil
	}
	cat, _, err := s.current(ctx, false)
	if err != nil {
		return nil, fmt.Errorf("hybrid search: %w", err)
	}
	h := s.c.GraphQL().HybridArgumentBuilder().WithQuery(strings.Join(q.Terms, " ")).
		WithProperties([]string{pTerms}).WithFusionType(graphql.RelativeScore)
	switch {
	case q.Vec == nil:
		h = h.WithAlpha(0)
	case len(q.Terms) == 0:
		h = h.WithVector(q.Vec).WithAlpha(1)
	default:
		h = h.WithVector(q.Vec).WithAlpha(float32(s.cfg.Embedder.VectorWeight()))
	}
	gb := s.c.GraphQL().Get().WithHybrid(h).WithLimit(q.K + tieSlack).
		WithFields(fields(pPath, pN, pStart, pEnd, pLine, pText, "_additional", "score")...)
	var objs []chunkObj
	if err := s.get(ctx, "hybrid search", s.chunk, gb, &objs); err != nil {
		return nil, err
	}
	return passages(cat, objs, q.K, len(q.Terms) == 0, s.cfg.Embedder.VectorWeight()), nil
}

// passages turns hybrid hits into at most k passages, best first, equal
// scores in path then position order. Vector-only scores are scaled by
// vecWeight, as the in-process fusion weighs them.
func passages(cat *catalog, objs []chunkObj, k int, vecOnly bool, vecWeight float64) []citebot.Passage {
	out := make([]citebot.Passage, 0, len(objs))
	pos := make(map[string]int, len(objs))
	for _, o := range objs {
		e, ok := cat.byPath[o.Path]
		score, err := strconv.ParseFloat(o.Additional.Score, 64)
		if !ok || err != nil || score <= 0 || o.N > e.src.Chunks || o.End-o.Start != len(o.Text) {
			continue
		}
		if vecOnly {
			score *= vecWeight
		}
		p := citebot.Passage{ID: chunkRef(e.src.ID, o.N), Doc: o.Path, Start: o.Start, End: o.End,
			Score: score, Text: o.Text, Line: o.Line, Source: e.src}
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
	ctx, cancel := s.libCtx()
	defer cancel()
	cat, gen, err := s.current(ctx, false)
	if err != nil {
		return -1
	}
	df, ok := s.weights.lookup(gen, stem)
	if !ok {
		if df, err = s.docFreq(ctx, stem); err != nil {
			s.cfg.Logger.Warn("weaviate: term weight", "stem", stem, "err", err)
			return -1
		}
		s.weights.store(gen, stem, df)
	}
	if df == 0 {
		return -1
	}
	n := float64(cat.chunks)
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
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
