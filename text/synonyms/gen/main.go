//go:build ignore

// Command gen builds the synonym table embedded by package synonyms
// (text/synonyms/table.txt.gz) from a local copy of the WordNet 3.0
// database. It runs at development time only; citebot itself never reads
// WordNet. Regenerate with, from the repository root:
//
//	apt-get install -y wordnet-base
//	go run text/synonyms/gen/*.go -wordnet /usr/share/wordnet -out text/synonyms/table.txt.gz
//
// The output is deterministic for a given WordNet and stemmer: running the
// command twice gives byte-identical files.
//
// What goes into the table (see README.md for the reasoning):
//
//   - Words: single-word WordNet lemmas made only of the letters a-z after
//     lower-casing (no collocations such as "military_personnel", no
//     hyphens, apostrophes or digits), that are not stop words
//     (text.IsStop). Each word is reduced to its Snowball stem with
//     text.Stem, the same function citebot uses on documents and
//     questions; stems shorter than 3 bytes, and stems that are themselves
//     stop words ("overly" → "over"), are dropped.
//   - Senses: WordNet's index files list a word's senses most frequent
//     first. Only the first -senses (default 3) senses of each word, per part
//     of speech, are used, and of those only senses whose SemCor tag count
//     (cntlist.rev) is at least a tenth of the most frequent sense of any
//     word with the same stem and part of speech (see chooseSenses). A
//     relation through a synset counts only if that synset is a used sense
//     of both words. This keeps "bank"–"depository", "year"–"day" (via the
//     plural "years, days") and similar rare-sense noise out.
//   - Synonymy: two words are related when they share such a synset.
//   - Morphology: irregular inflections from verb.exc and noun.exc
//     ("bought" → "buy", "went" → "go", "men" → "man") are aliases of their
//     base: the inflection is related to its base and to the base's
//     synonyms in that part of speech (a verb form does not get the synonyms
//     of a noun spelt like its base). adj.exc is not used: "better" is not a
//     synonym of "good".
//   - Derivation: WordNet's word-level derivational links ("+" pointers)
//     between a noun and a verb, both used senses ("soldiery" ↔ "soldier",
//     "decision" ↔ "decide"), are aliases too: each word is related to the
//     other and to the other's synonyms in the linked synset. One hop only:
//     "soldier" gets "troop" because "soldiery" and "troops" share a
//     synset, but aliases of aliases are not followed. Links to nouns of
//     WordNet's noun.person file are skipped: an agent ("buyer",
//     "beginner") is not the act, and would bring in "vendee", "novice".
//   - Pertainyms: an adjective and the noun WordNet says it pertains to
//     (its "\" pointer), both used senses: "pakistani" ↔ "pakistan",
//     "economic" ↔ "economy", "presidential" ↔ "president".
//   - Capitals: a national capital (an instance of "national_capital") ↔
//     the country it is part of, the first instance of a kind of
//     "country" on its chain of part holonyms: "islamabad" ↔ "pakistan",
//     "moscow" ↔ "russia", "washington" ↔ "america", "usa". (Capitals
//     named by collocations, "New Delhi", are out like every collocation.)
//   - Negation prefix: two adjectives "unX" and "unY", each listed by
//     WordNet as the antonym of "X" and "Y", are related when the stems of
//     "X" and "Y" are related by the rules above ("unsure" ↔ "uncertain").
//     Hypernymy and troponymy are not used, even here: "unplanned" ↔
//     "unscheduled" would need "schedule" as a kind of "plan", and the same
//     rule gives "unaltered" ↔ "undamaged" and "unassertive" ↔
//     "undeclared" as often as it gives a good pair.
//   - Generic words: stems in denyStems (light verbs and placeholder nouns
//     such as "make", "take", "thing", "way") get no synonyms, because a
//     word related to everything makes every sentence match. Their
//     irregular inflections still map to them ("made" → "make"): that is
//     the same word, not a synonym.
//   - The relation is made symmetric and never relates a stem to itself.
//
// Output format: gzip'd text, one line per stem in byte order,
// "stem rel1 rel2 ...\n", with each line's related stems sorted and distinct.
package main

import (
	"flag"
	"log"
	"os"
	"path/filepath"
)

var posFiles = []struct {
	pos  byte // WordNet part-of-speech letter used in pointers (adjective satellites 's' map to 'a')
	name string
}{{'n', "noun"}, {'v', "verb"}, {'a', "adj"}, {'r', "adv"}}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "directory of the WordNet 3.0 database (data.*, index.*, *.exc, cntlist.rev)")
	out := flag.String("out", "text/synonyms/table.txt.gz", "output file")
	senses := flag.Int("senses", 3, "use only the first N senses of each word per part of speech")
	flag.Parse()

	g := &gen{
		senses:  *senses,
		synsets: map[synKey]*synset{},
		index:   map[lemmaKey][]sense{},
		first:   map[synKey]map[string]bool{},
		syn:     map[[2]string]bool{},
		negated: map[string]string{},
	}
	for _, pf := range posFiles {
		if err := g.readData(filepath.Join(*dir, "data."+pf.name), pf.pos); err != nil {
			log.Fatal(err)
		}
		if err := g.readIndex(filepath.Join(*dir, "index."+pf.name), pf.pos); err != nil {
			log.Fatal(err)
		}
	}
	if err := g.readCounts(filepath.Join(*dir, "cntlist.rev")); err != nil {
		log.Fatal(err)
	}
	g.chooseSenses()
	g.relate()
	g.capitals()
	for _, exc := range []struct {
		name string
		pos  byte
	}{{"verb.exc", 'v'}, {"noun.exc", 'n'}} {
		if err := g.readExc(filepath.Join(*dir, exc.name), exc.pos); err != nil {
			log.Fatal(err)
		}
	}
	table := g.stemTable()
	data, stems, pairs := encode(table)
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d stems, %d symmetric pairs, %d bytes", *out, stems, pairs, len(data))
}
