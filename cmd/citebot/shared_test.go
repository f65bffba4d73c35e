package main

import (
	"sync"

	"github.com/citebot/citebot/text/synonyms"
)

// sharedSynonyms is the embedded synonym table, loaded once per test
// binary and given to every env the tests run commands in: each env would
// load it again.
var sharedSynonyms = sync.OnceValue(func() *synonyms.Table {
	t, err := synonyms.Load()
	if err != nil {
		panic("embedded synonym table: " + err.Error())
	}
	return t
})
