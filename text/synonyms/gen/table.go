//go:build ignore

// Turning the word relations into the stem table, and encoding it.

package main

import (
	"bytes"
	"compress/gzip"
	"log"
	"slices"
	"sort"

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
