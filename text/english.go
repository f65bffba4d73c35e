package text

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"sort"
	"strings"
	"sync"
)

// englishGz is the sorted list of the stems of WordNet 3.0's one-word
// lemmas and their listed inflections, made by internal/englishgen (see
// synonyms/LICENSE.wordnet for WordNet's licence).
//
//go:embed english.txt.gz
var englishGz []byte

// englishStems is the parsed list, loaded on first use (about 60,000
// stems); read-only once loaded.
var englishStems = sync.OnceValue(func() []string {
	zr, err := gzip.NewReader(bytes.NewReader(englishGz))
	if err != nil {
		return nil // the package's tests rule this out
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil
	}
	return strings.Fields(string(b))
})

// English reports whether stem (as Stem makes it) is the stem of an
// English word WordNet lists: a word that is spelt right even when a
// corpus lacks it. It is safe for concurrent use; the first call loads
// the embedded list (a few milliseconds).
func English(stem string) bool {
	s := englishStems()
	i := sort.SearchStrings(s, stem)
	return i < len(s) && s[i] == stem
}
