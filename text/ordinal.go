package text

import "strings"

// ordinalWords are the word forms of the ordinals 1st to 20th.
var ordinalWords = strings.Fields(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh
twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth`)

// Ordinal reads an ordinal from 1st to 20th written in digits, a number
// token directly followed by its suffix: it returns the ordinal's word
// form ("12" "th" → "twelfth") and, when scraping ran the suffix into the
// next word ("12" "thmeeting"), that word ("meeting"). It returns "", ""
// for anything else ("12" "thousand", "1" "st" with a space between).
func Ordinal(num, suffix Token) (word, rest string) {
	if num.End != suffix.Start || len(num.Norm) > 2 {
		return "", ""
	}
	n := 0
	for _, c := range num.Norm {
		if c < '0' || c > '9' {
			return "", ""
		}
		n = n*10 + int(c-'0')
	}
	if n < 1 || n > len(ordinalWords) {
		return "", ""
	}
	want := "th"
	switch n {
	case 1:
		want = "st"
	case 2:
		want = "nd"
	case 3:
		want = "rd"
	}
	rest, ok := strings.CutPrefix(suffix.Norm, want)
	if !ok || rest != "" && !gluedWord(rest) {
		return "", ""
	}
	return ordinalWords[n-1], rest
}

// gluedWord reports whether rest, what follows an ordinal's suffix in one
// token, is a word run into it ("meeting" of "12thmeeting"): a stop word
// or a dictionary word of three letters at least ("ousand" of
// "12thousand" is none).
func gluedWord(rest string) bool {
	return IsStop(rest) || len(rest) >= 3 && English(Stem(rest))
}
