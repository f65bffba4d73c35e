package extract

import "github.com/citebot/citebot/text"

// numeric reports whether a folded token is a number: it has a digit, or
// is a number word ("twelve", "million", "half"). It is reNumeric on one
// token, without the regular expression's cost.
func numeric(tok string) bool {
	for i := 0; i < len(tok); i++ {
		if text.IsDigit(tok[i]) {
			return true
		}
	}
	switch tok {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
		"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
		"hundred", "thousand", "million", "billion", "trillion", "dozen", "half", "percent":
		return true
	}
	return false
}
