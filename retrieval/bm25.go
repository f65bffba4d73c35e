package retrieval

import (
	"math"
	"sort"

	"github.com/citebot/citebot/bot/text"
)

// BM25 parameters.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// posting is one chunk's count of a term.
type posting struct {
	chunk int32
	tf    float32
}

// bm25 is an inverted index over chunk terms. It is immutable once built
// and safe for concurrent reads.
type bm25 struct {
	postings map[string][]posting
	lengths  []float32
	avgLen   float32
}

// newBM25 indexes the term lists of chunks (chunk i has terms[i]).
func newBM25(terms [][]string) *bm25 {
	ix := &bm25{postings: make(map[string][]posting), lengths: make([]float32, len(terms))}
	var total float64
	for i, ts := range terms {
		counts := make(map[string]float32, len(ts))
		for _, t := range ts {
			counts[t]++
		}
		keys := make([]string, 0, len(counts))
		for t := range counts {
			keys = append(keys, t)
		}
		sort.Strings(keys)
		for _, t := range keys {
			ix.postings[t] = append(ix.postings[t], posting{chunk: int32(i), tf: counts[t]})
		}
		ix.lengths[i] = float32(len(ts))
		total += float64(len(ts))
	}
	if len(terms) > 0 {
		ix.avgLen = float32(total / float64(len(terms)))
	}
	return ix
}

// idf is the BM25+ style non-negative inverse document frequency of a term.
func (ix *bm25) idf(term string) float64 {
	n := float64(len(ix.lengths))
	df := float64(len(ix.postings[term]))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// df returns how many chunks contain term.
func (ix *bm25) df(term string) int { return len(ix.postings[term]) }

// scores returns the BM25 score of every chunk that matches any query term,
// as a map from chunk index to score. Repeated query terms count once.
func (ix *bm25) scores(query []string) map[int32]float64 {
	out := make(map[int32]float64)
	seen := make(map[string]bool, len(query))
	for _, t := range query {
		if seen[t] {
			continue
		}
		seen[t] = true
		ps := ix.postings[t]
		if len(ps) == 0 {
			continue
		}
		idf := ix.idf(t)
		for _, p := range ps {
			tf := float64(p.tf)
			norm := bm25K1 * (1 - bm25B + bm25B*float64(ix.lengths[p.chunk]/ix.avgLen))
			out[p.chunk] += idf * tf * (bm25K1 + 1) / (tf + norm)
		}
	}
	return out
}

// chunkTerms returns the indexed terms of a text: stems of content words,
// plus the parts of words run together by scraping ("helicoptersbut" →
// "helicopt", "but") where vocab knows both parts.
func chunkTerms(s string, vocab map[string]int) []string {
	var out []string
	for _, t := range text.Tokens(s) {
		if text.IsStop(t.Norm) {
			continue
		}
		out = append(out, t.Stem)
		if vocab != nil && vocab[t.Norm] <= 1 {
			for _, part := range splitRunTogether(t.Norm, vocab) {
				if !text.IsStop(part) {
					out = append(out, text.Stem(part))
				}
			}
		}
	}
	return out
}

// queryTerms returns the terms of a query: stems of its content words.
func queryTerms(s string) []string { return chunkTerms(s, nil) }

// splitRunTogether splits a word that is rare in vocab into two words that
// are both common there (each seen at least twice, or a stop word), if
// exactly such a split exists; it prefers the split with the longer rarer
// part. It returns nil when there is none.
func splitRunTogether(w string, vocab map[string]int) []string {
	if len(w) < 6 {
		return nil
	}
	best, bestScore := -1, 0
	for i := 2; i <= len(w)-2; i++ {
		a, b := w[:i], w[i:]
		if !known(a, vocab) || !known(b, vocab) {
			continue
		}
		score := min(len(a), len(b))
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return nil
	}
	return []string{w[:best], w[best:]}
}

func known(w string, vocab map[string]int) bool {
	if len(w) < 2 {
		return false
	}
	if text.IsStop(w) {
		return len(w) >= 2
	}
	return len(w) >= 3 && vocab[w] >= 2
}

// vocabulary counts the folded words of texts.
func vocabulary(texts []string) map[string]int {
	v := make(map[string]int)
	for _, s := range texts {
		for _, t := range text.Tokens(s) {
			v[t.Norm]++
		}
	}
	return v
}
