package bot

import (
	"sync"

	"github.com/citebot/citebot/text/synonyms"
)

// sharedSynonyms is the embedded synonym table, loaded once per test
// binary: New and retrieval.Open would each load it again.
var sharedSynonyms = sync.OnceValue(func() *synonyms.Table {
	t, err := synonyms.Load()
	if err != nil {
		panic("embedded synonym table: " + err.Error())
	}
	return t
})

// SharedSynonyms is sharedSynonyms for the external tests.
func SharedSynonyms() *synonyms.Table { return sharedSynonyms() }
