package conflict

import (
	"regexp"
	"strings"

	"github.com/citebot/citebot/text"
)

// Kind is the kind of value a question asks for. Only kinds whose values
// can be compared mechanically are checked for disagreement.
type Kind int

// The kinds of value Find compares.
const (
	KindNone     Kind = iota // a kind Find does not compare (names, reasons...)
	KindDate                 // when, what year, what month
	KindNumber               // how many, how much, what value or figure
	KindRank                 // what rank
	KindName                 // what name, how spelled
	KindStanding             // where or in what place one finished in a contest or table
	KindPeriod               // over what span of years, which decades
	KindPost                 // what post or job one held
	KindPlace                // where a thing is or was
)

var (
	reAskPlace  = regexp.MustCompile(`\b(where|what place|which place|what position|which position)\b.*\b(finish|finished|finishing|placed|end up|ended up)\b|\b(finish|finished|end|ended|come|came|placed) (in )?(what|which) (place|position)\b`)
	reAskPeriod = regexp.MustCompile(`\b(what|which) (span|period|range|stretch) of (years|time)\b|\b(what|which) (years|decades?|period|era)\b|\bbetween (what|which) years\b`)
	reAskPost   = regexp.MustCompile(`\b(what|which) (job|post|position|office|title|designation)s? (did|does|do|was|is|were|has|had)\b|\b(is|was)\b[^?]*'s (job|post|position|title|designation)\b`)
	reAskWhere  = regexp.MustCompile(`^where (is|are|was|were) (the|a|an)\b`)
	reAskRank   = regexp.MustCompile(`\b(rank|ranks|ranked)\b`)
	reAskDate   = regexp.MustCompile(`^when\b|\bwhen (did|was|were|is|are|does|do|will|had|has)\b|\b(what|which) (year|month|date|day)\b|\bin what (year|month)\b`)
	reAskNumber = regexp.MustCompile(`\bhow (many|much|large|big|high|far|long|old|tall|deep|wide|heavy)\b|\b(what|which) (was |is |were |are )?(the )?(value|amount|figure|level|volume|number|total|sum|price|cost|percentage|share|population|size|count)\b|\bworth\b|` +
		`\bwhat (is|was|are|were) (the )?([a-z-]+ )?(trade|exports|imports|budget|revenue|gdp|output|production|turnover|population|length|height|area|distance|capacity|salary|income|investment|debt|deficit)( volume| figure| value)?( of| between| in| for| at| during|\?|$)`)
	reAskShare  = regexp.MustCompile(`\b(percent|percentage|per cent|share|proportion|rate)\b|%`)
	reAskName   = regexp.MustCompile(`\b(full |first |last |given |family )?names?\b|\bspel(l|led|lt|ling|ls)\b`)
	reAskMoney  = regexp.MustCompile(`\b(cost|costs|price|paid|pay|pays|spend|spent|worth|fee|fees|salary|budget|invest|invested|investment|sold|bought|raise|raised)\b`)
	reAskLength = regexp.MustCompile(`\bhow (long|far)\b|\b(length|distance)\b`)
	reAskCount  = regexp.MustCompile(`\bhow many ([a-z]+)`)
	reEvent     = regexp.MustCompile(`\b(was|were)\b.*\b([a-z]{3,}(ed|en))\W*$`)
	rePlan      = regexp.MustCompile(`\b(supposed|planned|scheduled|due|expected|intended|slated|meant)\b`)
)

// planWords are folded words by which a sentence speaks of a plan rather
// than of what happened ("the visit will take place", "was planned").
// A question that asks when something was supposed to happen finds its
// plan word said by any of them.
var planWords = map[string]bool{
	"will": true, "would": true, "shall": true, "plan": true, "planned": true, "plans": true, "scheduled": true, "schedule": true,
	"due": true, "expected": true, "supposed": true, "intended": true, "slated": true, "meant": true, "postponed": true, "rescheduled": true,
}

