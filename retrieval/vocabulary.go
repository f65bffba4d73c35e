package retrieval

import (
	"github.com/citebot/citebot/text"
	"github.com/citebot/citebot/text/synonyms"
)

// Vocabulary is the word counts of a corpus that a backend keeps outside
// the in-process Index (a search server), arranged so that a question is
// read against them as the Index reads one against its own: AnalyzeQuery
// and Normalize are the Index's, and ChunkTerms splits words run together
// by scraping as the Index does when it builds. A nil *Vocabulary knows
// no words: it analyses a question as QueryTerms does and normalises
// nothing. It is immutable and safe for concurrent use.
type Vocabulary struct {
	lex   *lexicon
	stems stemCounts
	syn   *synonyms.Table
}

// stemCounts is the occurrences of the stems of a vocabulary's words.
type stemCounts map[string]int

func (s stemCounts) df(stem string) int { return s[stem] }

// NewVocabulary arranges word counts (folded word → occurrences, as
// CountWords counts a chunk's); words counted 0 times or less are left
// out. syn relates the words of questions to other words for expansion;
// nil expands none.
func NewVocabulary(counts map[string]int, syn *synonyms.Table) *Vocabulary {
	t := newWordTally()
	stems := make(stemCounts)
	for w, n := range counts {
		if n > 0 {
			t.add(w, n)
			if !text.IsStop(w) {
				stems[text.Stem(w)] += n
			}
		}
	}
	return &Vocabulary{lex: t.lexicon(), stems: stems, syn: syn}
}

// CountWords adds to counts the occurrences of the folded words of s, as
// the in-process Index counts the words of its chunks.
func CountWords(counts map[string]int, s string) {
	for _, t := range text.AppendWords(nil, s) {
		counts[t.Norm]++
	}
}

// AnalyzeQuery implements QueryAnalyzer as Index.AnalyzeQuery does, with
// v's words as the corpus's.
func (v *Vocabulary) AnalyzeQuery(question string) (terms []string, weights []float64) {
	if v == nil {
		return analyzeQuery(question, nil, nil, nil)
	}
	return analyzeQuery(question, v.lex, v.stems, v.syn)
}

// Normalize is Index.Normalize with v's words as the corpus's.
func (v *Vocabulary) Normalize(question string) string {
	if v == nil {
		return question
	}
	return normalizeQuestion(question, v.lex, v.stems)
}

// ChunkTerms returns the BM25 terms of a chunk's text (Chunk.Terms) as
// the Index analyses its chunks, splitting words run together by scraping
// ("helicoptersbut", "JavedBajwa") against v's counts; a nil v splits
// none.
func (v *Vocabulary) ChunkTerms(s string) []string {
	if v == nil {
		return chunkTerms(s, nil)
	}
	return chunkTerms(s, v.lex)
}
