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
// as a verb, and it is no irregular form of a verb (verb.exc: "left",
// "found"). After a person noun such a word shows that the person noun
// modifies it ("which member states", "which host city"). The outputs are
// sorted and deterministic.
package main

import (
	"bufio"
	"flag"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

const nounPerson = "18" // WordNet's lexicographer file noun.person

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dict folder")
	persons := flag.String("out", "bot/asked/person-nouns.txt", "output file of person nouns")
	things := flag.String("things", "bot/asked/thing-nouns.txt", "output file of thing nouns")
	flag.Parse()
	// synset offset → its lexicographer file, and whether it is an instance
	lexFile, instance := map[string]string{}, map[string]bool{}
	each(filepath.Join(*dir, "data.noun"), func(f []string) {
		lexFile[f[0]], instance[f[0]] = f[1], slices.Contains(f, "@i")
	})
	adj := map[string]bool{}
	each(filepath.Join(*dir, "index.adj"), func(f []string) { adj[f[0]] = true })
	nounTags, verbTags := tagCounts(filepath.Join(*dir, "cntlist.rev"))
	irregular := map[string]bool{}
	each(filepath.Join(*dir, "verb.exc"), func(f []string) { irregular[f[0]] = true })
	var pw, tw []string
	each(filepath.Join(*dir, "index.noun"), func(f []string) {
		// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
		w := f[0]
		if !letters(w) {
			return
		}
		first := f[4+atoi(f[3])+2]
		switch {
		case lexFile[first] == nounPerson:
			if !instance[first] && !adj[w] {
				pw = append(pw, w)
			}
		case nounTags[w] > 0 && nounTags[w] > verbTags[w] && !irregular[w]:
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
	each(path, func(f []string) {
		// lemma%ss_type:lex_filenum:lex_id:head_word:head_id sense_number tag_cnt
		lemma, key, _ := strings.Cut(f[0], "%")
		switch key[0] {
		case '1':
			nouns[lemma] += atoi(f[2])
		case '2':
			verbs[lemma] += atoi(f[2])
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

// each calls fn with the fields of each line of a WordNet file that is
// not part of its licence header.
func each(path string, fn func([]string)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "  ") {
			fn(strings.Fields(line))
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}

func letters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
