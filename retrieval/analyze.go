package retrieval

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/citebot/citebot/text"
)

// maxSplitLen bounds the words splitRunTogether tries to split: words run
// together by scraping are two ordinary words, and trying every split of a
// megabyte-long "word" costs time quadratic in its length (issue 12).
const maxSplitLen = 40

// chunkTerms returns the indexed terms of a text: stems of content words,
// then the variants that let differently written words meet (termVariants).
// vocab (folded word → count over the corpus) enables the splits that need
// evidence from the corpus; nil disables them.
func chunkTerms(s string, vocab wordCounts) []string {
	words, variants := analyzeChunk(s, vocab)
	return append(words, variants...)
}

// analyzeChunk is chunkTerms with the stems of the words and the variants
// apart: variants are other spellings of words already counted, so they
// do not add to a chunk's length.
func analyzeChunk(s string, vocab wordCounts) (words, variants []string) {
	toks := text.Tokens(s)
	return analyzeTokens(make([]string, 0, len(toks)), nil, s, toks, vocab)
}

// analyzeTokens is analyzeChunk of s, whose Tokens are toks, appending the
// words and variants to those given (scratch space a caller reuses).
func analyzeTokens(words, variants []string, s string, toks []text.Token, vocab wordCounts) ([]string, []string) {
	for i, t := range toks {
		if !text.IsStop(t.Norm) {
			words = append(words, t.Stem)
		}
		variants = termVariants(variants, s, toks, i, vocab)
	}
	return words, variants
}

// termVariants appends to out the extra terms of token i of toks (tokens of
// s): the word form of an ordinal ("1st" → "first", and "meeting" of a
// glued "12thmeeting"), the closed form of a hyphenated pair
// ("inter-governmental" → "intergovernmental") or of a name joined by an
// ampersand ("PG&E" → "pge"), and, with vocab, the closed form of a name
// in two words that the corpus also writes closed ("Q Cells" → "qcells":
// text.SpacedName) and the parts of words glued together by scraping: at
// a lower→upper case change ("JavedBajwa") or where two known words meet
// ("helicoptersbut"). The token's own stem is not appended.
func termVariants(out []string, s string, toks []text.Token, i int, vocab wordCounts) []string {
	t := toks[i]
	if i+1 < len(toks) {
		next := toks[i+1]
		if w, rest := text.Ordinal(t, next); w != "" {
			out = append(out, w)
			if rest != "" && !text.IsStop(rest) {
				out = append(out, text.Stem(rest)) // "12thmeeting"
			}
		}
		if text.Hyphenated(s, t, next) || text.Ampersanded(s, t, next) {
			out = append(out, text.Stem(t.Norm+next.Norm)) // "intergovernmental", "pge" of "PG&E"
		} else if vocab != nil && text.SpacedName(s, t, next) {
			if closed := t.Norm + next.Norm; vocab.count(closed) > 0 {
				out = append(out, text.Stem(closed)) // "Q Cells" of a corpus that also writes "Qcells"
			}
		}
	}
	if !text.IsLetters(t.Norm) {
		return out
	}
	if parts := text.CaseParts(s, t); parts != nil && (gluedNames(s, parts) || vocab != nil && knownPart(parts, vocab)) {
		for _, p := range parts {
			if !text.IsStop(p.Norm) {
				out = append(out, p.Stem)
			}
		}
		return out
	}
	if vocab != nil && vocab.count(t.Norm) <= 1 {
		for _, part := range splitRunTogether(t.Norm, vocab) {
			if !text.IsStop(part) {
				out = append(out, text.Stem(part))
			}
		}
	}
	return out
}

// gluedNames reports whether the parts of a word split at case changes
// are names that scraping ran together ("JavedBajwa": "Javed", "Bajwa"):
// each a capital and at least two lower-case letters, none a word the
// dictionary lists ("WordPress", "GitHub" are one name each).
func gluedNames(s string, parts []text.Token) bool {
	for _, p := range parts {
		w := s[p.Start:p.End]
		_, n := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) < 3 || !text.Capitalised(w) || strings.ToLower(w[n:]) != w[n:] || text.Spelt(p.Norm) {
			return false
		}
	}
	return true
}

// knownPart reports whether some part of a word split at case changes is
// a word the corpus also has on its own, or a stop word: the evidence
// that the case change is a junction of two words.
func knownPart(parts []text.Token, vocab wordCounts) bool {
	for _, p := range parts {
		if text.IsStop(p.Norm) || vocab.count(p.Norm) > 0 {
			return true
		}
	}
	return false
}

// splitRunTogether splits a word that is rare in vocab into two words that
// are both common there (each seen at least twice, or a stop word), if
// such a split exists; it prefers the split with the longer rarer part. It
// returns nil when there is none, and for words longer than maxSplitLen.
func splitRunTogether(w string, vocab wordCounts) []string {
	if len(w) < 6 || len(w) > maxSplitLen {
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

func known(w string, vocab wordCounts) bool {
	if len(w) < 2 {
		return false
	}
	if text.IsStop(w) {
		return len(w) >= 2
	}
	return len(w) >= 3 && vocab.count(w) >= 2
}

// wordCounts tells how often a corpus has a folded word: the vocabulary
// that splitting run-together words consults, a hash table over the
// lexicon while an index is built (wordIndex) and the lexicon once it is.
type wordCounts interface {
	count(w string) int
}

// vocabCounts is a vocabulary being built: folded word → occurrences.
type vocabCounts map[string]int

func (v vocabCounts) count(w string) int { return v[w] }

// analysisVersion is a short hex string that changes when the terms
// chunkTerms makes of probeAnalysis do, with and without the probe's own
// words as the corpus's (a stop word added, a variant made): the index's
// term lengths and postings are made of them.
var analysisVersion = sync.OnceValue(func() string {
	counts := vocabCounts{}
	for _, t := range text.AppendWords(nil, probeAnalysis) {
		counts[t.Norm]++ // as CountWords counts a corpus
	}
	terms := append(chunkTerms(probeAnalysis, nil), chunkTerms(probeAnalysis, counts)...)
	h := sha256.Sum256([]byte(strings.Join(terms, " ")))
	return hex.EncodeToString(h[:6])
})

// probeAnalysis has the words analysis treats apart: stop words and what
// contractions leave of them, an ordinal, one run into the next word, a
// hyphenated pair, accented letters, a name written in two words and
// closed, words run together that the probe has apart, a name joined by
// an ampersand.
const probeAnalysis = "Why doesn't the 1st Inter-Governmental commission meet? I dont know, " +
	"it isn't clear and they're not saying what's next: the ministers can't agree on a 2ndmeeting, nor General JavedBajwa. Erdoğan's café. " +
	"Q Cells, or Qcells, and ministers agree: ministersagree. PG&E."
