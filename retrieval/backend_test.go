package retrieval_test

import (
	"testing"

	"github.com/citebot/citebot/retrieval"
	"github.com/citebot/citebot/retrieval/retrievaltest"
)

// TestIndexBackend runs the backend suite against the in-process index.
func TestIndexBackend(t *testing.T) {
	retrievaltest.RunBackendSuite(t, func(t *testing.T) retrieval.Backend {
		return retrieval.NewIndex(retrieval.HashEmbedder(64), nil)
	})
}
