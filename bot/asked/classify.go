package asked

import (
	"regexp"
	"strings"

	"github.com/citebot/citebot/text"
)

// Type is the kind of answer a question asks for, as the extractive
// answerer looks for it.
type Type int

// The answer types, tried in this order of precedence (TypeAuthor first).
const (
	TypeAny    Type = iota
	TypePerson      // who
	TypeAuthor      // who wrote / the author of
	TypeDate        // when, what year
	TypeNumber      // how many, how much, what percentage
	TypePlace       // where, which city
	TypeEntity      // which X / what X: a name
	TypeReason      // why
	TypeDefine      // what is X
)

// Kind is the kind of value a question asks for, as the conflict finder
// compares values. Only kinds whose values can be compared mechanically
// are checked for disagreement.
type Kind int

// The kinds of value, tried in this order of precedence (KindStanding
// first).
const (
	KindNone     Kind = iota // a kind not compared (names, reasons...)
	KindDate                 // when, what year, what month
	KindNumber               // how many, how much, what value or figure
	KindRank                 // what rank
	KindName                 // what name, how spelled
	KindStanding             // where or in what place one finished in a contest or table
	KindPeriod               // over what span of years, which decades
	KindPost                 // what post or job one held
	KindPlace                // where a thing is or was
)

// The answer types' expressions, matched against the folded question.
// dateModifier is a word that narrows the date a question asks for: "on
// what exact day", "which specific year".
const dateModifier = `(exact |precise |specific |particular )`

