package synth

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is a word of a generated sentence: Pseudo is the Zipf rank of a
// pseudo-word (counting from 1), 0 for a word of the source text.
type word struct {
	Text   string
	Pseudo uint64
}

// mutator replaces content words of source sentences by pseudo-words.
type mutator struct {
	rng  *rand.Rand
	zipf *rand.Zipf
	rate float64
}

// mutate returns s with each content word replaced, with probability
// m.rate, by the pseudo-word of a Zipf-drawn rank (capitalised when the
// word was), and the content words of the result.
func (m *mutator) mutate(s string) (string, []word) {
	var b strings.Builder
	var words []word
	for len(s) > 0 {
		n := wordLen(s)
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s)
			b.WriteString(s[:size])
			s = s[size:]
			continue
		}
		w := s[:n]
		s = s[n:]
		if !content(w) {
			b.WriteString(w)
			continue
		}
		if m.rng.Float64() < m.rate {
			rank := m.zipf.Uint64() + 1
			p := pseudo(rank)
			if unicode.IsUpper(rune(w[0])) {
				p = strings.ToUpper(p[:1]) + p[1:]
			}
			b.WriteString(p)
			words = append(words, word{p, rank})
			continue
		}
		b.WriteString(w)
		words = append(words, word{Text: w})
	}
	return b.String(), words
}

// wordLen is the length in bytes of the run of ASCII letters at the start
// of s.
func wordLen(s string) int {
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	return i
}

// content says whether w, a run of ASCII letters, is a content word: four
// letters or more and not a function word.
func content(w string) bool {
	if len(w) < 4 {
		return false
	}
	switch strings.ToLower(w) {
	case "that", "this", "with", "from", "were", "have", "been", "which", "their", "they",
		"there", "these", "those", "when", "where", "while", "would", "could", "should",
		"also", "into", "than", "then", "them", "some", "such", "other", "after", "before",
		"about", "over", "under", "only", "most", "more", "many", "what", "whom", "whose",
		"being", "each", "both", "because", "between", "during", "through", "until", "will":
		return false
	}
	return true
}

// pseudo is the pseudo-word of a Zipf rank: consonant-vowel syllables
// spelling rank in base 70, at least two of them, and a final "x" so that
// it is not an English word. Higher (rarer) ranks are longer, as rare words
// tend to be.
func pseudo(rank uint64) string {
	const cons, vows = "bdfgklmnprstvz", "aeiou"
	const base = uint64(len(cons) * len(vows))
	n := rank + base
	var syl []byte
	for n > 0 {
		d := n % base
		syl = append(syl, cons[d/uint64(len(vows))], vows[d%uint64(len(vows))])
		n /= base
	}
	return string(syl) + "x"
}
