package text

import (
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// NearQuestionWord returns the question word of four letters or more
// that the folded word w is one edit or one swap of adjacent letters away
// from ("whre" → "where", "waht" → "what", "whihc" → "which"); of
// several, the one that begins with more of w's letters ("whre" is
// "where", not "when"). It returns "" when there is none or w is English
// spelt right (Spelt). A misspelt question word is read as the one it is
// even in a corpus that never uses it; other function words are not
// guessed, for names sit one letter away from them ("andy", "boeing",
// "eich").
func NearQuestionWord(w string) string {
	if utf8.RuneCountInString(w) < 4 || Spelt(w) {
		return ""
	}
	best, bestPrefix := "", -1
	for _, s := range questionWords {
		if levenshtein.ComputeDistance(w, s) == 1 || swapped(w, s) {
			if p := commonPrefix(w, s); p > bestPrefix {
				best, bestPrefix = s, p
			}
		}
	}
	return best
}

// questionWords are the question words NearQuestionWord reads, in order.
var questionWords = []string{"what", "when", "where", "which", "whom", "whose"}

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
