package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

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

// reYearLike matches a number that is a year or a day of a month rather
// than a count: "2018", "March 2", "2 March".
var reYearLike = regexp.MustCompile(`(?i)^(1[5-9]\d\d|20\d\d)s?$`)

// hasNewCount reports whether s holds a number the question does not
// already say; for "how many" and "how much" questions a year or a day of
// a month does not count.
func (a *Answerer) hasNewCount(s string, q question) bool { return a.hasNewNumber(s, q, true) }

// hasNewNumber reports whether s holds a number (in digits or words) the
// question does not already say, other than a designation ("MiG-29") or
// the number of a numbered list's item (text.ListMarker); with counts,
// years and days of months are passed over, and so are sums of money when
// the question asks how many or for a physical quantity (a population, a
// height) and for no money (nor a weight, which "pounds" gives too), and
// percentages when it asks how many.
func (a *Answerer) hasNewNumber(s string, q question, counts bool) bool {
	toks := q.tokens(s)
	for i, t := range toks {
		if !numeric(t.Norm) {
			continue
		}
		if notNew(s, toks, i, q) {
			continue
		}
		if counts && (reYearLike.MatchString(s[t.Start:t.End]) || eraYear(s, toks, i) || a.dayOfMonth(s, t.Start, t.End) || version(s, toks, i) || (q.count || q.quantity) && !q.money && !q.currency && q.dimension != asked.DimWeight && sumOfMoney(s, t.Start, t.End)) {
			continue
		}
		if counts && q.count && (percentage(s, toks, i) || compoundMeasure(s, toks, i, q) || anAge(toks, i, q) || physicalMeasure(toks, i, q) || converted(s, toks, i, q) || a.labelled(s, toks, i)) {
			continue // a share, a measure or a label, not what "how many" counts: "45 percent of members", "a four-year loss", "40 years old", "two miles", "(18 m)", "type 1"
		}
		return true
	}
	return false
}

// notNew reports whether toks[i], a number of s, is no new value: one the
// question has, a designation ("MiG-29"), a list's marker ("1. It's
// faster than filepath.Walk."), "one" standing for a noun ("a good
// one"), or a house's number ("80 New York Avenue").
func notNew(s string, toks []text.Token, i int, q question) bool {
	return q.sameNumber(toks, i) || designation(s, toks[i].Start) || text.ListMarker(s, toks[i].Start) || pronounOne(toks, i) || streetNumber(s, toks, i)
}

// eraYear reports whether toks[i], a number of s, is a year by its era:
// after "AD" ("AD 100") or before "BC", "BCE", "AD" or "CE" ("44 BC"),
// in capitals as an era is written.
func eraYear(s string, toks []text.Token, i int) bool {
	if i > 0 && s[toks[i-1].Start:toks[i-1].End] == "AD" {
		return true
	}
	if i+1 < len(toks) {
		switch s[toks[i+1].Start:toks[i+1].End] {
		case "BC", "BCE", "AD", "CE":
			return true
		}
	}
	return false
}

// anAge reports whether toks[i], a number, is an age ("over 40 years
// old", "six months old"), which is no count of what a "how many"
// question counts, unless it counts years or months.
func anAge(toks []text.Token, i int, q question) bool {
	if i+2 >= len(toks) || toks[i+2].Norm != "old" {
		return false
	}
	switch unit := toks[i+1]; unit.Norm {
	case "years", "year", "months", "month", "weeks", "days":
		return unit.Stem != q.focus
	}
	return false
}

// compoundMeasure reports whether toks[i], a number of s, is joined by a
// hyphen to the singular word after it, which it measures ("a four-year
// funding loss", "a 16-ounce jar"), unless that word is what the question
// counts in any spelling ("a 30-date run" for "how many dates", "a
// 20-story building" for "how many floors": text.UnitForms).
func compoundMeasure(s string, toks []text.Token, i int, q question) bool {
	t := toks[i]
	if i+1 >= len(toks) || t.End >= len(s) || s[t.End] != '-' || toks[i+1].Start != t.End+1 {
		return false
	}
	next := toks[i+1]
	return !numeric(next.Norm) && !plural(next.Norm) && next.Stem != q.focus && !slices.Contains(text.UnitForms(q.focus), next.Stem)
}

// physicalUnits are the folded units of a distance, an area, a weight or
// a time a number may measure ("two miles", "3 km", "seventy years"), not
// count: "m" (a million too), "pounds" (money too), "second" (an ordinal
// too) and units of data are left out.
var physicalUnits = map[string]bool{"km": true, "kilometre": true, "kilometres": true, "kilometer": true, "kilometers": true,
	"mile": true, "miles": true, "metre": true, "metres": true, "meter": true, "meters": true, "feet": true, "foot": true, "ft": true,
	"inch": true, "inches": true, "cm": true, "mm": true, "yard": true, "yards": true, "acre": true, "acres": true, "hectare": true,
	"hectares": true, "kg": true, "kilogram": true, "kilograms": true, "gram": true, "grams": true, "tonne": true, "tonnes": true,
	"ton": true, "tons": true, "lb": true, "lbs": true, "ounce": true, "ounces": true, "oz": true,
	"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true, "day": true, "days": true,
	"hour": true, "hours": true, "minute": true, "minutes": true, "seconds": true, "decade": true, "decades": true,
	"century": true, "centuries": true}

