package extract

import (
	"strings"

	"github.com/citebot/citebot/text"
)

// wordsOfTheirOwn reports whether stems t and u, one beginning the
// other, are two words of their own: the dictionary lists both, and the
// longer adds minLonger letters at least ("capit" and "capitalis", not
// "america" and "american").
func wordsOfTheirOwn(t, u string) bool {
	return max(len(t), len(u))-min(len(t), len(u)) >= minLonger && text.English(t) && text.English(u)
}

// near is how alike a question stem and a text stem are: 1 for the same
// stem, a synonym, or one that begins the other, less for a spelling a
// letter or two away; cached per question.
func (sc *scorer) near(t, u string) float64 {
	k := [2]string{t, u}
	if v, ok := sc.nearCache[k]; ok {
		return v
	}
	v := 0.0
	switch {
	case t == u || nearStem(t, u) || sc.a.syn.Has(t, u):
		v = 1
	case len(t) >= 4 && len(u) >= 4 && (strings.HasPrefix(u, t) || strings.HasPrefix(t, u)) && !wordsOfTheirOwn(t, u):
		v = 1
	case len(t) == 3 && len(u) > 4 && strings.HasPrefix(u, t) && sc.a.idf != nil && sc.a.idf(t) < 0:
		v = 1 // a short form the corpus lacks: "pak" for "pakistan"
	case len(t) >= 5 && len(u) >= 5:
		if d := editDistance(t, u, 2); d <= 2 {
			v = 1 - float64(d)/float64(max(len(t), len(u)))
		}
	}
	sc.nearCache[k] = v
	return v
}

// editDistance is the Levenshtein distance of two ASCII-ish strings, or
// limit+1 when it exceeds limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
