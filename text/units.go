package text

import (
	"slices"
	"sync"
)

// unitForms are the spellings English prose gives each unit of measure
// and large number: its full word, in British and American spelling, and
// its abbreviations. A question asks "how many barrels", the report says
// "4.9 million bbl."; a question asks "how many km", the page says "22
// kilometres"; a question asks "how many floors", the page says "a
// 47-story structure". An abbreviation that is also a common word or a
// letter ("m", "t", "in", "ha", "gal") is left out.
var unitForms = [][]string{
	{"barrel", "bbl"}, {"kilometre", "kilometer", "km"}, {"centimetre", "centimeter", "cm"},
	{"millimetre", "millimeter", "mm"}, {"metre", "meter"}, {"litre", "liter"}, {"kilogram", "kg"},
	{"pound", "lb", "lbs"}, {"mile", "mi"}, {"foot", "feet", "ft"}, {"ounce", "oz"}, {"hour", "hr", "hrs"},
	{"year", "yr", "yrs"}, {"square", "sq"}, {"percent", "pct"}, {"billion", "bn"}, {"million", "mln"},
	{"kilowatt", "kw"}, {"megawatt", "mw"}, {"gigawatt", "gw"}, {"floor", "storey", "story", "stories", "storeys"},
}

// dimensionWords are the adjectives by which English asks for a
// dimension and the nouns by which it names it: "how deep" is answered by
// "the depth gauge showed 270ft", "what was his age" by "he was 40 years
// old".
var dimensionWords = [][]string{
	{"deep", "depth"}, {"shallow", "depth"}, {"tall", "height"}, {"high", "height", "altitude"},
	{"far", "distance"}, {"wide", "width", "diameter"}, {"broad", "breadth"}, {"thick", "thickness", "diameter"},
	{"heavy", "weight", "weigh"}, {"old", "age"}, {"fast", "speed"}, {"long", "length"},
	{"hot", "temperature"}, {"cold", "temperature"}, {"warm", "temperature"}, {"big", "size"}, {"large", "size"},
}

// dimensionStems maps the stem of each word of dimensionWords to the
// stems of the words of its groups.
var dimensionStems = sync.OnceValue(func() map[string][]string { return StemGroups(dimensionWords) })

// DimensionWords returns the stems of the nouns that name the dimension
// an adjective with stem stem asks for ("deep": ["depth"]), or of the
// adjectives that ask for the dimension a noun names ("age": ["old"]), or
// nil. They relate words only in a question that asks for a dimension. The
// slice is shared: callers must not modify it. It is safe for concurrent
// use.
func DimensionWords(stem string) []string { return dimensionStems()[stem] }

// unitStems maps the stem of each spelling of a unit to the stems of its
// other spellings.
var unitStems = sync.OnceValue(func() map[string][]string { return StemGroups(unitForms) })

// StemGroups maps the stem of each word of every group of groups to the
// stems of the other words of its group: the words a group relates to
// each other. It builds a new map on each call.
func StemGroups(groups [][]string) map[string][]string {
	out := map[string][]string{}
	for _, g := range groups {
		for _, w := range g {
			s := Stem(w)
			for _, o := range g {
				if so := Stem(o); so != s && !slices.Contains(out[s], so) {
					out[s] = append(out[s], so)
				}
			}
		}
	}
	return out
}

// stemTable maps the stem of each full word of abbrevs to the stems of
// its abbreviations.
func stemTable(abbrevs map[string][]string) map[string][]string {
	out := make(map[string][]string, len(abbrevs))
	for w, as := range abbrevs {
		s := Stem(w)
		for _, a := range as {
			out[s] = append(out[s], Stem(a))
		}
	}
	return out
}

// UnitForms returns the stems of the other spellings of the unit one of
// whose spellings has stem stem ("barrel": ["bbl"]; "km": ["kilometr",
// "kilomet"]), or nil. The slice is shared: callers must not modify it.
// It is safe for concurrent use.
func UnitForms(stem string) []string { return unitStems()[stem] }

// CurrencySigns are the signs of the currencies English text writes
// before a sum ("$42", "£5", "₹300"), one rune each.
const CurrencySigns = "$£€¥₹"

// titleAbbrevs are the abbreviations English prose gives titles and ranks
// by: a question asks "which colonel general", the report says "Col. Gen.
// Chirkin". An abbreviation that is also a common word ("major", "rev")
// is left out, and so is one of a unit ("sec").
var titleAbbrevs = map[string][]string{
	"general": {"gen"}, "colonel": {"col"}, "lieutenant": {"lt"}, "captain": {"capt"},
	"sergeant": {"sgt"}, "corporal": {"cpl"}, "admiral": {"adm"}, "brigadier": {"brig"},
	"commander": {"cmdr", "cdr"}, "governor": {"gov"}, "senator": {"sen"}, "professor": {"prof"},
	"doctor": {"dr"}, "superintendent": {"supt"}, "inspector": {"insp"}, "reverend": {"revd"},
}

// titleStems maps the stem of each title's full word to its abbreviations.
var titleStems = sync.OnceValue(func() map[string][]string { return stemTable(titleAbbrevs) })

// TitleAbbrevs returns the stems of the abbreviations of the title whose
// stem is stem ("general": ["gen"]), or nil. The slice is shared: callers
// must not modify it. It is safe for concurrent use.
func TitleAbbrevs(stem string) []string { return titleStems()[stem] }
