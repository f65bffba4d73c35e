package asked

import "regexp"

// Dimension is the physical dimension, or the form, in which a question
// asks for its value ("how old": an age, "what was the score": a score);
// an answer giving no value of it does not answer. The zero value,
// DimNone, is a question that asks for none.
type Dimension string

// The dimensions a question may ask for.
const (
	DimNone        Dimension = ""
	DimAge         Dimension = "age"         // how old, at what age
	DimWeight      Dimension = "weight"      // how heavy, what weight
	DimLength      Dimension = "length"      // how tall, far, deep; a size, an area, a length of data
	DimLong        Dimension = "long"        // how long: a length or a duration
	DimDuration    Dimension = "duration"    // what running time, how much time
	DimSpeed       Dimension = "speed"       // how fast, what speed (or rate of transfer, power, or the time something took)
	DimTemperature Dimension = "temperature" // how hot, what temperature
	DimScore       Dimension = "score"       // what score
	DimShare       Dimension = "share"       // what percentage, share or rate
	DimTime        Dimension = "time"        // what time, at what time: a time of day, or the time something took
)

// whatThe is "what" or "which", a verb and a determiner, and up to two
// modifiers before the noun of a dimension ("what was the final score",
// "what screen size").
const whatThe = `\b(what|which) (is |was |were |are |did |does |do )?(the |its |his |her |their |a |an )?([a-z'-]+ ){0,2}`

// The dimensions' expressions, matched against the folded question in
// this order: the first that matches decides.
var dimensions = []struct {
	dim Dimension
	re  *regexp.Regexp
}{
	{DimAge, regexp.MustCompile(`\bhow old\b|\bhow young\b|\b(what|which) age\b`)},
	{DimWeight, regexp.MustCompile(`\bhow heavy\b|\bhow much\b[^?]*\bweigh(s|ed)?\b|` + whatThe + `weight\b`)},
	{DimDuration, regexp.MustCompile(`\bhow much time\b|` + whatThe + `(running time|run time|runtime|duration)\b`)},
	{DimLong, regexp.MustCompile(`(^|[^a-z-])how long\b`)}, // not "know-how long"
	{DimLength, regexp.MustCompile(`\bhow (tall|far|high|deep|wide|thick)\b|` + whatThe + `(length|height|width|depth|distance|diameter|altitude|elevation|wingspan|size|area)\b`)},
	{DimSpeed, regexp.MustCompile(`\bhow (fast|quickly|rapidly|soon)\b|` + whatThe + `(speed|velocity)\b`)}, // or the time it takes
	{DimTemperature, regexp.MustCompile(`\bhow (hot|cold|warm)\b|` + whatThe + `temperature\b`)},
	{DimScore, regexp.MustCompile(whatThe + `(score|scoreline)\b`)},
	{DimTime, regexp.MustCompile(`\b(what|which) time (did|does|do|is|was|will|would|are|were|has|had)\b|\bat what time\b`)},
	{DimShare, regexp.MustCompile(`\b(what|which) (percentage|percent|share|proportion|fraction)\b|` + whatThe + `(rate|percentage|proportion)\b`)},
}

// dimensionOf returns the dimension folded question f asks for.
func dimensionOf(f string) Dimension {
	for _, d := range dimensions {
		if d.re.MatchString(f) {
			return d.dim
		}
	}
	return DimNone
}
