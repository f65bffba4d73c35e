package extract

import "github.com/citebot/citebot/text"

// streetNumber reports whether toks[i], a number of s, is the number of
// a house on a street: one to three capitalised words follow it, the
// last a kind of street ("80 New York Avenue", "1225 N. Rampart St."),
// which counts and measures nothing.
func streetNumber(s string, toks []text.Token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if !text.Capitalised(s[toks[j].Start:toks[j].End]) {
			return false
		}
		if j > i+1 && streetKinds[toks[j].Norm] {
			return true
		}
	}
	return false
}

// streetKinds are the folded words, and their short forms, that end a
// street's name.
var streetKinds = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true,
	"boulevard": true, "blvd": true, "lane": true, "ln": true, "drive": true, "dr": true,
	"place": true, "pl": true, "way": true, "court": true, "ct": true, "terrace": true,
	"parkway": true, "pkwy": true, "highway": true, "hwy": true, "square": true, "plaza": true,
}
