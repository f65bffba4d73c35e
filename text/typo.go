package text

import (
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// NearQuestionWord returns the question word that the folded word w is
// one swap of adjacent letters away from ("waht" → "what", "hwo" →
// "how") or, for a word and a question word of four letters or more, one
// edit ("whre" → "where"); of several, the one that begins with more of
// w's letters ("whre" is "where", not "when"; "hwo" is "how", not "who").
// It returns "" when there is none or w is English spelt right (Spelt).
// A misspelt question word is read as the one it is even in a corpus
// that never uses it. Other function words are not guessed, for names
// sit one letter away from them ("andy", "boeing", "eich"), and a
// question word of three letters is reached by a swap only ("howe" is
// not "how").
func NearQuestionWord(w string) string {
	n := utf8.RuneCountInString(w)
	if n < 3 || Spelt(w) {
		return ""
	}
	best, bestPrefix := "", -1
	for _, s := range questionWords {
		if swapped(w, s) || n >= 4 && len(s) >= 4 && levenshtein.ComputeDistance(w, s) == 1 {
			if p := commonPrefix(w, s); p > bestPrefix {
				best, bestPrefix = s, p
			}
		}
	}
	return best
}

// questionWords are the question words NearQuestionWord reads, in order.
var questionWords = []string{"what", "when", "where", "which", "whom", "whose", "who", "how"}

// commonPrefix returns how many leading bytes a and b share.
func commonPrefix(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

// swapped reports whether a becomes b by swapping two adjacent bytes.
func swapped(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := commonPrefix(a, b)
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}
