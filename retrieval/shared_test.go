package retrieval

import (
	"sync"

	"github.com/citebot/citebot/text/synonyms"
)

// testSynonyms is the embedded synonym table, loaded once per test binary:
// Open would load it for every index the tests open.
var testSynonyms = sync.OnceValue(func() *synonyms.Table {
	t, err := synonyms.Load()
	if err != nil {
		panic("embedded synonym table: " + err.Error())
	}
	return t
})

// shared returns opts with the tests' shared synonym table unless they
// name one.
func shared(opts Options) Options {
	if opts.Synonyms == nil {
		opts.Synonyms = testSynonyms()
	}
	return opts
}
