//go:build ignore

// Command gen builds the synonym table embedded by package synonyms
// (text/synonyms/table.txt.gz) from a local copy of the WordNet 3.0
// database. It runs at development time only; citebot itself never reads
// WordNet. Regenerate with, from the repository root:
//
//	apt-get install -y wordnet-base
//	go run text/synonyms/gen/main.go -wordnet /usr/share/wordnet -out text/synonyms/table.txt.gz
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
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/citebot/citebot/text"
)

// denyStems are stems that would relate to nearly everything: English light
// (support) verbs, whose meaning comes from their object ("make a
// decision", "take a walk"), and placeholder nouns. The rule, not a corpus,
// decides membership: a word is listed only if it is a light verb or a
// pro-form noun in general English. Stems shorter than 3 bytes ("be", "do",
// "go") are dropped anyway but are listed for completeness.
var denyStems = []string{
	// light verbs
	"be", "have", "do", "get", "make", "take", "go", "give", "put", "set",
	"come", "keep", "let",
	// placeholder nouns
	"thing", "way", "part", "one", "kind", "lot", "stuff",
}

var posFiles = []struct {
	pos  byte // WordNet part-of-speech letter used in pointers (adjective satellites 's' map to 'a')
	name string
}{{'n', "noun"}, {'v', "verb"}, {'a', "adj"}, {'r', "adv"}}

type pointer struct {
	sym      string
	key      synKey
	src, tgt int // 1-based word numbers; 0 means the whole synset
}

type synKey struct {
	pos byte
	off int
}

type synset struct {
	lexfile int
	head    string   // first lemma as written, lower case ("national_capital")
	words   []string // normalised lemmas, "" where unusable
	ptrs    []pointer
}

// sense is one sense of a lemma in a part of speech: its synset, its rank
// in the index file (0 = most frequent) and its sense-tagged frequency.
type sense struct {
	off, rank, count int
}

type lemmaKey struct {
	pos  byte
	word string
}

type gen struct {
	senses  int
	synsets map[synKey]*synset
	index   map[lemmaKey][]sense
	// first[synset] is the set of lemmas for which this synset is one of
	// their frequent senses (see frequent).
	first map[synKey]map[string]bool
	// word-level relations before stemming
	syn     map[[2]string]bool // synonymy, both orders
	aliases []alias
	// negated maps an adjective "unX" to "X" where WordNet lists them as
	// antonyms.
	negated map[string]string
}

// alias says that word a is a form of the same word as b (an irregular
// inflection, or a derivation): a is related to b and to the words of
// synsets, which are b's senses in that relation.
type alias struct {
	a, b    string
	morph   bool
	synsets []synKey
}

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

// lemma normalises a WordNet lemma: lower case, adjective markers such as
// "(a)" removed; it returns "" for collocations and anything that is not
// plain a-z.
func lemma(w string) string {
	if i := strings.IndexByte(w, '('); i >= 0 {
		w = w[:i]
	}
	w = strings.ToLower(w)
	if w == "" {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return ""
		}
	}
	return w
}

// stem is the table key of a word: its text.Stem, or "" for stop words,
// stems that are stop words and stems shorter than 3 bytes.
func stem(w string) string {
	if w == "" || text.IsStop(w) {
		return ""
	}
	s := text.Stem(w)
	if len(s) < 3 || text.IsStop(s) {
		return "" // "overly" stems to "over", a stop word that callers may not filter
	}
	return s
}

func isLicenceLine(line string) bool { return strings.HasPrefix(line, "  ") }

// eachLine calls fn with every line of a file, passing over the licence
// header of WordNet's data and index files when skipLicence is set.
func eachLine(path string, skipLicence bool, fn func(line string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if skipLicence && isLicenceLine(sc.Text()) {
			continue
		}
		if err := fn(sc.Text()); err != nil {
			return err
		}
	}
	return sc.Err()
}

