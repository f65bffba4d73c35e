package asked

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/citebot/citebot/text"
)

// personNounList is the English nouns that name a kind of person,
// generated from WordNet 3.0 by gen/main.go (© 2006 Princeton University,
// used under the WordNet 3.0 licence: text/synonyms/LICENSE.wordnet).
//
//go:embed person-nouns.txt
var personNounList string

// personNouns is the set of personNounList, made on first use; read-only.
var personNouns = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, strings.Count(personNounList, "\n"))
	for _, w := range strings.Fields(personNounList) {
		m[w] = true
	}
	return m
})

// maxKindWords is how many words after "which" or "what" may name the
// kind asked for ("which retired Pakistani brigadier").
const maxKindWords = 3

// asksPersonKind reports whether folded question f asks "which" or "what"
// of a kind of person: one of the (at most maxKindWords) words that follow,
// before a function word, is a noun naming a kind of person ("which
// Russian officer commanded", "what colonel general").
func asksPersonKind(f string) bool {
	words := strings.FieldsFunc(f, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') })
	nouns := personNouns()
	for i, w := range words {
		if w != "which" && w != "what" {
			continue
		}
		for _, k := range words[i+1 : min(len(words), i+1+maxKindWords)] {
			if text.IsStop(k) {
				break
			}
			if nouns[k] || strings.HasSuffix(k, "s") && nouns[k[:len(k)-1]] {
				return true
			}
		}
	}
	return false
}
