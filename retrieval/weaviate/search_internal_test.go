package weaviate

import (
	"slices"
	"testing"

	"github.com/citebot/citebot/retrieval"
)

func TestChatTerms(t *testing.T) {
	q := "what rank was the paf chief who flew to moscow in aug 2012?"
	got := chatTerms(q, retrieval.QueryTerms(q))
	if !slices.Contains(got, "august") || !slices.Contains(got, "aug") {
		t.Errorf("chatTerms = %v, want aug and august", got)
	}
	if plain := "when did he visit moscow"; len(chatTerms(plain, retrieval.QueryTerms(plain))) != len(retrieval.QueryTerms(plain)) {
		t.Errorf("terms added to a question without chat forms")
	}
}
