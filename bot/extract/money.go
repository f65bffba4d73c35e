package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/citebot/citebot/text"
)

// currencySigns and currencyNames are the signs (currencyChars, as a
// character class) and the names (and abbreviations) of currencies that
// reMoney, reCurrencyAfter and reCurrencyBefore find.
const (
	currencyChars = text.CurrencySigns
	currencySigns = `[` + currencyChars + `]`
	currencyNames = `dollars?|rupees?|euros?|pounds?|yen|yuan|roubles?|rubles?|francs?|usd|pkr`
)

// reMoney finds a sum of money: a currency's sign or name, or a number
// with a scale word ("42 million").
var reMoney = regexp.MustCompile(`(?i)` + currencySigns + `|\b(` + currencyNames + `|rs\.?)\b|\b\d[\d,.]*\s*(million|billion|trillion|bn|m)\b`)

// reFree finds a price of nothing, which answers what something costs
// ("Admission is free.", "free of charge", "at no extra cost"); freePrice
// passes over a "free" that says what is absent or allowed ("free of
// cars", "free to leave").
var reFree = regexp.MustCompile(`(?i)\b(?:(?:is|are|was|were|be|remains?|stays?) free\b|free of charge\b|for free\b|at no (?:extra |additional )?cost\b|costs? nothing\b)`)

// reFreeOf matches what follows a "free" that is no price.
var reFreeOf = regexp.MustCompile(`(?i)^\s+(?:of|to|from)\b`)

// freePrice reports whether s gives a price of nothing (reFree).
func freePrice(s string) bool {
	for _, m := range reFree.FindAllStringIndex(s, -1) {
		if !reFreeOf.MatchString(s[m[1]:]) || strings.HasSuffix(strings.ToLower(s[m[0]:m[1]]), "charge") {
			return true
		}
	}
	return false
}

// reCurrencyAfter finds a currency named right after a number, past an
// optional scale word: "42 million dollars", "300 rupees".
var reCurrencyAfter = regexp.MustCompile(`(?i)^\s*(?:(?:thousand|million|billion|trillion|bn|mn|m)\b\s*)?(?:` + currencyNames + `|rs)\b`)

// reCurrencyBefore finds a currency's sign or abbreviation right before a
// number, the white space between trimmed: "$", "€", "Rs.", "PKR", "USD".
var reCurrencyBefore = regexp.MustCompile(`(?i)(?:` + currencySigns + `|\b(?:rs\.?|pkr|usd|inr))$`)

// reScale matches a word that scales the number before it ("$42 million").
var reScale = regexp.MustCompile(`(?i)^(?:thousand|million|billion|trillion)$`)

// sumOfMoney reports whether the number s[start:end] is a sum of money:
// a currency's sign or abbreviation stands right before it ("$42",
// "Rs. 500") or a currency is named right after it ("300 rupees"); a
// scale word is read with the number it scales ("million" of "$42
// million" and of "$23-million"). A sum is not what "how many" counts
// ("How many bridges ...?" is not answered by "42 million dollars"),
// though it may be how large a fortune was.
func sumOfMoney(s string, start, end int) bool {
	before := strings.TrimRightFunc(s[:start], unicode.IsSpace)
	if reScale.MatchString(s[start:end]) {
		// the number it scales: back over a hyphen ("$23-million"), then
		// its digits and separators
		before = strings.TrimSuffix(before, "-")
		n := strings.TrimRightFunc(before, func(r rune) bool { return r >= '0' && r <= '9' || r == ',' || r == '.' })
		if len(n) < len(before) {
			before = strings.TrimRightFunc(n, unicode.IsSpace)
		}
	}
	return reCurrencyBefore.MatchString(before) || reCurrencyAfter.MatchString(s[end:])
}

// reShareBefore is a share and the word right after it ("25% more", "a
// .07% fee", "20 per cent higher").
var reShareBefore = regexp.MustCompile(`(?i)(?:\d|\.\d)[\d.,]*\s?(?:%|per ?cent\b|percent\b)\s+([a-z]+)`)

// shareBy reports whether s gives a share right before a word whose stem
// is among stems (question.byShare): "25% more" answers "how much more
// do they earn", "a .07% fee" answers "what fee was proposed".
func shareBy(s string, stems []string) bool {
	if len(stems) == 0 {
		return false
	}
	for _, m := range reShareBefore.FindAllStringSubmatch(s, -1) {
		if slices.Contains(stems, text.Stem(strings.ToLower(m[1]))) {
			return true
		}
	}
	return false
}

// reChangeBy ends the text before a sum of money (and its number) that a
// change is given by: "has declined by almost", "rose", "is up".
var reChangeBy = regexp.MustCompile(`(?i)\b(?:rose|risen|rises?|fell|fallen|falls?|dropped|drops?|declined|declines?|increased|increases?|decreased|decreases?|climbed|climbs?|jumped|jumps?|grew|grown|grows?|slid|slides?|slipped|slips?|plunged|plunges?|soared|soars?|gained|gains?|lost|loses?|down|up|cut|raised|lowered|shed|added)(?: by)?(?: about| almost| nearly| more than| less than| roughly| some| around| over| under| an? (?:extra|additional))?\s*$`)

// changesOnly reports whether s gives sums of money only as changes
// (reChangeBy): "the average price has declined by almost $200,000"
// gives no price, which a question that asks for no change
// (asked.Question.Change) wants.
func changesOnly(s string) bool {
	ms := reMoney.FindAllStringIndex(s, -1)
	for _, m := range ms {
		before := strings.TrimRight(s[:m[0]], "0123456789,. "+currencyChars) // "rose by $42 million": "42 million" after "$"
		if !reChangeBy.MatchString(before + " ") {
			return false
		}
	}
	return len(ms) > 0
}
