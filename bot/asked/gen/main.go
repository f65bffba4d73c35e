//go:build ignore

// Command gen writes bot/asked/person-nouns.txt, the English nouns that
// name a kind of person ("officer", "envoy", "brigadier"), from a local
// copy of the WordNet 3.0 database. It runs at development time only;
// citebot never reads WordNet at run time. Regenerate with, from the
// repository root:
//
//	apt-get install -y wordnet-base   # or: apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wn
//	go run bot/asked/gen/main.go -wordnet /usr/share/wordnet -out bot/asked/person-nouns.txt
//
// A word is listed when it is made of the letters a-z, its first (most
// frequent) noun sense is in WordNet's noun.person file and is a kind of
// person, not a named one (an instance: "putin", "elizabeth"), and WordNet
// lists no adjective spelt like it: "russian", "official" and "general"
// name people too, but in a question ("which Russian bank") they are more
// often modifiers. The output is sorted and deterministic.
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
	out := flag.String("out", "bot/asked/person-nouns.txt", "output file")
	flag.Parse()
	// synset offset → whether it is a person kind (noun.person, not an instance)
	kind := map[string]bool{}
	each(filepath.Join(*dir, "data.noun"), func(f []string) {
		kind[f[0]] = f[1] == nounPerson && !slices.Contains(f, "@i")
	})
	adj := map[string]bool{}
	each(filepath.Join(*dir, "index.adj"), func(f []string) { adj[f[0]] = true })
	var words []string
	each(filepath.Join(*dir, "index.noun"), func(f []string) {
		// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
		w := f[0]
		if !letters(w) || adj[w] {
			return
		}
		p := atoi(f[3])
		if first := f[4+p+2]; kind[first] {
			words = append(words, w)
		}
	})
	slices.Sort(words)
	if err := os.WriteFile(*out, []byte(strings.Join(words, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d person nouns", len(words))
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