func (g *gen) readData(path string, pos byte) error {
	return eachLine(path, true, func(line string) error {
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		}
		fs := strings.Fields(line)
		if len(fs) < 4 {
			return fmt.Errorf("%s: short line %q", path, line)
		}
		off, err := strconv.Atoi(fs[0])
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		lexfile, err := strconv.Atoi(fs[1])
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		wcnt, err := strconv.ParseInt(fs[3], 16, 32)
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		s := &synset{lexfile: lexfile, head: strings.ToLower(fs[4])}
		i := 4
		for range wcnt {
			s.words = append(s.words, lemma(fs[i]))
			i += 2
		}
		pcnt, err := strconv.Atoi(fs[i])
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		i++
		for range pcnt {
			poff, err := strconv.Atoi(fs[i+1])
			if err != nil {
				return fmt.Errorf("%s: %v", path, err)
			}
			ppos := fs[i+2][0]
			if ppos == 's' {
				ppos = 'a'
			}
			st := fs[i+3]
			src, _ := strconv.ParseInt(st[:2], 16, 32)
			tgt, _ := strconv.ParseInt(st[2:], 16, 32)
			s.ptrs = append(s.ptrs, pointer{sym: fs[i], key: synKey{ppos, poff}, src: int(src), tgt: int(tgt)})
			i += 4
		}
		g.synsets[synKey{pos, off}] = s
		return nil
	})
}

// readIndex reads a lemma's senses in WordNet's order (most frequent
// first).
func (g *gen) readIndex(path string, pos byte) error {
	return eachLine(path, true, func(line string) error {
		fs := strings.Fields(line)
		w := lemma(fs[0])
		if w == "" {
			return nil
		}
		scnt, err := strconv.Atoi(fs[2])
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		pcnt, err := strconv.Atoi(fs[3])
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		offs := fs[4+pcnt+2:]
		if len(offs) != scnt {
			return fmt.Errorf("%s: %q: %d offsets, want %d", path, fs[0], len(offs), scnt)
		}
		k := lemmaKey{pos, w}
		for rank, o := range offs {
			off, err := strconv.Atoi(o)
			if err != nil {
				return fmt.Errorf("%s: %v", path, err)
			}
			g.index[k] = append(g.index[k], sense{off: off, rank: rank})
		}
		return nil
	})
}

// readCounts reads cntlist.rev: "lemma%ss_type:... sense_number tag_count",
// the number of times each sense is tagged in the SemCor corpus.
func (g *gen) readCounts(path string) error {
	return eachLine(path, false, func(line string) error {
		fs := strings.Fields(line)
		if len(fs) != 3 {
			return nil
		}
		key, num, cnt := fs[0], fs[1], fs[2]
		i := strings.IndexByte(key, '%')
		if i < 0 || i+1 >= len(key) {
			return nil
		}
		pos := map[byte]byte{'1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a'}[key[i+1]]
		w := lemma(key[:i])
		n, err1 := strconv.Atoi(num)
		c, err2 := strconv.Atoi(cnt)
		if pos == 0 || w == "" || err1 != nil || err2 != nil {
			return nil
		}
		ss := g.index[lemmaKey{pos, w}]
		if n >= 1 && n <= len(ss) {
			ss[n-1].count = c
		}
		return nil
	})
}

// chooseSenses decides which synsets count for each lemma: its first
// g.senses senses, and of those only the ones whose SemCor frequency is at
// least a tenth of the most frequent sense of any lemma with the same stem
// and part of speech. The second condition drops rare senses of plurals and
// derived forms that share a stem with a common word ("years" = old age and
// "days, years" next to "year"; "stops", a card game, next to "stop"), and
// untagged senses of words that do have tagged ones. A lemma never tagged in
// any part of speech is dropped when another lemma with the same stem is
// tagged ("purchasable", venal, next to "purchase"). Stems never tagged
// keep their first senses.
func (g *gen) chooseSenses() {
	stemMax := map[lemmaKey]int{} // by (pos, stem); pos 0 for any
	wordMax := map[string]int{}   // by lemma, any pos
	for k, ss := range g.index {
		st := text.Stem(k.word)
		for _, s := range ss {
			stemMax[lemmaKey{k.pos, st}] = max(stemMax[lemmaKey{k.pos, st}], s.count)
			stemMax[lemmaKey{0, st}] = max(stemMax[lemmaKey{0, st}], s.count)
			wordMax[k.word] = max(wordMax[k.word], s.count)
		}
	}
	for k, ss := range g.index {
		st := text.Stem(k.word)
		if wordMax[k.word] == 0 && stemMax[lemmaKey{0, st}] > 0 {
			continue // "purchasable" next to "purchase"
		}
		top := stemMax[lemmaKey{k.pos, st}]
		for _, s := range ss {
			if s.rank >= g.senses || s.count*10 < top {
				continue
			}
			sk := synKey{k.pos, s.off}
			if g.first[sk] == nil {
				g.first[sk] = map[string]bool{}
			}
			g.first[sk][k.word] = true
		}
	}
}

