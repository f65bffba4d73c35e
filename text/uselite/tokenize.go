package uselite

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// reserved is the number of control pieces at the start of the vocabulary
// ("<unk>", "<s>", "</s>"...): they never match text.
const reserved = 6

// space is SentencePiece's mark for a space and for a word's start.
const space = "▁"

// vocab is a SentencePiece unigram vocabulary: the pieces, their
// log-probabilities, and an index from piece to ID.
type vocab struct {
	pieces  []string
	scores  []float32
	ids     map[string]int32
	maxRune int // the longest piece, in runes
}

func newVocab(pieces []string, scores []float32) vocab {
	v := vocab{pieces: pieces, scores: scores, ids: make(map[string]int32, len(pieces))}
	for i := reserved; i < len(pieces); i++ {
		v.ids[pieces[i]] = int32(i)
		v.maxRune = max(v.maxRune, len([]rune(pieces[i])))
	}
	return v
}

// tokenize splits s into the vocabulary's pieces with the Viterbi path of
// the unigram model, as TensorFlow.js's tokenizer for this model does: the
// text is NFKC-normalised and every space becomes "▁", with one at the
// start; a character that no piece starts with is the unknown piece 0
// (scoring 0), and runs of unknown pieces count as one. Among paths of
// equal score, the one whose last piece starts latest wins.
func (v vocab) tokenize(s string) []int32 {
	s = norm.NFKC.String(s)
	if s == "" {
		return nil
	}
	s = space + strings.ReplaceAll(s, " ", space)
	var at []int // byte offset of each rune, and len(s)
	for i := range s {
		at = append(at, i)
	}
	at = append(at, len(s))
	n := len(at) - 1
	best := make([]float32, n+1)
	from := make([]int, n+1) // the start (rune index) of the best path's last piece
	id := make([]int32, n+1)
	set := make([]bool, n+1)
	for end := 1; end <= n; end++ {
		for start := max(0, end-v.maxRune); start < end; start++ {
			p, ok := v.ids[s[at[start]:at[end]]]
			if !ok && end-start == 1 && !v.startsPiece(s, at, start) {
				p, ok = 0, true // an unknown character
			}
			if !ok {
				continue
			}
			sc := v.score(p) + best[start]
			if !set[end] || sc >= best[end] {
				best[end], from[end], id[end], set[end] = sc, start, p, true
			}
		}
	}
	var out []int32
	for end := n; end > 0; end = from[end] {
		out = append(out, id[end])
	}
	var merged []int32 // out is last piece first
	for i := len(out) - 1; i >= 0; i-- {
		if out[i] != 0 || i == len(out)-1 || out[i+1] != 0 {
			merged = append(merged, out[i])
		}
	}
	return merged
}

func (v vocab) score(p int32) float32 {
	if p == 0 {
		return 0
	}
	return v.scores[p]
}

// startsPiece reports whether some piece starts with the rune at index i.
func (v vocab) startsPiece(s string, at []int, i int) bool {
	for end := i + 1; end <= min(len(at)-1, i+v.maxRune); end++ {
		if _, ok := v.ids[s[at[i]:at[end]]]; ok {
			return true
		}
	}
	return false
}
