//go:build ignore

// Reading the WordNet database files into a gen.

package main

import (
	"fmt"
	"strings"

	"github.com/citebot/citebot/internal/wordnet"
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

// readData reads a data file's synsets of part of speech pos.
func (g *gen) readData(path string, pos byte) error {
	return wordnet.Lines(path, true, func(line string) error {
		d, err := wordnet.ParseData(line)
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		s := &synset{lexfile: d.LexFile, head: strings.ToLower(d.Words[0])}
		for _, w := range d.Words {
			s.words = append(s.words, lemma(w))
		}
		for _, p := range d.Pointers {
			ppos := p.Pos
			if ppos == 's' {
				ppos = 'a'
			}
			s.ptrs = append(s.ptrs, pointer{sym: p.Sym, key: synKey{ppos, p.Offset}, src: p.Src, tgt: p.Tgt})
		}
		g.synsets[synKey{pos, d.Offset}] = s
		return nil
	})
}

// readIndex reads a lemma's senses in WordNet's order (most frequent
// first).
func (g *gen) readIndex(path string, pos byte) error {
	return wordnet.Lines(path, true, func(line string) error {
		fs := strings.Fields(line)
		w := lemma(fs[0])
		if w == "" {
			return nil
		}
		ix, err := wordnet.ParseIndex(line)
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		k := lemmaKey{pos, w}
		for rank, off := range ix.Offsets {
			g.index[k] = append(g.index[k], sense{off: off, rank: rank})
		}
		return nil
	})
}

// readCounts reads cntlist.rev: "lemma%ss_type:... sense_number tag_count",
// the number of times each sense is tagged in the SemCor corpus.
func (g *gen) readCounts(path string) error {
	return wordnet.Lines(path, false, func(line string) error {
		c, ok := wordnet.ParseCount(line)
		if !ok {
			return nil
		}
		pos := map[byte]byte{'1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a'}[c.SSType]
		w := lemma(c.Lemma)
		if pos == 0 || w == "" {
			return nil
		}
		ss := g.index[lemmaKey{pos, w}]
		if c.Sense >= 1 && c.Sense <= len(ss) {
			ss[c.Sense-1].count = c.Tags
		}
		return nil
	})
}

// readExc reads an exception list, "inflected base [base...]", of part of
// speech pos.
func (g *gen) readExc(path string, pos byte) error {
	return wordnet.Lines(path, false, func(line string) error {
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