// frequent reports whether synset k is one of the frequent senses of w.
func (g *gen) frequent(k synKey, w string) bool { return w != "" && g.first[k][w] }

// sensesOf returns the frequent synsets of w in part of speech pos.
func (g *gen) sensesOf(pos byte, w string) []synKey {
	var out []synKey
	for _, s := range g.index[lemmaKey{pos, w}] {
		if k := (synKey{pos, s.off}); g.frequent(k, w) {
			out = append(out, k)
		}
	}
	return out
}

func addPair(m map[[2]string]bool, a, b string) {
	if a == "" || b == "" || a == b {
		return
	}
	m[[2]string{a, b}] = true
	m[[2]string{b, a}] = true
}

const nounPerson = 18 // WordNet lexicographer file noun.person

// sortedKeys returns the synsets' keys in part-of-speech and offset
// order.
func (g *gen) sortedKeys() []synKey {
	keys := make([]synKey, 0, len(g.synsets))
	for k := range g.synsets {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].pos != keys[j].pos {
			return keys[i].pos < keys[j].pos
		}
		return keys[i].off < keys[j].off
	})
	return keys
}

// relate collects word-level synonymy, derivation, pertainyms and negated
// adjectives.
func (g *gen) relate() {
	keys := g.sortedKeys()
	for _, k := range keys {
		s := g.synsets[k]
		for i, a := range s.words {
			if !g.frequent(k, a) {
				continue
			}
			for _, b := range s.words[i+1:] {
				if g.frequent(k, b) {
					addPair(g.syn, a, b)
				}
			}
		}
		for _, p := range s.ptrs {
			t := g.synsets[p.key]
			if t == nil {
				continue
			}
			wordPtr := p.src > 0 && p.tgt > 0 && p.src <= len(s.words) && p.tgt <= len(t.words)
			switch {
			case p.sym == "+" && wordPtr && (k.pos == 'n' && p.key.pos == 'v' || k.pos == 'v' && p.key.pos == 'n'):
				// an agent ("buyer", "beginner") is not the act
				if k.pos == 'n' && s.lexfile == nounPerson || p.key.pos == 'n' && t.lexfile == nounPerson {
					continue
				}
				a, b := s.words[p.src-1], t.words[p.tgt-1]
				if g.frequent(k, a) && g.frequent(p.key, b) {
					// each pointer is listed from both ends, so one
					// direction suffices
					g.aliases = append(g.aliases, alias{a: a, b: b, synsets: []synKey{p.key}})
				}
			case p.sym == "\\" && wordPtr && k.pos == 'a' && p.key.pos == 'n':
				// a pertainym: "pakistani" of "pakistan", "economic" of
				// "economy"
				a, b := s.words[p.src-1], t.words[p.tgt-1]
				if g.frequent(k, a) && g.frequent(p.key, b) {
					addPair(g.syn, a, b)
				}
			case p.sym == "!" && wordPtr && k.pos == 'a' && p.key.pos == 'a':
				a, b := s.words[p.src-1], t.words[p.tgt-1]
				if b != "" && a == "un"+b && g.frequent(k, a) {
					g.negated[a] = b
				}
			}
		}
	}
}

// capitals relates each national capital (an instance of the synset
// "national_capital") to the country it is part of: the first synset on its
// chain of part holonyms (at most 3 hops: Washington, District of
// Columbia, United States) that is an instance of a kind of "country".
// Questions name a government by its capital ("Moscow backed ...").
func (g *gen) capitals() {
	keys := g.sortedKeys()
	for _, k := range keys {
		s := g.synsets[k]
		if k.pos != 'n' || !g.instanceOf(s, "national_capital", 0) {
			continue
		}
		for hop, at := 0, s; hop < 3 && at != nil; hop++ {
			var next *synset
			for _, p := range at.ptrs {
				if p.sym == "#p" && p.key.pos == 'n' && next == nil {
					next = g.synsets[p.key]
				}
			}
			if next != nil && g.instanceOf(next, "country", 3) {
				for _, a := range s.words {
					for _, b := range next.words {
						addPair(g.syn, a, b)
					}
				}
				break
			}
			at = next
		}
	}
}

