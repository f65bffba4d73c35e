// Command englishgen writes text/english.txt.gz, the stems of the
// one-word lemmas of WordNet 3.0 (and of the inflections its exception
// lists name): the list of English words text.English knows. Run from the
// repository root after `apt-get install -y wordnet-base`:
//
//	go run ./text/internal/englishgen -wordnet /usr/share/wordnet -out text/english.txt.gz
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/citebot/citebot/text"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "directory of the WordNet 3.0 database")
	out := flag.String("out", "text/english.txt.gz", "output file")
	flag.Parse()
	stems := make(map[string]bool)
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		read(filepath.Join(*dir, "index."+pos), stems, 1)
		read(filepath.Join(*dir, pos+".exc"), stems, 2)
	}
	keys := make([]string, 0, len(stems))
	for s := range stems {
		keys = append(keys, s)
	}
	sort.Strings(keys)
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	zw.Write([]byte(strings.Join(keys, "\n") + "\n"))
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d stems", len(keys))
}

// read adds the stems of the words in the first fields (up to n) of the
// lines of a WordNet file, skipping the licence lines and multi-word or
// non-letter lemmas.
func read(path string, stems map[string]bool, n int) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue
		}
		fs := strings.Fields(line)
		for i := 0; i < n && i < len(fs); i++ {
			if w := fs[i]; letters(w) {
				stems[text.Stem(w)] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}

func letters(w string) bool {
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return len(w) > 1
}