var (
	// A journalist, reporter, news agency... is the author asked for when
	// the question asks which one or who it is ("which journalist wrote
	// the story", "which news agency wrote it", "who is the reporter
	// behind it", "author of the dw piece?"), not
	// when it names one to ask about something else ("what did the
	// journalist who wrote it find", "which programme accepted the author
	// of X", "what does the op-ed written by X say"); so is an
	// interviewer, and the one who opened a thread, an issue or a
	// question on a forum.
	reAuthor = regexp.MustCompile(`^(and |so |ok |okay |hey )?((what|which) (is|was) )?(the )?(name of the )?(author|writer)s? of\b|` +
		`\b(written|authored|penned) by (who|whom)\b|\bby whom (was|is|were)\b|` +
		`(which|what) (journalist|reporter|writer|columnist|correspondent|blogger|author|(news |wire |press )?agency|wire service)s? ((who|that) )?(wrote|writes|penned|filed|authored)\b|` +
		`(the|whose) bylines?\b|` +
		`(which|what) (user|member|poster|commenter|redditor) (asked|posted|started|opened|submitted|created) the ([a-z0-9.'’-]+ ){0,3}(question|thread|issue|topic)s?\b`)
	// reWhoAuthor is a "who" asking for the author, when it asks the
	// question (whoAsks): "who wrote it", "who is the reporter behind
	// it", "who did the vice interview", "who started the thread".
	reWhoAuthor = regexp.MustCompile(`\bwho (wrote|writes|authored|penned|did (write|author))\b|\bwho (is|was|are|were) (the )?(author|writer)s?\b|` +
		`\bwho (is|was) behind\b|` +
		`\bwho( is| was| are| were)? the (journalist|reporter|writer|columnist|correspondent|blogger|author)s? ` +
		`(behind|(who|that) (wrote|writes|penned|filed|authored))\b|` +
		`\bwho (did|conducted) the ([a-z0-9.'’-]+ ){0,3}interview\b|` +
		`\bwho (asked|posted|started|opened|submitted|created) the ([a-z0-9.'’-]+ ){0,3}(question|thread|issue|topic)s?\b|` +
		`\bwho (posted|filed) (the ([a-z0-9.'’-]+ ){0,3}(article|story|post|piece|report|column|essay|op-?ed|review|blog post)s?\b|["“'‘])`)
	// relativeWho ends the words before a "who" that opens a relative
	// clause rather than asks: "the journalist who wrote it", "a guy who".
	relativeWho = regexp.MustCompile(`\b(the|a|an|this|that|these|those|his|her|their|its|our|my|your)\s+([a-z0-9'’-]+\s+){0,3}$`)
	reWho       = regexp.MustCompile(`\bwho\b`)
	reOtherWh   = regexp.MustCompile(`^(where|when|why|how|in which|at which|on which|for which)\b`)
	// reDate asks for a date; a modifier may narrow it ("on what exact
	// day", "which specific year": dateModifier).
	reDate = regexp.MustCompile(`^(when\b|(in |during |by |on |at |since |until )?(what|which) ` + dateModifier + `?(years?|months?|dates?|days?|decades?|century|centuries)\b)|\b(what|which) (` + dateModifier + `?(years?|months?|dates?)|` + dateModifier + `days?)\b|^[^,]+, when\b`)
	// reRequestDate asks for a date as a request, or as its noun alone
	// (what a request is after its lead is dropped): "does anyone know the
	// exact date germany got reunified", "tell me the year the dam
	// opened", "the exact date germany got reunified?".
	reRequestDate = regexp.MustCompile(`(^|\b(know|tell me|give me|find|need) )(the )?` + dateModifier + `?(date|day|year) (when |that |of |on which )?[a-z]`)
	reNumber      = regexp.MustCompile(`\bhow (many|much|long|far|large|big|old|deep|high|tall|wide|heavy|often|fast|quickly|rapidly|soon|hot|cold|small|thick|loud|strong|bright|steep|powerful)\b|\b(what|which) (percentage|percent|number|amount|sum|figure|value|volume|share|size|price|cost)\b|\bworth\b|\bwhat (did|does|do|will|would) .*\b(cost|weigh)\b|\b(what|which) %|\b(what|which) time (did|does|do|is|was|will|would|are|were|has|had)\b`)
	rePlace       = regexp.MustCompile(`^where\b|\b(in |at )?(what|which) ([a-z-]+ )?(city|country|place|location|town|region|province|capital|venue|port)\b|\bwhere\b`)
	rePerson      = regexp.MustCompile(`^(who|whom|whose)\b|\bwho\b|(^|, )whose\b|\b(at|by|on|in|under|with|from|to|for|through|thru|via) whose\b|\b(which|what) ([a-z-]+ )?(person|people|president|prime minister|minister|general|leader|officials?|chief|envoy|ambassador|king|queen|emperor|author|writer|scientist|politician|commander|player|founder|inventor|artist|man|woman|experts?)\b`)
	reMeasure     = regexp.MustCompile(`\b(what|how) (is|was|are|were|will be|would be) (the )?` + measureNouns)
	// reMeasureModified is reMeasure with up to four words before the
	// noun ("what is the default max rsa key size"), which must all be
	// content words (modifiedMeasure): not "the reason for the price".
	reMeasureModified = regexp.MustCompile(`\bwhat (is|was|are|were|will be|would be) (the |its |his |her |their )?((?:[a-z0-9'’-]+ ){1,4})` + measureNouns)
	// reMeasureAsked asks for a measure by its noun before a verb, with
	// up to three modifiers that must be content words (measureAsked):
	// "what probability did they give", "what top gust speed could it
	// reach", "at what age did she graduate".
	reMeasureAsked = regexp.MustCompile(`\b(what|which) ((?:[a-z0-9'’-]+ ){0,3})` + measureNouns + ` (did|does|do|is|was|were|has|had|have|will|would|can|could|should)\b`)
	// reWhIs is a question word with "is" contracted onto it ("what's",
	// "whats", "who's"), spelt out before the patterns read a question.
	reWhIs = regexp.MustCompile(`\b(what|who|where|when|how|which)(?:'s|s)\b`)
	// reAsksMoney asks for a sum of money: "how much did they pay", "what
	// is the price", "how much did the film make" (what it earned: no
	// noun stands between "how much" and the verb, as in "how much
	// progress did they make").
	reAsksMoney = regexp.MustCompile(`\bhow much\b.*(\b(pay|paid|spend|spent|spends|worth|charge|charged|invest|invested|earn|earned|raise|raised|money|gross|grossed|fetch|fetched|sold for|sell for|costing|charging|paying|earning|earns|pays|compensate|donate|donated|lend|lent|` + moneyNouns + `)\b|\$)|\b(what|which) (was |is |were |will be )?((the )?(price|cost|fee|salary|budget)\b|the (value|worth) of\b)|\bwhat (did|does|do|will|would) .*\bcost\b|\bhow much (did|does|do|will|would|could|can) .*\b(make|makes|made)\b`)
	// reComparesBy asks by how much one thing exceeds another ("how much
	// more do graduates earn than …"), which a share ("25% more") or a
	// ratio answers as well as a sum of money.
	reComparesBy = regexp.MustCompile(`\bhow much (` + moreOrLess + `|bigger|smaller)\b.*\bthan\b`)
	// reChangeOf asks by how much something changed ("how much did
	// consumption fall per 1% rise in energy prices"): a share or a count
	// answers that as well as a sum, unless what changed is a sum (its
	// words, group 2, name one: "how much did gas prices fall").
	reChangeOf  = regexp.MustCompile(`\bhow much (did|does|do|has|have|had|will|would|could|can) ((?:[a-z0-9'’-]+ ){1,4}?)(` + changeVerbs + `|go up|go down|gone up|gone down)\b`)
	reMoneyNoun = regexp.MustCompile(`\b(` + moneyNouns + `)\b`)
	// reAsksChange finds the words by which a question asks how much an
	// amount changed, or compares it, anywhere (Question.Change).
	reAsksChange = regexp.MustCompile(`\b(?:` + changeVerbs + `|change|changed|up|down|cut|raise|raised|gain|gained|lose|lost|difference|` + moreOrLess + `|cheaper|save|saved|compared)\b`)
	// reHowMuchMore asks by how much more or less, which "25% more"
	// answers as well as a sum (Question.ByShare).
	reHowMuchMore = regexp.MustCompile(`\bhow much (` + moreOrLess + `)\b`)
	// reRateCharge is a charge a rate may set ("a .07% fee", "a 20%
	// premium"), among the money nouns.
	reRateCharge = regexp.MustCompile(`\b(fees?|premiums?)\b`)
	// reMoneyModified asks for a sum by naming it with up to four
	// modifiers, which must all be content words (matchContent): "what
	// was tom cable's annual salary", "what is the monthly rent"; not
	// "what is the reason for the price".
	reMoneyModified = regexp.MustCompile(`\bwhat (is|was|are|were|will be) (the |its |his |her |their )?((?:[a-z0-9'’-]+ ){1,4})(` + moneyNouns + `)\b`)
	reAsksUnit      = regexp.MustCompile(`\bin (?:degrees |square |sq |cubic )?(mah|kwh|watts|volts|joules|calories|kcal|gigabytes|megabytes|terabytes|ghz|mhz|mbps|gbps|pixels|knots|minutes|days|kilometres|kilometers|km|miles|metres|meters|feet|inches|centimetres|centimeters|millimetres|millimeters|tonnes|tons|kilograms|kg|grams|pounds|litres|liters|gallons|barrels|dollars|rupees|euros|percent|hectares|acres|decibels|mph|celsius|fahrenheit|megawatts|gigawatts)\b`)
	reWhy           = regexp.MustCompile(`^why\b|\bwhy\b|\bwhat (was|is) the reason\b`)
	reWhich         = regexp.MustCompile(`^(which|what)\b|\b(which|what) [a-z]+\b`)
	// a quoted phrase: "…", “…”, ‘…’, or '…' not inside a word (an
	// apostrophe is not a quote); matched against the question as typed
	reQuoted = regexp.MustCompile(`"([^"]+)"|“([^”]+)”|(?:^|[\s(])[‘']([^'’]+)['’](?:$|[\s.,;:?!)])`)
)