// physicalMeasure reports whether toks[i], a number, measures a distance,
// an area, a weight or a time (physicalUnits: "3 km (two miles)" off a
// coast, "seventy years ago"), which is no count of what a "how many"
// question counts, unless the question says the unit in any spelling
// ("how many miles", "after how many years", "how many hrs").
func physicalMeasure(toks []text.Token, i int, q question) bool {
	if i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	if !physicalUnits[next.Norm] || q.has(next) {
		return false
	}
	forms := text.UnitForms(next.Stem) // "hrs" for "hours", "km" for "kilometres"
	for w := range q.words {
		if slices.Contains(forms, text.Stem(w)) {
			return false
		}
	}
	return true
}

// converted reports whether toks[i], a number of s, opens parentheses
// right after a physical measure: the measure in other units, "60 feet
// (18 m)", whose unit may be too short a word for physicalMeasure.
func converted(s string, toks []text.Token, i int, q question) bool {
	return i >= 2 && numeric(toks[i-2].Norm) && physicalMeasure(toks, i-2, q) &&
		strings.TrimSpace(s[toks[i-1].End:toks[i].Start]) == "("
}

// percentage reports whether toks[i], a number of s, is a percentage:
// "percent" itself, or a number (of one or more words) followed by "%",
// "percent", "pct" or "per cent".
func percentage(s string, toks []text.Token, i int) bool {
	if n := toks[i].Norm; n == "percent" || n == "pct" {
		return true
	}
	for i+1 < len(toks) && numeric(toks[i+1].Norm) && toks[i+1].Norm != "percent" {
		i++ // the rest of the number: "forty-five percent"
	}
	if strings.HasPrefix(strings.TrimLeft(s[toks[i].End:], " "), "%") {
		return true
	}
	if i+1 < len(toks) {
		switch toks[i+1].Norm {
		case "percent", "pct":
			return true
		case "per":
			return i+2 < len(toks) && toks[i+2].Norm == "cent"
		}
	}
	return false
}

// labelled reports whether toks[i], a number of s, labels the thing the
// noun before it names ("angiotensin II type 1 receptor", "Phase 3",
// "Chapter 11"): a whole number in digits, one space after a noun of the
// label-nouns list.
func (a *Answerer) labelled(s string, toks []text.Token, i int) bool {
	if i == 0 || !text.IsDigit(toks[i].Norm[0]) || strings.ContainsAny(toks[i].Norm, ".,") {
		return false
	}
	prev := toks[i-1]
	return a.lex.labelNouns[prev.Norm] && s[prev.End:toks[i].Start] == " "
}

// version reports whether toks[i], a number of s, is a release's number,
// which counts and measures nothing: three parts ("2.30.1"), or two after
// "v" ("v2.30"), "version" or "release", or after a capitalised word that
// is no function word ("Go 1.22", "Git 2.30"; not "About 1.5"), when no
// number word follows ("Nearly 1.5 million").
func version(s string, toks []text.Token, i int) bool {
	n := toks[i].Norm
	dots := strings.Count(n, ".")
	if dots == 0 || strings.HasSuffix(n, ".") {
		return false
	}
	if dots >= 2 {
		return true
	}
	if i+1 < len(toks) && numeric(toks[i+1].Norm) {
		return false
	}
	if i == 0 {
		return false
	}
	prev := toks[i-1]
	switch prev.Norm {
	case "v", "version", "release":
		return true
	}
	return text.Capitalised(s[prev.Start:prev.End]) && !text.IsStop(prev.Norm) && !text.FunctionWord(prev.Norm) &&
		strings.TrimSpace(s[prev.End:toks[i].Start]) == ""
}

// hasNewVersion reports whether s gives a release's number the question
// does not say: a number with a point ("in 2.29", "Go 1.5", "v1.63"), or
// one after "v", "version", "release" or a name with a capital ("iOS
// 17", "Windows 11"), which in a sentence read for a version are
// releases.
func hasNewVersion(s string, q question) bool {
	toks := q.tokens(s)
	for i, t := range toks {
		if !numeric(t.Norm) || q.words[t.Norm] || !text.IsDigit(t.Norm[0]) {
			continue
		}
		if strings.Contains(strings.TrimSuffix(t.Norm, "."), ".") || i > 0 && releaseName(s, toks[i-1], t) {
			return true
		}
	}
	return false
}

// releaseName reports whether prev, the token of s before the number t
// and a space apart, names a release: "v", "version", "release", or a
// word with a capital that is no function word ("iOS 17"), unless t is a
// year ("Windows 2000" is read as a year).
func releaseName(s string, prev, t text.Token) bool {
	if s[prev.End:t.Start] != " " {
		return false
	}
	switch prev.Norm {
	case "v", "version", "release":
		return true
	}
	w := s[prev.Start:prev.End]
	return strings.ToLower(w) != w && !text.IsStop(prev.Norm) && !text.FunctionWord(prev.Norm) && !reYearLike.MatchString(t.Norm)
}

