package retrieval

import (
	"context"

	"github.com/citebot/citebot"
)

// Searcher makes any Backend a citebot.Retriever (and, through it, a
// citebot.Library): it analyses and embeds each question with NewQuery
// (or the backend's AnalyzeQuery, when it is a QueryAnalyzer) and asks
// the backend's Hybrid search. It is safe for concurrent use when
// the backend and the embedder are.
type Searcher struct {
	Backend
	Embedder Embedder // embeds questions; must be the one Sync embedded chunks with
}

// Search implements citebot.Retriever.
func (s Searcher) Search(ctx context.Context, query string, k int) ([]citebot.Passage, error) {
	if k <= 0 {
		return []citebot.Passage{}, nil
	}
	q, err := embedQuery(ctx, s.Embedder, query, k)
	if err != nil {
		return nil, err
	}
	if a, ok := s.Backend.(QueryAnalyzer); ok {
		q.Terms, q.Weights = a.AnalyzeQuery(query)
	} else {
		q.Terms = queryTerms(query)
	}
	return s.Hybrid(ctx, q)
}