// moneyNouns name a sum of money.
const moneyNouns = `price|prices|cost|costs|fee|fees|fare|fares|salary|salaries|wage|wages|rent|tuition|budget|revenue|income|bail|ransom|funding|grant|grants|donation|donations|compensation|premium|premiums|subsidy|subsidies|loan|loans`

// measureNouns are the nouns of a value measured or counted.
const measureNouns = `(population|length|height|width|depth|diameter|area|distance|size|weight|speed|price|cost|value|budget|revenue|capacity|capacities|output|salary|salaries|income|turnover|volume|rate|age|attendance|probability|probabilities|accuracy|rating|temperature|wage|valuation|tally|tallies|latency|latencies|margin|percentage|amount|total|figure|quota|ph)s?\b`

// The value kinds' expressions, matched against the folded question.
var (
	reAskPlace  = regexp.MustCompile(`\b(where|what place|which place|what position|which position)\b.*\b(finish|finished|finishing|placed|end up|ended up)\b|\b(finish|finished|end|ended|come|came|placed) (in )?(what|which) (place|position)\b`)
	reAskPeriod = regexp.MustCompile(`\b(what|which) (span|period|range|stretch) of (years|time)\b|\b(what|which) (years|decades?|period|era)\b|\bbetween (what|which) years\b`)
	reAskPost   = regexp.MustCompile(`\b(what|which) (job|post|position|office|title|designation)s? (did|does|do|was|is|were|has|had)\b|\b(is|was)\b[^?]*'s (job|post|position|title|designation)\b`)
	reAskWhere  = regexp.MustCompile(`^where (is|are|was|were) (the|a|an)\b`)
	reAskRank   = regexp.MustCompile(`\b(rank|ranks|ranked)\b`)
	reAskDate   = regexp.MustCompile(`^when\b|\bwhen (did|was|were|is|are|does|do|will|had|has)\b|\b(what|which) ` + dateModifier + `?(year|month|date|day)\b|\bin what (year|month)\b`)
	reAskNumber = regexp.MustCompile(`\bhow (many|much|large|big|high|far|long|old|tall|deep|wide|heavy)\b|\b(what|which) (was |is |were |are )?(the )?(value|amount|figure|level|volume|number|total|sum|price|cost|percentage|share|population|size|count)\b|\bworth\b|` +
		`\bwhat (did|does|do|will|would) .*\bcost\b|` +
		`\bwhat (is|was|are|were) (the )?([a-z-]+ )?(trade|exports|imports|budget|revenue|gdp|output|production|turnover|population|length|height|area|distance|capacity|salary|income|investment|debt|deficit)( volume| figure| value)?( of| between| in| for| at| during|\?|$)`)
	reAskShare = regexp.MustCompile(`\b(percent|percentage|per cent|share|proportion|rate)\b|%`)
	reAskName  = regexp.MustCompile(`\b(full |first |last |given |family )?names?\b|\bspel(l|led|lt|ling|ls)\b`)
	reAskMoney = regexp.MustCompile(`\b(cost|costs|price|paid|pay|pays|spend|spent|worth|fee|fees|salary|budget|invest|invested|investment|sold|bought|raise|raised)\b`)
	// how to do something, or a command, function, option or example
	reAskCode = regexp.MustCompile(`\bhow (do|does|can|could|should|would|to|is|are)\b|\b(command|commands|function|functions|method|methods|call|flag|flags|option|options|setting|settings|syntax|snippet|example|examples|code|install|import|configure|set up|setup|enable|disable|usage|use it|api|constant|variable|env var|parameter|parameters|param|params)\b`)
	// which version or release: "which go version", "in which release of
	// the specification", "what minimum go version"
	reAskVersion = regexp.MustCompile(`\b(which|what(?: is| are|'s|’s)?(?: the)?)((?: [a-z0-9.+#-]+){0,2}) (version|release)s?\b`)
	// a physical quantity, never a sum of money
	reAskQuantity = regexp.MustCompile(`\b(population|length|height|width|depth|diameter|area|distance|weight|speed|altitude|elevation|temperature|how (tall|long|far|high|deep|wide|heavy|fast|old))\b`)
	reAskLength   = regexp.MustCompile(`\bhow (long|far)\b|\b(length|distance)\b`)
	reAskCount    = regexp.MustCompile(`\bhow many ([a-z]+)`)
	reEvent       = regexp.MustCompile(`\b(was|were)\b.*\b([a-z]{3,}(ed|en))\W*$`)
	rePlan        = regexp.MustCompile(`\b(supposed|planned|scheduled|due|expected|intended|slated|meant)\b`)
)

