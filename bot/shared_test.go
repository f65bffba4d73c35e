package bot

import (
	"sync"

	"github.com/citebot/citebot/bot/extract"
	"github.com/citebot/citebot/text/synonyms"
	"github.com/citebot/citebot/text/uselite"
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

// DocText is ask_test.go's test document, for the external tests that
// index it (TestQualityOnOneChunk).
const DocText = docText

// sharedEncoder is the embedded sentence encoder, loaded once per test
// binary: every Bot would load its own for the second look, which under
// the race detector takes over a second and would count against the
// timings a test measures.
var sharedEncoder = sync.OnceValues(uselite.Load)

// SharedSentences embeds with sharedEncoder (Options.Sentences), loading
// it first; it panics if the embedded model is corrupt, which the
// encoder's own tests rule out.
func SharedSentences() extract.EmbedFunc {
	m, err := sharedEncoder()
	if err != nil {
		panic("embedded sentence encoder: " + err.Error())
	}
	return m.EmbedAll
}
