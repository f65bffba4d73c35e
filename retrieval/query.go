package retrieval

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// NewQuery makes the hybrid query for k passages about text: its BM25
// terms (QueryTerms) and its embedding by emb, normalised. It fails only
// when embedding fails.
func NewQuery(ctx context.Context, emb Embedder, text string, k int) (Query, error) {
	vecs, err := emb.Embed(ctx, []string{text})
	if err == nil && len(vecs) != 1 {
		err = fmt.Errorf("embedder returned %d vectors for 1 text", len(vecs))
	}
	if err != nil {
		return Query{}, fmt.Errorf("embed query: %w", err)
	}
	normalize(vecs[0])
	return Query{Terms: queryTerms(text), Vec: vecs[0], K: k}, nil
}

// QueryTerms returns the BM25 terms of a text as queries and chunks are
// analysed: stems of its content words.
func QueryTerms(text string) []string { return queryTerms(text) }

// ChunkHash is the content hash of a chunk's text (Chunk.Hash).
func ChunkHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:12])
}