// frameWords are folded words that frame a question rather than name the
// fact it asks about: the sentences that answer do not repeat them.
var frameWords = map[string]bool{
	"what": true, "when": true, "which": true, "who": true, "how": true, "whom": true, "whose": true,
	"rank": true, "ranks": true, "ranked": true, "year": true, "month": true, "date": true, "value": true, "amount": true,
	"figure": true, "level": true, "volume": true, "number": true, "total": true, "sum": true, "worth": true,
	"much": true, "many": true, "hold": true, "held": true, "did": true, "make": true, "made": true, "around": true,
	"about": true, "just": true, "exactly": true, "approximately": true, "name": true, "names": true, "full": true,
	"span": true, "period": true, "range": true, "stretch": true, "years": true, "decade": true, "decades": true, "era": true,
	"place": true, "position": true, "where": true, "job": true, "post": true, "office": true, "title": true,
	"designation": true, "have": true, "had": true, "has": true,
	"spell": true, "spelled": true, "spelt": true, "spelling": true, "spells": true,
}

// question is what Find knows of a question.
type question struct {
	kind  Kind
	share bool            // a number question asking for a percentage
	terms []text.Token    // content words, de-duplicated by stem
	words map[string]bool // folded words
	years map[string]bool // years the question names
	plan  string          // the folded word by which it asks for a plan ("supposed"), or ""
	// event is the index in terms of the participle that ends a date
	// question and names the event it asks the date of ("When was the
	// museum founded?"), or -1.
	event int
	// measure is what a number question counts or measures: "$" for
	// money, "length" (or a duration, for "how long"), "count" of the
	// noun whose stem is counted; "" when the question does not say.
	measure, counted string
}

// analyze reads the kind and the content words of a question.
func analyze(q string) question {
	f := text.Fold(q)
	out := question{words: map[string]bool{}, years: map[string]bool{}, event: -1}
	switch {
	case reAskPlace.MatchString(f):
		out.kind = KindStanding
	case reAskPeriod.MatchString(f):
		out.kind = KindPeriod
	case reAskRank.MatchString(f):
		out.kind = KindRank
	case reAskWhere.MatchString(f):
		out.kind = KindPlace
	case reAskPost.MatchString(f):
		out.kind = KindPost
	case reAskDate.MatchString(f):
		out.kind = KindDate
	case reAskNumber.MatchString(f):
		out.kind, out.share = KindNumber, reAskShare.MatchString(f)
		out.measure, out.counted = measureOf(f)
	case reAskName.MatchString(f):
		out.kind = KindName
	}
	var event string
	if out.kind == KindDate {
		out.plan = rePlan.FindString(f)
		if m := reEvent.FindStringSubmatch(f); m != nil && !planWords[m[2]] {
			event = m[2]
		}
	}
	seen := map[string]bool{}
	for _, t := range words(q) {
		out.words[t.Norm] = true
		if isYear(t.Norm) {
			out.years[t.Norm] = true
		}
		if text.IsStop(t.Norm) && t.Norm != out.plan || frameWords[t.Norm] || seen[t.Stem] {
			continue
		}
		seen[t.Stem] = true
		if t.Norm == event {
			out.event = len(out.terms)
		}
		out.terms = append(out.terms, t)
	}
	return out
}

// measureOf returns what a folded number question measures (see
// question.measure).
func measureOf(f string) (measure, counted string) {
	switch m := reAskCount.FindStringSubmatch(f); {
	case m != nil:
		return "count", text.Stem(m[1])
	case reAskLength.MatchString(f):
		return "length", ""
	case reAskMoney.MatchString(f):
		return "$", ""
	}
	return "", ""
}

// isYear reports whether a folded token is a year: 1500 to 2099.
func isYear(w string) bool {
	if len(w) != 4 || !text.IsDigits(w) {
		return false
	}
	return w >= "1500" && w <= "2099"
}

// matches reports whether a question word t is said by a sentence word u:
// the same stem, or one a prefix of the other ("aug", "August"; "Russia",
// "Russian") for words of letters of at least three, or the question
// word's stem of five letters or more beginning the sentence word
// ("visited", "visitors").
func matches(t, u text.Token) bool {
	if t.Stem == u.Stem || t.Norm == u.Norm {
		return true
	}
	if text.IsDigit(t.Norm[0]) || text.IsDigit(u.Norm[0]) {
		return false
	}
	a, b := t.Norm, u.Norm
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 3 && strings.HasPrefix(b, a) || len(t.Stem) >= 5 && strings.HasPrefix(u.Norm, t.Stem)
}
