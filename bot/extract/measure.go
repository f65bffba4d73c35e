package extract

import (
	"regexp"
	"slices"

	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// aNumber is a number in digits or words, or a word that stands for one
// ("a", "several", "dozens of"), and the space or hyphen before a unit
// (which a word must have: "am" is no "a m").
const aNumber = `(\d[\d,.]*\s*-?\s*((thousand|million|billion|trillion)[ -]+)?|\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few|dozens? of|hundreds of|thousands of)(-(one|two|three|four|five|six|seven|eight|nine))?[ -]+)`

// ageNumber is a number of years in digits or words: "38", "three",
// "thirty-eight".
const ageNumber = `(\d{1,3}\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(-(one|two|three|four|five|six|seven|eight|nine))?\b)`

// The units of a length, an area or a length of data, and of a duration.
const (
	lengthUnits   = `(m|metres?|meters?|km|kilometres?|kilometers?|miles?|mi|feet|foot|ft|inch|inches|cm|centimetres?|centimeters?|mm|millimetres?|millimeters?|yards?|yd|light[ -]years?|square|sq|acres?|hectares?|ha|bytes?|bits?|kb|mb|gb|tb|characters?|chars|pages?|px|pixels?|em|rem|pt)\b|\d["”″′]`
	clockUnits    = `seconds?|secs?|minutes?|mins?|hours?|hrs?|h|ms|milliseconds?` // a time taken, as a clock measures it
	durationUnits = `(` + clockUnits + `|days?|nights?|weeks?|fortnights?|months?|years?|yrs?|decades?|centuries|century)\b|\d:\d\d`
)

// measures match a value given in each dimension a question may ask
// for (asked.Dimension), in a sentence with any case.
var measures = map[asked.Dimension]*regexp.Regexp{
	asked.DimAge:         regexp.MustCompile(`(?i)\b(aged?|ages)\s+(` + ageNumber + `|between\b|over\b|under\b)|\bage of\b|\bat \d{1,3}\b|\b(s?he|i|they|you|we)('s|’s|'m|’m|'re|’re| is| was| am| are| were| turned| turns)\s+` + ageNumber + `([.,;!?)]|\s*$|\s+(in|when|at|during|until|before|after)\b)|\bturn(ed|s|ing)? ` + ageNumber + `|` + aNumber + `years?[ -]+old\b|\b(years?|months?)-old\b|\bin(to)? (his|her|their) (early |mid-|mid |late )?(teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[1-9]0['’]?s)\b|\w, \d{1,3}(,|\.(\s|$)|$)|\(\d{1,3}\)|\b(teenager|octogenarian|nonagenarian|centenarian)\b|\b\d{1,3}(st|nd|rd|th) birthday\b`),
	asked.DimWeight:      regexp.MustCompile(`(?i)` + aNumber + `(kg|kgs|kilos?|kilograms?|g|grams?|lbs?|pounds?|ounces?|oz|tonnes?|tons?|stone)\b`),
	asked.DimLength:      regexp.MustCompile(`(?i)` + aNumber + lengthUnits),
	asked.DimLong:        regexp.MustCompile(`(?i)` + aNumber + `(` + lengthUnits + `|` + durationUnits + `)|` + dateSpan),
	asked.DimDuration:    regexp.MustCompile(`(?i)` + aNumber + durationUnits + `|` + dateSpan),
	asked.DimSpeed:       regexp.MustCompile(`(?i)` + aNumber + `(mph|km/h|kmh|kph|knots?|m/s|miles (per|an) hour|kilometres per hour|kilometers per hour|w|watts?|kw|mbps|gbps|mb/s|gb/s|ghz|mhz|fps|rpm)\b|\bmach \d|` + aNumber + durationUnits),
	asked.DimTemperature: regexp.MustCompile(`(?i)\d\s*(°|º|degrees?\b|deg\b|[cf]\b)|` + aNumber + `degrees?\b|\b(scoville|shu)\b`),
	asked.DimScore:       regexp.MustCompile(`(?i)\b\d{1,3}\s*[-–—:]\s*\d{1,3}\b|\b\d{1,3} to \d{1,3}\b|` + aNumber + `points?\b`),
	asked.DimTime:        regexp.MustCompile(`(?i)\b\d{1,2}\s*o['’]clock\b|\b(` + timeOfDay + `|overnight)\b|` + aNumber + `(` + clockUnits + `)\b`),
	asked.DimShare:       regexp.MustCompile(`(?i)%|\bpercent|\bper ?cent\b|\bpc\b|\b(half|a third|one[ -]third|two[ -]thirds|a quarter|one[ -]quarter|three[ -]quarters|a fifth|one[ -]fifth|majority|minority)\b|\bone in (\d+|\w+)\b|\b\d+ (out )?of (every )?\d+\b|\bper\b`),
}

// measureNames name what a refusal says a passage lacks ("gives no age").
var measureNames = map[asked.Dimension]string{
	asked.DimAge: "age", asked.DimWeight: "weight", asked.DimLength: "length or size",
	asked.DimLong: "length or duration", asked.DimDuration: "duration", asked.DimSpeed: "speed or time taken",
	asked.DimTemperature: "temperature", asked.DimScore: "score", asked.DimShare: "percentage or share",
	asked.DimTime: "time of day or time taken",
}

// givesMeasure reports whether sentence s gives a value in dimension d;
// true for asked.DimNone. A time that is someone's age ("the
// 38-year-old's first lead") gives no duration.
func givesMeasure(s string, d asked.Dimension) bool {
	re, ok := measures[d]
	if !ok {
		return true
	}
	if d != asked.DimLong && d != asked.DimDuration {
		return re.MatchString(s)
	}
	for _, m := range re.FindAllStringIndex(s, -1) {
		if !reAgeAfter.MatchString(s[m[1]:]) {
			return true
		}
	}
	return false
}

// reAgeAfter is what makes a time before it an age: "-old" of
// "38-year-old", "old" of "six months old".
var reAgeAfter = regexp.MustCompile(`^[- ]old\b`)

// givesUnit reports whether s gives the unit q asks its value in
// (question.unit) in any of the unit's spellings: "in km" is answered by
// "22 kilometres", "in meters" by "8,848 metres" (text.UnitForms).
func givesUnit(s string, q question) bool {
	stem := text.Stem(q.unit)
	forms := text.UnitForms(stem)
	for _, t := range q.tokens(s) { // "2,200-square-mile" and "2600mAh" are tokens apart
		if t.Stem == stem || slices.Contains(forms, t.Stem) {
			return true
		}
	}
	return false
}
