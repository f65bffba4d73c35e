package conflict

import "github.com/citebot/citebot/text"

// numberWords are the numbers written as words that a count may be
// given in ("six new stations"). "one" is left out: it is more often a
// pronoun.
var numberWords = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}

// stems returns the set of the stems of ws.
func stems(ws ...string) map[string]bool {
	out := make(map[string]bool, len(ws))
	for _, w := range ws {
		out[text.Stem(w)] = true
	}
	return out
}

// lengthUnits and durationUnits are the stems of the units a length or
// a duration is given in.
var (
	lengthUnits = stems("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "m", "metre",
		"metres", "meter", "meters", "ft", "feet", "foot", "yard", "yards", "cm", "mm")
	durationUnits = stems("year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
		"minutes", "min", "mins", "second", "seconds")
)

// fitting keeps the values that are what a number question measures:
// money for "how much did they pay", a length for "how long", a count
// of the counted noun for "how many stations" (the noun its unit or
// among the three words after it). When no value of a count question
// fits, the values in digits are kept, as for a question that does not
// say what it measures (choose drops them when another statement has a
// count that fits).
func fitting(q question, vals []value) []value {
	if q.measure == "" {
		return vals
	}
	var out, digits []value
	for _, v := range vals {
		if v.fit = fits(q, v); v.fit {
			out = append(out, v)
		}
		if !v.spelled {
			digits = append(digits, v)
		}
	}
	if len(out) == 0 && q.measure == "count" {
		return digits
	}
	return out
}

func fits(q question, v value) bool {
	switch q.measure {
	case "$":
		return v.unit == "$"
	case "length":
		return lengthUnits[v.unit] || durationUnits[v.unit]
	case "count":
		if v.unit == q.counted {
			return true
		}
		for _, f := range v.follow {
			if f == q.counted {
				return true
			}
		}
	}
	return false
}

// context returns the stems that say what a number counts or measures:
// its unit when it is a word ("km", "visitor") and the content words
// after it ("for a controlling stake").
func context(v value) []string {
	out := v.follow
	if v.unit != "" && v.unit != "$" && v.unit != "%" {
		out = append([]string{v.unit}, out...)
	}
	return out
}

// sameContext reports whether two numbers share a word of their context.
func sameContext(a, b value) bool {
	for _, x := range context(a) {
		for _, y := range context(b) {
			if x == y {
				return true
			}
		}
	}
	return false
}
