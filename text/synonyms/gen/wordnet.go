//go:build ignore

// Reading the WordNet database files into a gen.

package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

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