// whoAsks reports whether a "who" of folded question f asks for the
// author (reWhoAuthor) and asks the question, not a relative clause
// ("what did the journalist who wrote it find", relativeWho).
func whoAsks(f string) bool {
	for _, m := range reWhoAuthor.FindAllStringIndex(f, -1) {
		if !relativeWho.MatchString(f[:m[0]]) {
			return true
		}
	}
	return false
}

// reDateNoun asks for a date by a noun that names it after a "what is the"
// and up to three words: "what was the official release date of the
// console?", "what is the year of the treaty?" (the words before it
// are in the second group).
var reDateNoun = regexp.MustCompile(`\b(what|which) (is|was|are|were) (the |its |their )?(([a-z-]+ ){0,3})(dates?|years?|months?|day)(( of| for| on| when)\b|\?|$)`)

// asksDateNoun reports whether folded question f asks for a date by its
// noun (reDateNoun), unless what is asked is a count of them ("what is the
// minimum number of years of education").
func asksDateNoun(f string) bool {
	m := reDateNoun.FindStringSubmatch(f)
	return m != nil && !strings.Contains(" "+m[4], " number of ") && !strings.Contains(" "+m[4], " amount of ")
}

// requestsDate reports whether folded question f asks for a date by a
// request or by its noun alone (reRequestDate) and asks nothing else by a
// question word ("the day after the dam opened, who spoke?" asks who).
func requestsDate(f string) bool {
	return reRequestDate.MatchString(f) && !reAnyQuestionWord.MatchString(f)
}

// reAnyQuestionWord is a question word anywhere.
var reAnyQuestionWord = regexp.MustCompile(`\b(who|whom|whose|what|which|when|where|why|how)\b`)

