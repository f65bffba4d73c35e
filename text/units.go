package text

import "sync"

// unitAbbrevs are the abbreviations English prose gives units of measure
// and large numbers by: a question asks "how many barrels", the report
// says "4.9 million bbl.". Keys are the full words; an abbreviation that
// is also a common word or a letter ("m", "t", "in", "ha", "gal") is left
// out.
var unitAbbrevs = map[string][]string{
	"barrel": {"bbl"}, "kilometre": {"km"}, "kilometer": {"km"}, "centimetre": {"cm"}, "centimeter": {"cm"},
	"millimetre": {"mm"}, "millimeter": {"mm"}, "kilogram": {"kg"}, "pound": {"lb", "lbs"}, "mile": {"mi"},
	"foot": {"ft"}, "feet": {"ft"}, "ounce": {"oz"}, "hour": {"hr", "hrs"}, "year": {"yr", "yrs"},
	"square": {"sq"}, "percent": {"pct"}, "billion": {"bn"}, "million": {"mln"}, "kilowatt": {"kw"},
	"megawatt": {"mw"}, "gigawatt": {"gw"},
}

// unitStems maps the stem of each unit's full word to its abbreviations.
var unitStems = sync.OnceValue(func() map[string][]string { return stemTable(unitAbbrevs) })

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

// UnitAbbrevs returns the stems of the abbreviations of the unit whose
// stem is stem ("barrel": ["bbl"]), or nil. The slice is shared: callers
// must not modify it. It is safe for concurrent use.
func UnitAbbrevs(stem string) []string { return unitStems()[stem] }

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
