//go:build ignore

// Choosing frequent senses and relating words: synonyms, derivations,
// pertainyms, capitals.

package main

import (
	"sort"

	"github.com/citebot/citebot/text"
)

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
