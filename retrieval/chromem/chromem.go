// Package chromem keeps vectors in a chromem-go collection, in memory: a
// retrieval.VectorStore. The in-process index no longer uses it (it scans
// the vectors of its stored file in place, or with the local embedder
// keeps none); the retrieval benchmarks compare with it.
package chromem

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"

	chromemgo "github.com/philippgille/chromem-go"
)

// Store is a set of vectors under string keys in one chromem-go
// collection. It is safe for concurrent use. Vectors are compared by
// cosine similarity; Store normalises those that are not unit length.
type Store struct {
	// mu makes Query's look at the count and the query one step, as
	// chromem-go fails a query for more vectors than it holds.
	mu   sync.RWMutex
	coll *chromemgo.Collection
}

// New returns an empty store.
func New() *Store {
	// The collection never embeds: it is given vectors, and the function
	// keeps chromem-go from falling back to its default, remote embedder.
	noEmbed := func(context.Context, string) ([]float32, error) {
		return nil, errors.New("chromem store: vectors must be given")
	}
	coll, err := chromemgo.NewDB().CreateCollection("chunks", nil, noEmbed)
	if err != nil {
		// only a nil embedding function or an empty name fail
		panic(fmt.Sprintf("chromem store: %v", err))
	}
	return &Store{coll: coll}
}

// Add stores vecs[i] under keys[i], replacing what a key held. It keeps
// the slices of unit-length vectors and copies the others to normalise
// them. It fails when the lengths of keys and vecs differ, a key is "" or
// a vector is empty.
func (s *Store) Add(ctx context.Context, keys []string, vecs [][]float32) error {
	if len(keys) != len(vecs) {
		return fmt.Errorf("chromem store: %d keys for %d vectors", len(keys), len(vecs))
	}
	if len(keys) == 0 {
		return nil
	}
	docs := make([]chromemgo.Document, len(keys))
	for i, k := range keys {
		if k == "" || len(vecs[i]) == 0 {
			return fmt.Errorf("chromem store: empty key or vector at %d", i)
		}
		docs[i] = chromemgo.Document{ID: k, Embedding: unit(vecs[i])}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.coll.AddDocuments(ctx, docs, runtime.GOMAXPROCS(0)); err != nil {
		return fmt.Errorf("chromem store: %w", err)
	}
	return nil
}

// Delete removes the vectors of keys; unknown keys are ignored.
func (s *Store) Delete(ctx context.Context, keys ...string) error {
	if len(keys) == 0 {
		// chromem-go deletes everything when given no keys
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.coll.Delete(ctx, nil, nil, keys...); err != nil {
		return fmt.Errorf("chromem store: %w", err)
	}
	return nil
}

// Query returns the keys of the n vectors most similar to vec, most
// similar first, and their cosine similarities; fewer when the store holds
// fewer, none when n ≤ 0. The order of equal similarities is not defined.
func (s *Store) Query(ctx context.Context, vec []float32, n int) ([]string, []float32, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	n = min(n, s.coll.Count())
	if n <= 0 {
		return nil, nil, nil
	}
	res, err := s.coll.QueryEmbedding(ctx, unit(vec), n, nil, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("chromem store: %w", err)
	}
	keys := make([]string, len(res))
	sims := make([]float32, len(res))
	for i, r := range res {
		keys[i], sims[i] = r.ID, r.Similarity
	}
	return keys, sims, nil
}

// Len returns how many vectors the store holds.
func (s *Store) Len() int { return s.coll.Count() }

// Collection is the underlying chromem-go collection, for benchmarks that
// compare with it. Changing it through this bypasses the store.
func (s *Store) Collection() *chromemgo.Collection { return s.coll }

// unitTolerance is how far from 1 a vector's length may be to count as
// unit length: chromem-go's own tolerance, so that a vector chromem-go
// would keep as it is is kept, bit for bit.
const unitTolerance = 1e-6

// unit returns v if it has unit length, else a normalised copy (a zero
// vector stays zero).
func unit(v []float32) []float32 {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	norm := math.Sqrt(sum)
	if math.Abs(norm-1) < unitTolerance || norm == 0 {
		return v
	}
	out := make([]float32, len(v))
	inv := float32(1 / norm)
	for i, x := range v {
		out[i] = x * inv
	}
	return out
}
