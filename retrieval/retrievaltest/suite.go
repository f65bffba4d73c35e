// Package retrievaltest is the behaviour every retrieval.Backend must
// show, as a suite of tests to run against each one:
//
//	func TestBackend(t *testing.T) {
//		retrievaltest.RunBackendSuite(t, func(t *testing.T) retrieval.Backend {
//			return retrieval.NewIndex(retrieval.Embedder{}, nil)
//		})
//	}
//
// The suite drives the backend through retrieval.Sync from in-memory
// corpora and asks it hybrid queries made by retrieval.NewQuery with a
// 64-dimension HashEmbedder, so vectors are small and deterministic.
package retrievaltest

import (
	"testing"

	"github.com/citebot/citebot/retrieval"
)

// RunBackendSuite runs every case against its own backend from newBackend,
// which must return a new, empty backend on each call (and register its
// clean-up with t.Cleanup). Cases run one after another.
func RunBackendSuite(t *testing.T, newBackend func(t *testing.T) retrieval.Backend) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.run(t, newHarness(newBackend(t)))
		})
	}
}
