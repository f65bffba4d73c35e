package conflict

import (
	"strings"

	"github.com/citebot/citebot/text"
)

// locatives are folded prepositions that put a thing at a place.
var locatives = map[string]bool{"at": true, "in": true, "near": true}

// places returns the places of sentence s: a run of up to four
// capitalised words right after a locative preposition ("maintained at
// Carrowby", "based in North Ashby"), leaving out months, numbers and
// ranks, with the stem of the word before the preposition (what is
// placed: "depot at Eastfold").
func places(s string, toks []text.Token) []value {
	var out []value
	for i := 0; i+1 < len(toks); i++ {
		if !locatives[toks[i].Norm] || !near(s, toks[i], toks[i+1]) {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+5 && placeWord(s, toks, j) && (j == i+1 || s[toks[j-1].End:toks[j].Start] == " ") {
			j++
		}
		if j == i+1 || demonym(toks[j-1].Norm) {
			continue // "in Taiwanese prayer culture" names a people's ways, no place
		}
		v := value{start: toks[i+1].Start, end: toks[j-1].End}
		for _, t := range toks[i+1 : j] {
			v.words = append(v.words, t.Norm)
		}
		if i > 0 && !text.IsStop(toks[i-1].Norm) {
			v.follow = []string{toks[i-1].Stem} // what is placed: "depot at"
		}
		out = append(out, v)
		i = j - 1
	}
	return out
}

// demonym reports whether a folded word is an adjective of a people or a
// language by its ending ("taiwanese", "british"), which no place's name
// ends with.
func demonym(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish"))
}

// placeWord reports whether toks[j] may be a word of a place's name.
func placeWord(s string, toks []text.Token, j int) bool {
	t := toks[j]
	return text.Capitalised(s[t.Start:t.End]) && months[t.Norm] == 0 && !rankWords[t.Norm] && !text.IsDigit(t.Norm[0]) && !text.IsStop(t.Norm)
}
