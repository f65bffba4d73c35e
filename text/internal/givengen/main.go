//go:build ignore

// Command givengen writes text/given-names.txt, the given
// names ("tom", "mary", "joyce") that tell a person's name from the name
// of a place or a thing when every word of it is also an English word
// ("Mark Twain", "Joyce Carol Oates"), from the data of the
// npm package human-names 1.0.13 (MIT licence, notice in
// text/given-names.LICENSE): popular given names in
// English, German, French, Spanish, Italian and Dutch. It runs at
// development time only; citebot never reads the package. Regenerate
// with, from the repository root:
//
//	(cd /tmp && npm pack human-names@1.0.13 && tar xzf human-names-1.0.13.tgz)
//	go run text/internal/givengen/main.go -data /tmp/package/data
//
// A name is listed in the form the answerer compares (text.Tokens' Norm:
// folded, without accents) when it is one token of at least three
// letters a-z, no stop word, no month or day (the answerer's
// months-and-days.txt: "may", "june"), and not a place first: WordNet's
// most frequent noun sense of it, when it has one, is not in the
// noun.location file ("india", "georgia", "erin" are given names too,
// but in a text they name places). The WordNet 3.0
// database is read for that (apt-get install -y wordnet-base). The
// output is sorted and deterministic.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/citebot/citebot/text"
)

const header = `# Folded given names ("tom", "mary", "joyce"): a run of capitalised words
# that starts with one names a person even when every word of it is also an
# English word ("Mark Twain", "Joyce Carol Oates"). Written by
# text/internal/givengen/main.go from the npm package human-names 1.0.13 (MIT
# licence: given-names.LICENSE); general knowledge, not a corpus's names.
`

func main() {
	dir := flag.String("data", "package/data", "the data folder of the human-names package")
	wn := flag.String("wordnet", "/usr/share/wordnet", "directory of the WordNet 3.0 database (index.noun, data.noun)")
	out := flag.String("out", "text/given-names.txt", "output file")
	monthList := flag.String("months", "bot/extract/wordlists/months-and-days.txt", "the answerer's months and days, which are no given names")
	flag.Parse()
	files, err := filepath.Glob(filepath.Join(*dir, "*-human-names-*.json"))
	if err != nil || len(files) == 0 {
		log.Fatalf("no name files in %s", *dir)
	}
	places, err := placeNouns(*wn)
	if err != nil {
		log.Fatal(err)
	}
	months, err := wordList(*monthList)
	if err != nil {
		log.Fatal(err)
	}
	set := map[string]bool{}
	for _, f := range files {
		var names []string
		data, err := os.ReadFile(f)
		if err == nil {
			err = json.Unmarshal(data, &names)
		}
		if err != nil {
			log.Fatalf("%s: %v", f, err)
		}
		for _, n := range names {
			if w, ok := listed(n); ok && !places[w] && !months[w] {
				set[w] = true
			}
		}
	}
	words := make([]string, 0, len(set))
	for w := range set {
		words = append(words, w)
	}
	slices.Sort(words)
	if err := os.WriteFile(*out, []byte(header+strings.Join(words, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d names\n", len(words))
}

// listed returns the folded form of a name, and whether it is listed.
func listed(name string) (string, bool) {
	toks := text.Tokens(name)
	if len(toks) != 1 || len(toks[0].Norm) < 3 || text.IsStop(toks[0].Norm) {
		return "", false
	}
	for _, r := range toks[0].Norm {
		if r < 'a' || r > 'z' {
			return "", false
		}
	}
	return toks[0].Norm, true
}

// wordList reads one of the answerer's word lists (one word a line, #
// comments) into a set.
func wordList(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			out[w] = true
		}
	}
	return out, nil
}

// placeNouns returns the WordNet nouns whose most frequent sense is in
// the noun.location lexicographer file (number 15).
func placeNouns(dir string) (map[string]bool, error) {
	index, err := os.ReadFile(filepath.Join(dir, "index.noun"))
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(filepath.Join(dir, "data.noun"))
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(index), "\n") {
		f := strings.Fields(line)
		if len(f) < 4 || strings.HasPrefix(line, " ") {
			continue
		}
		// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
		ptrs, err := strconv.Atoi(f[3])
		if err != nil || len(f) < 7+ptrs {
			continue
		}
		off, err := strconv.Atoi(f[6+ptrs])
		if err != nil || off+20 > len(data) {
			continue
		}
		rec := strings.Fields(string(data[off : off+20]))
		if len(rec) >= 2 && rec[1] == "15" {
			out[f[0]] = true
		}
	}
	return out, nil
}