// pronounOne reports whether toks[i] is "one" standing for a thing named
// before, or one of a group, not a count: after a determiner ("a good
// one", "the one", "each one", "no one"), in "one of the …" ("one of the
// world's great mysteries"), or with "another" up to four words on ("one
// another", "from one column to another", "one way or another"), or
// before "example", "instance" or "such", where it says "an" ("One
// example of NASA's capability is ...").
func pronounOne(toks []text.Token, i int) bool {
	if toks[i].Norm != "one" {
		return false
	}
	norm := func(j int) string {
		if j < 0 || j >= len(toks) {
			return ""
		}
		return toks[j].Norm
	}
	switch norm(i + 1) {
	case "of", "example", "instance", "such":
		return true
	}
	for j := i + 1; j <= i+4; j++ {
		if norm(j) == "another" {
			return true
		}
	}
	return determiner(norm(i-1)) || determiner(norm(i-2)) && !numeric(norm(i-1)) // "a good one", not "a 1 one"
}

// determiner reports whether a folded word is one that "one" may stand
// after as a pronoun: "the one", "each one", "no one".
func determiner(w string) bool {
	switch w {
	case "a", "an", "the", "this", "that", "each", "every", "any", "no", "another", "which":
		return true
	}
	return false
}

// dayOfMonth reports whether the number at s[i:j] sits next to a month name.
func (a *Answerer) dayOfMonth(s string, i, j int) bool {
	before := strings.TrimRight(s[:i], " ")
	after := strings.TrimLeft(s[j:], " ")
	if k := strings.LastIndexByte(before, ' '); k >= 0 {
		before = before[k+1:]
	}
	if k := strings.IndexAny(after, " ,."); k >= 0 {
		after = after[:k]
	}
	return a.lex.monthsAndDays[strings.ToLower(before)] || a.lex.monthsAndDays[strings.ToLower(after)]
}

// designation reports whether the number starting at s[i] is part of a
// name such as "RD-93", "Mi-35" or "JF-17", or one glued to a capital
// letter ("BRCA1", "A6"), rather than a quantity.
func designation(s string, i int) bool {
	return i >= 2 && s[i-1] == '-' && text.IsASCIILetter(s[i-2]) || i >= 1 && 'A' <= s[i-1] && s[i-1] <= 'Z'
}

// countsFocus reports whether one sentence of s holds both a new count and
// the thing the question counts ("how many planes": "four planes", not
// "ten years" beside a sentence about planes). s is a candidate's view:
// one sentence of a passage, or two on one line, or clauses of them, so
// it lies within one block of the passage, which is split without being
// blocked again (text.BlockSentences): a wrapped sentence's line break
// is not read as a break on its own.
//
// The count and the thing must stand within countReach words of each
// other ("a herd of approximately 60 wild goats"): "two critical things
// were left behind: goats, and rats" counts things, not goats.
func (a *Answerer) countsFocus(s string, q question) bool {
	for _, sp := range text.BlockSentences(s) {
		part := s[sp.Start:sp.End]
		toks := q.tokens(part)
		for i, t := range toks {
			if !numeric(t.Norm) {
				continue
			}
			w := part[toks[max(0, i-countReach)].Start:toks[min(len(toks)-1, i+countReach)].End]
			if a.hasNewCount(w, q) && wordSetOf(w, q.tokens(w)).match(q.focus, q.related[q.focus], a.tun.SynonymWeight) > 0 {
				return true
			}
			if j := countedNoun(part, toks, i); j > i+countReach {
				noun := part[toks[j].Start:toks[j].End]
				if a.hasNewCount(part[t.Start:toks[j].End], q) && wordSetOf(noun, q.tokens(noun)).match(q.focus, q.related[q.focus], a.tun.SynonymWeight) > 0 {
					return true
				}
			}
		}
	}
	return false
}

// countedNoun returns the index of the noun the count toks[i] of s
// counts, the first plural word after it within countedReach words, with
// nothing but spaces, commas and hyphens between them ("18 Northern and
// central California counties"), or -1.
func countedNoun(s string, toks []text.Token, i int) int {
	for j := i + 1; j < len(toks) && j <= i+countedReach; j++ {
		if strings.Trim(s[toks[j-1].End:toks[j].Start], " ,-") != "" {
			return -1
		}
		if plural(toks[j].Norm) {
			return j
		}
	}
	return -1
}

// countedReach is how many words after a count its noun may stand
// (countedNoun), beyond countReach when only modifiers part them.
const countedReach = 7

// countReach is how many words apart a count and the thing it counts may
// stand (countsFocus). Of 4, 5, and 4 not counting function words, 4
// refused the most unanswerable questions of the fitted sets (7 more than
// none, against 5 and 3) with the same right answers (one fewer than
// none): "250 of the largest school districts", five apart, is missed.
const countReach = 4