// typeOf returns the answer type of folded question f.
func typeOf(f string) Type {
	switch {
	case whoIsName(f):
		return TypeDefine // "who is julia kristeva" asks what she is
	case standsFor(f) != "":
		return TypeDefine
	case (reAuthor.MatchString(f) || whoAsks(f)) && !reOtherWh.MatchString(f):
		return TypeAuthor
	case reNumber.MatchString(f), reMeasure.MatchString(f), modifiedMeasure(f), measureAsked(f):
		return TypeNumber
	case reDate.MatchString(f), asksDateNoun(f), requestsDate(f):
		return TypeDate
	case rePlace.MatchString(f):
		return TypePlace
	case rePerson.MatchString(f) && !relativeWhoOnly(f), asksPersonKind(f):
		return TypePerson
	case reWhy.MatchString(f):
		return TypeReason
	case reCalled.MatchString(strings.TrimSpace(f)):
		return TypeEntity // "what is the tool called?" asks for its name
	case reDefine.MatchString(strings.TrimSpace(f)), definesIn(strings.TrimSpace(f)):
		return TypeDefine
	case reWhich.MatchString(f):
		return TypeEntity
	}
	return TypeAny
}

// reOpensManner opens a question that asks how or why, which a "who" in
// a relative clause does not turn into one for a person: "How will
// supplies reach the American troops who stay?", "Why did the minister
// who visited resign?".
var reOpensManner = regexp.MustCompile(`^(how|why)\b`)

// relativeWhoOnly reports whether folded question f asks how or why and
// each of its "who" opens a relative clause (relativeWho) rather than
// asks.
func relativeWhoOnly(f string) bool {
	if !reOpensManner.MatchString(f) {
		return false
	}
	for _, m := range reWho.FindAllStringIndex(f, -1) {
		if !relativeWho.MatchString(f[:m[0]]) {
			return false
		}
	}
	return true
}

// modifiedMeasure reports whether folded question f asks for a measure
// named with its modifiers (reMeasureModified): "what is the default max
// rsa key size", "what was the total trade value"; not "what is the
// reason for the price", whose words before the noun are no modifiers.
func modifiedMeasure(f string) bool { return matchContent(reMeasureModified, f, 3) }

// measureAsked reports whether folded question f asks for a measure by
// its noun before a verb (reMeasureAsked).
func measureAsked(f string) bool { return matchContent(reMeasureAsked, f, 2) }

// matchContent reports whether re matches f where the words of its group
// n are all content words (contentWords).
func matchContent(re *regexp.Regexp, f string, n int) bool {
	for _, m := range re.FindAllStringSubmatch(f, -1) {
		if contentWords(strings.Fields(m[n])) {
			return true
		}
	}
	return false
}

// contentWords reports whether no word of ws is a stop word or a
// function word.
func contentWords(ws []string) bool {
	for _, w := range ws {
		if text.IsStop(w) || text.FunctionWord(w) {
			return false
		}
	}
	return true
}

// asksVersion reports whether folded question f asks which version or
// release (reAskVersion), with no stop word between ("what does version
// 2 say" names a version) and no number after it.
func asksVersion(f string) bool {
	for _, m := range reAskVersion.FindAllStringSubmatchIndex(f, -1) {
		if contentWords(strings.Fields(f[m[4]:m[5]])) && !startsNumber(f[m[1]:]) {
			return true
		}
	}
	return false
}

// startsNumber reports whether s starts with a number after white space:
// "what is the version 2 licence about" names a version.
func startsNumber(s string) bool {
	s = strings.TrimLeft(s, " ")
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// changeVerbs are the verbs by which a question asks how much something
// changed (reChangeOf, reAsksChange).
const changeVerbs = "fall|fell|fallen|drop|dropped|rise|rose|risen|grow|grew|grown|increase|increased|decrease|decreased|decline|declined|shrink|shrank|shrunk|climb|climbed|jump|jumped|sink|sank|plunge|plunged"

// moreOrLess are the words by which a question asks by how much more or
// less (reHowMuchMore, reComparesBy), which a share stands before to
// answer it ("25% more"; byShare).
const moreOrLess = "more|less|higher|lower"

// kindOf returns the value kind of folded question f.
func kindOf(f string) Kind {
	switch {
	case reAskPlace.MatchString(f):
		return KindStanding
	case reAskPeriod.MatchString(f):
		return KindPeriod
	case reAskRank.MatchString(f):
		return KindRank
	case reAskWhere.MatchString(f):
		return KindPlace
	case reAskPost.MatchString(f):
		return KindPost
	case reAskDate.MatchString(f), asksDateNoun(f), requestsDate(f):
		return KindDate
	case reAskNumber.MatchString(f):
		return KindNumber
	case reAskName.MatchString(f):
		return KindName
	}
	return KindNone
}

// measureOf returns what folded number question f measures (see
// Question.Measure).
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
