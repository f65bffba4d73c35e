package asked

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/citebot/citebot/text"
)

// personNounList is the English nouns that name a kind of person, and
// thingNounList those that name anything else and are used as nouns more
// than as verbs; both generated from WordNet 3.0 by gen/main.go (© 2006
// Princeton University, used under the WordNet 3.0 licence:
// text/synonyms/LICENSE.wordnet).
var (
	//go:embed person-nouns.txt
	personNounList string
	//go:embed thing-nouns.txt
	thingNounList string
)

// personNouns and thingNouns are the sets of personNounList and
// thingNounList, made on first use; read-only.
var (
	personNouns = sync.OnceValue(func() map[string]bool { return wordSet(personNounList) })
	thingNouns  = sync.OnceValue(func() map[string]bool { return wordSet(thingNounList) })
)

// wordSet is the set of the words of list.
func wordSet(list string) map[string]bool {
	m := make(map[string]bool, strings.Count(list, "\n"))
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// maxKindWords is how many words after "which" or "what" may name the
// kind asked for ("which retired Pakistani brigadier").
const maxKindWords = 3

// asksPersonKind reports whether folded question f asks "which" or "what"
// of a kind of person: one of the (at most maxKindWords) words that follow,
// before a function word, is a noun naming a kind of person, or its plural
// ("which Russian officer commanded", "what colonel general", "which
// deputies"), and it is not followed by a noun naming a thing, which it
// would only modify ("which member states", "which Tajik city", "which
// donor countries").
func asksPersonKind(f string) bool {
	words := strings.FieldsFunc(f, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') })
	persons, things := personNouns(), thingNouns()
	for i, w := range words {
		if w != "which" && w != "what" {
			continue
		}
		kind := words[i+1 : min(len(words), i+1+maxKindWords)]
		for j, k := range kind {
			if text.IsStop(k) {
				break
			}
			if !isNoun(persons, k) {
				continue
			}
			if j+1 < len(kind) && !text.IsStop(kind[j+1]) && isNoun(things, kind[j+1]) {
				continue // a modifier: "which host city"
			}
			return true
		}
	}
	return false
}

// IsNoun reports whether the folded word w, or the singular of a regular
// plural w, is an English noun naming a kind of person or a noun used as a
// noun more than as a verb: "tankers" and "officials" are, "play" and
// "live" are not. The word lists are made on first use; IsNoun is safe
// for concurrent use.
func IsNoun(w string) bool { return isNoun(personNouns(), w) || isNoun(thingNouns(), w) }

// IsPersonNoun reports whether the folded word w is an English noun
// naming a kind of person ("physicist", "coach", "pastor"), not its
// plural. It is safe for concurrent use.
func IsPersonNoun(w string) bool { return personNouns()[w] }

// IsPersonKind reports whether the folded word w, or the singular of its
// plural ("officials", "fishermen"), is an English noun naming a kind of
// person. It is safe for concurrent use.
func IsPersonKind(w string) bool { return isNoun(personNouns(), w) }

// isNoun reports whether w, or the singular of a plural w ("countries",
// "churches", "states", "fishermen"), is in nouns.
func isNoun(nouns map[string]bool, w string) bool {
	switch {
	case nouns[w]:
		return true
	case strings.HasSuffix(w, "men") && nouns[w[:len(w)-3]+"man"]:
		return true
	case strings.HasSuffix(w, "ies") && nouns[w[:len(w)-3]+"y"]:
		return true
	case strings.HasSuffix(w, "es") && nouns[w[:len(w)-2]]:
		return true
	}
	return strings.HasSuffix(w, "s") && nouns[w[:len(w)-1]]
}
