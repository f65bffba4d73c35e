package conflict

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/citebot/citebot/text"
)

// value is a value of the asked kind that a sentence gives.
type value struct {
	start, end int // byte span in the sentence: what is shown
	// date
	year, month, day int
	// number
	num, prec float64  // the number and the place of its last significant digit
	unit      string   // "$" for money, "%" for a share, else the stem of the counted noun
	qual      string   // the year nearest the number ("630 million in 2008"); "" when none
	spelled   bool     // written in words ("six")
	follow    []string // stems of the content words among the three after the number
	fit       bool     // what the question measures (see fitting)
	// period: its first and last year
	first, last int
	// rank, name
	words []string     // folded words of the rank or name
	name  []text.Token // words of the name (after a rank)
	// local is the share of the question said by the value's part of its
	// sentence, subject the question's rarest word said there by a
	// capitalised word, event whether it says the question's event word
	// (see locals).
	local   float64
	subject string
	event   bool
}

// months maps folded month names and abbreviations to their number.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// monthOf returns the month a token names (capitalised, as a name), or 0.
// "May" counts only when a day or year is next to it.
func monthOf(s string, t text.Token) int {
	m := months[t.Norm]
	if m == 0 || !text.Capitalised(s[t.Start:t.End]) {
		return 0
	}
	return m
}

// dates returns the dates of sentence s: a year, a month, or a month with
// a day and year next to it ("12 February 2003", "February 2003").
func dates(s string, toks []text.Token) []value {
	var out []value
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		m := monthOf(s, t)
		if m == 0 && !isYear(t.Norm) {
			continue
		}
		v := value{start: t.Start, end: t.End}
		j := i
		if m > 0 {
			v.month = m
			if i > 0 && isDay(toks[i-1].Norm) && near(s, toks[i-1], t) {
				v.day, _ = strconv.Atoi(toks[i-1].Norm)
				v.start = toks[i-1].Start
				if i > 1 && isDay(toks[i-2].Norm) && dash(s[toks[i-2].End:toks[i-1].Start]) {
					v.start = toks[i-2].Start // a range of days: "2-3 October 2012"
				}
			}
			if j+1 < len(toks) && isDay(toks[j+1].Norm) && near(s, t, toks[j+1]) && !isYear(toks[j+1].Norm) {
				j++
				v.day, _ = strconv.Atoi(toks[j].Norm)
			}
			if j+1 < len(toks) && isYear(toks[j+1].Norm) && near(s, toks[j], toks[j+1]) {
				j++
			} else if t.Norm == "may" && v.day == 0 {
				continue // "may" the verb
			}
		}
		if isYear(toks[j].Norm) {
			v.year, _ = strconv.Atoi(toks[j].Norm)
		}
		v.end = toks[j].End
		out = append(out, v)
		i = j
	}
	return out
}

// dash reports whether gap is a dash between two numbers of a range.
func dash(gap string) bool {
	gap = strings.TrimSpace(gap)
	return gap == "-" || gap == "–" || gap == "—"
}

func isDay(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 31 && len(w) <= 2
}

// near reports whether two tokens are separated only by a space, a comma
// or a full stop of an abbreviation.
func near(s string, a, b text.Token) bool {
	gap := strings.TrimSpace(s[a.End:b.Start])
	return gap == "" || gap == "," || gap == "." || gap == ".,"
}

