package retrieval_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/corpus"
	"github.com/citebot/citebot/retrieval"
	"github.com/citebot/citebot/retrieval/retrievaltest"
)

// TestIndexBackend runs the backend suite against the in-process index.
func TestIndexBackend(t *testing.T) {
	// an embedder whose vectors the index keeps, as a server's are, so
	// that the suite's checks of vector reuse apply (the local embedder's
	// vectors are computed at query time: TestIncrementalIndex)
	kept := retrieval.HashEmbedder(64)
	kept.Local = false
	retrievaltest.RunBackendSuite(t, func(t *testing.T) retrieval.Backend {
		return retrieval.NewIndex(kept)
	})
}

// TestSearcherIsIndexSearch checks that a Searcher over the in-process
// index answers as the index does.
func TestSearcherIsIndexSearch(t *testing.T) {
	ctx := context.Background()
	ix, _, err := retrieval.Open(ctx, retrieval.Corpus{FS: corpus.FS(), Name: "embedded"}, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var r citebot.Retriever = retrieval.Searcher{Backend: ix, Embedder: retrieval.HashEmbedder(retrieval.DefaultDim)}
	for _, q := range []string{"When did Musharraf visit Moscow?", "gas pipeline", ""} {
		want, err1 := ix.Search(ctx, q, 5)
		got, err2 := r.Search(ctx, q, 5)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%q: Searcher gave %v (%v), the index %v (%v)", q, got, err2, want, err1)
		}
	}
}
