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

// Spelt reports whether the folded word w is English spelt right, so
// that no correction should replace it even where a corpus lacks it: a
// word WordNet lists (English of its stem), a function word WordNet
// leaves out ("among", "whether", "anyone": functionWords) or a stop
// word, or the regular comparative or superlative of an adjective it
// lists ("smallest", "rarer", "larger"). It is safe for concurrent use.
func Spelt(w string) bool {
	if English(Stem(w)) || functionWords[w] || IsStop(w) {
		return true
	}
	for _, suffix := range []string{"est", "er"} {
		base, ok := strings.CutSuffix(w, suffix)
		if !ok || len(base) < 3 {
			continue
		}
		// "small" + "est", "rar" + "e" + "r"
		if English(Stem(base)) || English(Stem(base+"e")) {
			return true
		}
	}
	return false
}

// FunctionWord reports whether the folded word w is an English
// preposition, conjunction, pronoun or adverb of grammar that WordNet
// leaves out and the stop list does not have ("among", "per", "whether").
func FunctionWord(w string) bool { return functionWords[w] }

// functionWords are English prepositions, conjunctions, pronouns and
// adverbs of grammar that WordNet, which lists nouns, verbs, adjectives
// and adverbs of content, leaves out and the stop list does not have.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		aboard about above across after against along alongside amid amidst among amongst
		anybody anyone anything anywhere around atop because before behind below beneath beside
		besides between beyond despite during everybody everyone everything everywhere except
		hence however inside into lest near nearby nobody nonetheless nevertheless notwithstanding
		onto opposite outside per plus minus since somebody someone something somewhere than
		thereby therefore though although through throughout thru till toward towards under
		underneath unless unlike until unto upon versus via whatever whenever wherever whereas
		whereby wherein whether whichever whilst while whoever whomever whose whom within without`) {
		m[w] = true
	}
	return m
}()