// scales multiply the number before them.
var scales = map[string]float64{"thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "crore": 1e7, "lakh": 1e5}

// currencies are folded words naming money after a number.
var currencies = map[string]bool{
	"dollar": true, "dollars": true, "usd": true, "rupee": true, "rupees": true, "euro": true, "euros": true, "pound": true,
	"pounds": true, "rouble": true, "roubles": true, "ruble": true, "rubles": true, "yuan": true, "yen": true, "francs": true, "rs": true, "pkr": true,
}

// numbers returns the quantities of sentence s: numbers in digits with
// their scale and unit, leaving out years, days of months, ordinals and
// parts of names ("JF-17").
func numbers(s string, toks []text.Token, spelled bool) []value {
	var out []value
	for i, t := range toks {
		n, prec, ok := float64(numberWords[t.Norm]), 1.0, spelled && numberWords[t.Norm] > 0
		if !ok {
			if !text.IsDigit(t.Norm[0]) || ordinal(s, t) || designation(s, t) || (i > 0 && monthOf(s, toks[i-1]) > 0) || (i+1 < len(toks) && monthOf(s, toks[i+1]) > 0) {
				continue
			}
			var err error
			if n, err = strconv.ParseFloat(t.Norm, 64); err != nil {
				continue
			}
			prec = precision(t.Norm)
		}
		v := value{start: t.Start, end: t.End, num: n, prec: prec, spelled: !text.IsDigit(t.Norm[0])}
		j := i
		if j+1 < len(toks) && scales[toks[j+1].Norm] > 0 && near(s, t, toks[j+1]) {
			j++
			v.num, v.prec = v.num*scales[toks[j].Norm], v.prec*scales[toks[j].Norm]
		}
		if isYear(t.Norm) && j == i {
			continue
		}
		v.end = toks[j].End
		v.start, v.unit = unitOf(s, toks, i, j, &v.end)
		for _, u := range toks[j+1 : min(len(toks), j+4)] {
			if !text.IsStop(u.Norm) {
				v.follow = append(v.follow, u.Stem)
			}
		}
		out = append(out, v)
	}
	for i := range out {
		out[i].qual = nearestYear(toks, out[i].start, out[i].end)
	}
	return out
}

// unitOf returns where the quantity toks[i..j] starts (with a currency
// sign before it) and its unit, moving *end past a unit word after it.
func unitOf(s string, toks []text.Token, i, j int, end *int) (int, string) {
	start := toks[i].Start
	before := s[:start]
	if k := strings.LastIndexAny(before, " (\n\t"); k >= 0 {
		before = before[k+1:]
	}
	if before != "" && strings.ContainsAny(before, text.CurrencySigns) {
		return start - len(before), "$"
	}
	if strings.HasPrefix(s[*end:], "%") {
		*end++
		return start, "%"
	}
	if j+1 < len(toks) && strings.TrimSpace(s[toks[j].End:toks[j+1].Start]) == "" {
		n := toks[j+1]
		switch {
		case currencies[n.Norm]:
			*end = n.End
			return start, "$"
		case n.Norm == "percent" || n.Norm == "per" && j+2 < len(toks) && toks[j+2].Norm == "cent":
			return start, "%"
		case !text.IsStop(n.Norm) && !text.IsDigit(n.Norm[0]):
			return start, n.Stem
		}
	}
	if i > 0 && (toks[i-1].Norm == "rs" || toks[i-1].Norm == "usd" || toks[i-1].Norm == "pkr") {
		return toks[i-1].Start, "$"
	}
	return start, ""
}

// precision is the place value of the last significant digit of a
// number as written: 10 for "570", 1 for "92", 0.1 for "1.2".
func precision(w string) float64 {
	if k := strings.IndexByte(w, '.'); k >= 0 {
		return math.Pow(10, -float64(len(w)-k-1))
	}
	p := 1.0
	for i := len(w) - 1; i > 0 && w[i] == '0'; i-- {
		p *= 10
	}
	return p
}

// ordinal reports whether a number is an ordinal ("100th", "1st").
func ordinal(s string, t text.Token) bool {
	rest := strings.ToLower(s[t.End:min(len(s), t.End+2)])
	return rest == "th" || rest == "st" || rest == "nd" || rest == "rd"
}

// designation reports whether a number is part of a name ("JF-17", "Mi-35").
func designation(s string, t text.Token) bool {
	i := t.Start
	return i >= 2 && s[i-1] == '-' && unicode.IsLetter(rune(s[i-2]))
}

// nearestYear returns the year closest to the span [start, end) of s, by
// words between; on a tie the year after wins ("441 million in 2006").
func nearestYear(toks []text.Token, start, end int) string {
	first, last := -1, -1
	for k, t := range toks {
		if t.Start >= start && t.End <= end {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	best, bestGap := "", len(toks)
	for k, t := range toks {
		if !isYear(t.Norm) || k >= first && k <= last {
			continue
		}
		gap := first - k - 1
		if k > last {
			gap = k - last - 1
		}
		if gap < bestGap || gap == bestGap && k > last {
			best, bestGap = t.Norm, gap
		}
	}
	return best
}

// rankWords are folded words of military ranks; core ones name a rank by
// themselves, the others qualify one ("Air", "Vice", "Chief").
var rankWords = map[string]bool{
	"marshal": true, "general": true, "colonel": true, "major": true, "captain": true, "admiral": true, "commodore": true,
	"brigadier": true, "lieutenant": true, "sergeant": true, "corporal": true, "commander": true, "lt": true, "gen": true,
	"col": true, "maj": true, "capt": true, "brig": true, "cdr": true, "adm": true,
}

var rankModifiers = map[string]bool{
	"air": true, "vice": true, "rear": true, "chief": true, "field": true, "wing": true, "squadron": true, "group": true,
	"flight": true, "staff": true, "first": true, "second": true, "deputy": true, "fleet": true,
}

// rankLeads are modifiers that name a post, not a rank, when they lead.
var rankLeads = map[string]bool{"chief": true, "deputy": true}

// ranks returns the ranks of sentence s: a run of capitalised rank words,
// at least one of them a rank by itself, just before a name ("Air Chief
// Marshal Tahir Rafique Butt").
func ranks(s string, toks []text.Token) []value {
	var out []value
	for i := 0; i < len(toks); i++ {
		j, core := i, false
		for j < len(toks) && text.Capitalised(s[toks[j].Start:toks[j].End]) && (rankWords[toks[j].Norm] || rankModifiers[toks[j].Norm]) && (j == i || near(s, toks[j-1], toks[j])) {
			core = core || rankWords[toks[j].Norm]
			j++
		}
		if !core || j >= len(toks) || !near(s, toks[j-1], toks[j]) || !text.Capitalised(s[toks[j].Start:toks[j].End]) {
			i = max(i, j-1)
			continue
		}
		for rankLeads[toks[i].Norm] {
			i++ // "Army Chief General Kiani": the post, then the rank
		}
		v := value{start: toks[i].Start, end: toks[j-1].End}
		for _, t := range toks[i:j] {
			v.words = append(v.words, t.Norm)
		}
		for k := j; k < min(len(toks), j+4) && text.Capitalised(s[toks[k].Start:toks[k].End]) && (k == j || near(s, toks[k-1], toks[k])); k++ {
			v.name = append(v.name, toks[k])
		}
		out = append(out, v)
		i = j
	}
	return out
}