// instanceOf reports whether s is an instance of a synset whose head is
// head, or of a kind of one within depth hypernym hops.
func (g *gen) instanceOf(s *synset, head string, depth int) bool {
	for _, p := range s.ptrs {
		if p.sym == "@i" && g.isA(g.synsets[p.key], head, depth) {
			return true
		}
	}
	return false
}

// isA reports whether s has the head head or a hypernym within depth hops
// that has.
func (g *gen) isA(s *synset, head string, depth int) bool {
	if s == nil {
		return false
	}
	if s.head == head {
		return true
	}
	if depth == 0 {
		return false
	}
	for _, p := range s.ptrs {
		if p.sym == "@" && g.isA(g.synsets[p.key], head, depth-1) {
			return true
		}
	}
	return false
}

// readExc reads an exception list, "inflected base [base...]", of part of
// speech pos.
func (g *gen) readExc(path string, pos byte) error {
	return eachLine(path, false, func(line string) error {
		fs := strings.Fields(line)
		if len(fs) < 2 {
			return nil
		}
		infl := lemma(fs[0])
		for _, base := range fs[1:] {
			if b := lemma(base); infl != "" && b != "" && b != infl {
				g.aliases = append(g.aliases, alias{a: infl, b: b, morph: true, synsets: g.sensesOf(pos, b)})
			}
		}
		return nil
	})
}

// stemTable turns the word relations into the symmetric stem relation.
func (g *gen) stemTable() map[string]map[string]bool {
	deny := map[string]bool{}
	for _, s := range denyStems {
		deny[s] = true
	}
	table := map[string]map[string]bool{}
	add := func(a, b string, morph bool) {
		sa, sb := stem(a), stem(b)
		if sa == "" || sb == "" || sa == sb {
			return
		}
		if !morph && (deny[sa] || deny[sb]) {
			return
		}
		for _, p := range [][2]string{{sa, sb}, {sb, sa}} {
			if table[p[0]] == nil {
				table[p[0]] = map[string]bool{}
			}
			table[p[0]][p[1]] = true
		}
	}
	for p := range g.syn {
		add(p[0], p[1], false)
	}
	for _, al := range g.aliases {
		add(al.a, al.b, al.morph)
		if deny[text.Stem(al.b)] {
			continue // "went" is "go", and "go" has no synonyms
		}
		for _, k := range al.synsets {
			for _, w := range g.synsets[k].words {
				if w != al.b && g.frequent(k, w) {
					add(al.a, w, false)
				}
			}
		}
	}
	// the un- rule: unX ~ unY when X ~ Y by the rules above. unX must be a
	// WordNet adjective listed as the antonym of the adjective X, so that
	// "un" is a negation prefix there.
	byStem := map[string][]string{} // stem of X -> the adjectives unX
	for un, x := range g.negated {
		if s := stem(x); s != "" {
			byStem[s] = append(byStem[s], un)
		}
	}
	stemsX := make([]string, 0, len(byStem))
	for s := range byStem {
		stemsX = append(stemsX, s)
	}
	sort.Strings(stemsX)
	var unPairs [][2]string
	for i, x := range stemsX {
		for _, y := range stemsX[i+1:] {
			if table[x][y] {
				for _, a := range byStem[x] {
					for _, b := range byStem[y] {
						unPairs = append(unPairs, [2]string{a, b})
					}
				}
			}
		}
	}
	for _, p := range unPairs {
		add(p[0], p[1], false)
	}
	return table
}

func encode(table map[string]map[string]bool) (data []byte, stems, pairs int) {
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var raw bytes.Buffer
	for _, k := range keys {
		rel := make([]string, 0, len(table[k]))
		for r := range table[k] {
			rel = append(rel, r)
		}
		slices.Sort(rel)
		pairs += len(rel)
		raw.WriteString(k)
		for _, r := range rel {
			raw.WriteByte(' ')
			raw.WriteString(r)
		}
		raw.WriteByte('\n')
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		log.Fatal(err)
	}
	// no name or modification time in the header, so output is reproducible
	if _, err := zw.Write(raw.Bytes()); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("uncompressed %d bytes", raw.Len())
	return buf.Bytes(), len(keys), pairs / 2
}
