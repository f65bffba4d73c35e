//go:build ignore

// Command gen writes bot/asked/person-nouns.txt, the English nouns that
// name a kind of person ("officer", "envoy", "brigadier"), and
// bot/asked/thing-nouns.txt, the nouns that name anything else and are
// used as nouns more than as verbs ("city", "state", "group"), from a
// local copy of the WordNet 3.0 database. It runs at development time
// only; citebot never reads WordNet at run time. Regenerate with, from the
// repository root:
//
//	apt-get install -y wordnet-base   # or: apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wn
//	go run bot/asked/gen/main.go -wordnet /usr/share/wordnet
//
// A word is listed as a person noun when it is made of the letters a-z,
// its first (most frequent) noun sense is in WordNet's noun.person file
// and is a kind of person, not a named one (an instance: "putin",
// "elizabeth"), and WordNet lists no adjective spelt like it: "russian",
// "official" and "general" name people too, but in a question ("which
// Russian bank") they are more often modifiers.
//
// A word is listed as a thing noun when it is made of the letters a-z,
// its first noun sense is not in noun.person, WordNet's sense-tagged
// texts (cntlist.rev) use it as a noun at least once and more often than
// as a verb, or never tag it and WordNet lists it as no verb ("module",
// "cartridge"), and it is no irregular form of a verb (verb.exc: "left",
// "found"). After a person noun such a word shows that the person noun
// modifies it ("which member states", "which host city"). The outputs are
// sorted and deterministic.
package main

import (
	"flag"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/citebot/citebot/internal/wordnet"
)

const nounPerson = 18 // WordNet's lexicographer file noun.person

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dict folder")
	persons := flag.String("out", "bot/asked/person-nouns.txt", "output file of person nouns")
	things := flag.String("things", "bot/asked/thing-nouns.txt", "output file of thing nouns")
	flag.Parse()
	// synset offset → its lexicographer file, and whether it is an instance
	lexFile, instance := map[int]int{}, map[int]bool{}
	each(filepath.Join(*dir, "data.noun"), func(line string) {
		s := must(wordnet.ParseData(line))
		lexFile[s.Offset] = s.LexFile
		instance[s.Offset] = slices.ContainsFunc(s.Pointers, func(p wordnet.Pointer) bool { return p.Sym == "@i" })
	})
	adj := map[string]bool{}
	each(filepath.Join(*dir, "index.adj"), func(line string) { adj[must(wordnet.ParseIndex(line)).Lemma] = true })
	nounTags, verbTags := tagCounts(filepath.Join(*dir, "cntlist.rev"))
	irregular := map[string]bool{}
	each(filepath.Join(*dir, "verb.exc"), func(line string) { irregular[strings.Fields(line)[0]] = true })
	verb := map[string]bool{}
	each(filepath.Join(*dir, "index.verb"), func(line string) { verb[must(wordnet.ParseIndex(line)).Lemma] = true })
	var pw, tw []string
	each(filepath.Join(*dir, "index.noun"), func(line string) {
		ix := must(wordnet.ParseIndex(line))
		w, first := ix.Lemma, ix.Offsets[0]
		switch {
		case !letters(w):
		case lexFile[first] == nounPerson:
			if !instance[first] && !adj[w] {
				pw = append(pw, w)
			}
		case (nounTags[w] > 0 && nounTags[w] > verbTags[w] || nounTags[w] == 0 && !verb[w]) && !irregular[w]:
			tw = append(tw, w)
		}
	})
	write(*persons, pw)
	write(*things, tw)
}

// tagCounts reads cntlist.rev: how often WordNet's sense-tagged texts use
// each word as a noun and as a verb.
func tagCounts(path string) (nouns, verbs map[string]int) {
	nouns, verbs = map[string]int{}, map[string]int{}
	each(path, func(line string) {
		c, ok := wordnet.ParseCount(line)
		switch {
		case !ok:
		case c.SSType == '1':
			nouns[c.Lemma] += c.Tags
		case c.SSType == '2':
			verbs[c.Lemma] += c.Tags
		}
	})
	return nouns, verbs
}

// write writes words, sorted, one a line.
func write(path string, words []string) {
	slices.Sort(words)
	if err := os.WriteFile(path, []byte(strings.Join(words, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %d words", path, len(words))
}

// each calls fn with each line of a WordNet file that is not part of its
// licence header; it ends the program when the file cannot be read.
func each(path string, fn func(line string)) {
	err := wordnet.Lines(path, true, func(line string) error { fn(line); return nil })
	if err != nil {
		log.Fatal(err)
	}
}

// must returns v, or ends the program with err.
func must[T any](v T, err error) T {
	if err != nil {
		log.Fatal(err)
	}
	return v
}

func letters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}
