package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// timeOfDay is a time of day: "5 p.m.", "9:30", "noon", "in the afternoon"
// (reClock, and measures' asked.DimTime).
const timeOfDay = `\d{1,2}(:\d\d)?\s?(a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d|noon|midday|midnight|dawn|dusk|sunrise|sunset|daybreak|nightfall|mornings?|afternoons?|evenings?`

// dateSpan is a span of time between two dates, which says how long
// something lasted: "from June 2011 until January 2014", "between 1990
// and 1995".
const dateSpan = `\b(from|between)\s+(` + monthDay + `)?(1[5-9]\d\d|20\d\d)\s*(until|till|to|through|and|–|-)\s*(` + monthDay + `)?(1[5-9]\d\d|20\d\d)\b`

// monthDay is a month's name and a day of it before a year: "June ",
// "Jan. 3, ".
const monthDay = `(` + monthPattern + `)\.?\s+(\d{1,2},?\s+)?`

// monthPattern matches the months' names and their abbreviations, folded
// (monthDay, reMonth).
const monthPattern = `january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec`

var (
	reDateSpan = regexp.MustCompile(`(?i)` + dateSpan)
	// reWordSpan is a span of time given by words alone: "for many
	// decades", "a few weeks", "or even a century"
	reWordSpan = spaced(`(?i)\b((many|several|a few|a couple of) (decades|centuries|years|months|weeks|days|hours|minutes)|a (decade|century))\b`)
)

// givesSpan reports whether s gives a span between two dates (dateSpan),
// or one in words alone (reWordSpan), for a question asking how long
// something lasted (dimension d): the years in it count no number of
// their own.
func givesSpan(s string, d asked.Dimension) bool {
	return (d == asked.DimDuration || d == asked.DimLong) && (reDateSpan.MatchString(s) || reWordSpan.MatchString(s))
}

var (
	reRelativeYear = spaced(`(?i)\b(last|this|next|previous|following|that) year\b`)
	// reAgo is a time counted back from the text's own day, which answers
	// a date question in the past tense (question.past): "six months
	// ago", "yesterday", "last week", "last Thursday"
	reAgo = spaced(`(?i)\b(days?|weeks?|months?|years?|decades?) ago\b|\byesterday\b|\b(last|earlier this) (week|month|year|night|weekend|spring|summer|autumn|fall|winter)\b|\blast (mon|tues|wednes|thurs|fri|satur|sun)day\b`)
	// reFromNow is a time counted from now, which answers a date
	// question in the future tense (question.future)
	reFromNow = spaced(`(?i)\b((in|within|over|during) the (next|coming) (few |several |couple of )?(days?|weeks?|months?|years?|decades?)|next (week|month|year|decade|spring|summer|autumn|fall|winter)|later (this|next) (week|month|year)|by the end of (the|this|next) (week|month|year|decade)|within (a|the|one|two|three|five|ten) (weeks?|months?|years?|decades?)|in (a few|two|three|four|five|six|ten) (weeks|months|years))\b`)
	// reEraYear is a year of any age by its era, written in capitals:
	// "before 1387 AD", "AD 43", "2700–2300 BC", which reYear's four
	// digits from 1500 miss
	reEraYear = regexp.MustCompile(`\bAD\s?\d{1,4}\b|\b\d{1,4}(\s?[–-]\s?\d{1,4})?\s?(BC|BCE|AD|CE)\b`)
	// reCentury is a century, which answers "when" as a year does:
	// "in the mid 14th century", "the twelfth century"
	reCentury = spaced(`(?i)\b(\d{1,2}(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[ -]centur(y|ies)\b`)
	reYear    = regexp.MustCompile(`\b(1[5-9]\d\d|20\d\d)s?\b|\b\d{4}(was|in|when)\b`)
	reMonth   = regexp.MustCompile(`(?i)\b(` + monthPattern + `)\.?\b`)
	// a month named on its own ("in September"); May only where it cannot
	// be the verb
	reMonthName = regexp.MustCompile(`\b(January|February|March|April|June|July|August|September|October|November|December)\b|\b(in|of|since|until|by) May\b`)
	// reClock is a time of day or a day of the week, which answers a
	// date question in the present or future tense (question.clock)
	reClock       = regexp.MustCompile(`(?i)\b(` + timeOfDay + `|nights?|overnight|weekends?|weekdays?|(mon|tues|wednes|thurs|fri|satur|sun)days?)\b`)
	reNumeric     = regexp.MustCompile(`\d|(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|percent)\b`)
	reConsequence = spaced(`(?i)^\W*(as a result|as a consequence|as such|consequently|therefore|thus|hence|for this reason|because of this|so|(that|this)(['’]s| is| was) why|(that|this) (led|leads) to)\b`)
	reReason      = spaced(`(?i)\b(because|due to|owing to|since|as a result|in order to|so that|to counter|aimed at|reasons?|factors?|behind (this|that|it)|(that|this|which)(['’]s| is| was) why|led to|leads to|driven by|motivated by|stems? from|(a|the) result of|thanks to|on account of|so as to|in a bid to|in an effort to|with the aim|for fear|the aim|the purpose|the motive|as such|allows? (?:us|them|you|developers|users|it) to)\b`)
	reDefCue      = spaced(`(?i)\b(is|are|was|were|refers to|means|known as|called)\b|\(`)
	reByline      = spaced(`(?i)^\W*(by|author|written by|posted by)\b|\b(is|was) (a|an|the) [^.]{0,80}\b(writer|author|editor|journalist|student|professor|fellow|researcher|associate|analyst|correspondent|director)\b|^the (writer|author)\b`)
	// reWrittenBy says who wrote a work the text names
	reWrittenBy = spaced(`(?i)\b(written|penned|authored|composed) by\b`)
	// reFrequency says how often something happens, which "how often" asks
	reFrequency = spaced(`(?i)\b(annual|annually|yearly|biannual|biennial|monthly|weekly|daily|hourly|nightly|quarterly|fortnightly|every (day|week|month|year|hour|minute|second|night|morning|evening|other|few|couple|\d+|one|two|three|four|five|six|ten|twelve|twenty)|once|twice|thrice|\d+ times|(one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few) times|(a|per) (day|week|month|year|hour|minute|second))\b`)
	// rePlaceIn is a place after a preposition: "in Karachi", "at the
	// Louvre", or a street with its number, "at 1225 N. Rampart St."
	rePlaceIn = regexp.MustCompile(`\b(in|at|from|to|near)\s+(?:\d+[A-Za-z]?\s+(?:[NSEW]\.?\s+)?)?([Tt]he\s+)?([A-Z][a-z]+)`)
)

// spaced compiles a pattern whose spaces match any run of white space:
// documentation wraps its lines, so "due to" may stand as "due\nto". The
// pattern must put no space inside a character class, where it would
// become `[\s+]`.
func spaced(pattern string) *regexp.Regexp {
	return regexp.MustCompile(strings.ReplaceAll(pattern, " ", `\s+`))
}

// typeMatch reports how well a sentence offers an answer of type t to q:
// 1 when it holds something of the kind that the question does not
// already say, 0 when it holds nothing of the kind.
func (a *Answerer) typeMatch(t answerType, q question, s string, meta bool) float64 {
	tun := &a.tun
	if q.version {
		return boolf(hasNewVersion(s, q))
	}
	switch t {
	case typeDate:
		if q.yearOnly {
			// "what year": "Dec. 11" gives none; "last year" does, read
			// with the page's date
			return boolf(hasNewYear(s, q) || reRelativeYear.MatchString(s))
		}
		// a month with a number, one of them new: not the question's own
		// "February 2012" for "which days of February 2012"
		if hasNewYear(s, q) || hasNew(reCentury, s, q) || (reMonth.MatchString(s) && reNumeric.MatchString(s) && (hasNew(reMonth, s, q) || a.hasNewNumber(s, q, false))) || hasNew(reMonthName, s, q) {
			return 1
		}
		if asksLife(q) && livesOf(s, q, q.tokens(s)) {
			return 1 // "when did ibn al-haytham die": "(…; c. 965 – c. 1040)"
		}
		if q.clock && hasNew(reClock, s, q) {
			return 1 // "when do german schools close": "at midday"
		}
		if q.future && reFromNow.MatchString(s) {
			return 1 // "when will women be the majority": "in the next few months"
		}
		if q.since && hasNewVersion(s, q) {
			return 1 // "when was NewClient introduced": "in gRPC-Go v1.63"
		}
		if q.past && reAgo.MatchString(s) {
			return 1 // "when did the witch queen launch": "launched nearly six months ago"
		}
	case typeNumber:
		if q.often {
			return boolf(reFrequency.MatchString(s)) // "how often": "the annual summits", "twice a year"; not "thousands of people"
		}
		if q.money && freePrice(s) {
			return 1 // "how much does admission cost": "Admission is free."
		}
		if givesSpan(s, q.dimension) {
			return 1 // "how long was it in hibernation": "from June 2011 until January 2014"
		}
		if q.count && q.focus != "" {
			return boolf(a.countsFocus(s, q))
		}
		if a.hasNewCount(s, q) {
			return 1
		}
	case typePerson:
		if a.hasPersonName(s, q) {
			return 1
		}
		return tun.PersonNameCredit * boolf(len(a.newNames(s, q)) > 0)
	case typeAuthor:
		if reByline.MatchString(s) {
			return 1
		}
		if reWrittenBy.MatchString(s) && a.hasPersonName(s, q) {
			return 1 // "who wrote the song": "The lyrics were written by Katharine Lee Bates"
		}
		if meta && len(a.newNames(s, q)) > 0 {
			return tun.AuthorMetaCredit
		}
		return tun.AuthorNameCredit * boolf(len(a.newNames(s, q)) > 0)
	case typePlace:
		for _, m := range rePlaceIn.FindAllStringSubmatch(s, -1) {
			if toks := text.Tokens(m[3]); len(toks) > 0 && !q.has(toks[0]) && !a.lex.monthsAndDays[toks[0].Norm] && !text.IsStop(toks[0].Norm) {
				return 1 // "in Karachi", not "in February" or "In This"
			}
		}
		if q.placeKind != "" && namesPlaceOf(s, q) {
			return 1 // "which city": "in the southern city of Santa Maria"
		}
		return tun.PlaceNameCredit * boolf(len(a.newNames(s, q)) > 0)
	case typeEntity:
		if q.material {
			if saysMaterial(s, q) {
				return 1 // "what was vegetarian fish made from": "made from tofu skin"
			}
			return tun.EntityCredit // a name or a number is no stuff: "the statue - nine metres tall"
		}
		if len(a.newNames(s, q)) > 0 || a.hasNewNumber(s, q, false) && !yearsOnly(s, q) || strings.ContainsAny(s, "‘’“”\"") || namedNew(s, q) || newCodeSpan(s, q) {
			return 1
		}
		return tun.EntityCredit
	case typeReason:
		if reConsequence.MatchString(s) {
			return 0 // "As a result, ...": the reason is in the sentence before
		}
		return boolf(reReason.MatchString(s))
	case typeDefine:
		if defines(s, q) {
			return 1
		}
		return tun.DefineCueCredit * boolf(reDefCue.MatchString(s))
	default:
		return 1
	}
	return 0
}

// reMaterial says what a thing is made of, the words after it naming
// the stuff: "made from tofu skin", "consists of two layers".
var reMaterial = spaced(`(?i)\b(?:(?:` + madeVerbs + `) (?:of|from|out of|with)|consists? of|consisting of) ([^.,;:!?()]{1,40})`)

// saysMaterial reports whether s says what something is made of in a
// word the question q does not have (reMaterial).
func saysMaterial(s string, q question) bool {
	for _, m := range reMaterial.FindAllStringSubmatch(s, -1) {
		toks := text.Tokens(m[1])
		if len(toks) > 0 && toks[0].Norm == "scratch" {
			continue // "made from scratch" says how, not of what
		}
		for _, t := range toks {
			if !text.IsStop(t.Norm) && !q.has(t) {
				return true
			}
		}
	}
	return false
}

// hasNew reports whether re matches s somewhere the question does not
// already say the same word.
func hasNew(re *regexp.Regexp, s string, q question) bool {
	for _, m := range re.FindAllString(s, -1) {
		for _, t := range text.Tokens(m) {
			if !q.words[t.Norm] {
				return true
			}
		}
	}
	return false
}

// namesPlaceOf reports whether s names a place after the kind of place q
// asks for (question.placeKind) and "of", by a capitalised word q does
// not have: "the southern city of Santa Maria" for "which city".
func namesPlaceOf(s string, q question) bool {
	toks := q.tokens(s)
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Norm != q.placeKind || toks[i+1].Norm != "of" {
			continue
		}
		name := toks[i+2]
		if name.Norm == "the" && i+3 < len(toks) {
			name = toks[i+3]
		}
		if text.Capitalised(s[name.Start:name.End]) && !q.has(name) {
			return true
		}
	}
	return false
}

// hasNewYear reports whether s gives a year the question does not: in
// four digits from 1500 (reYear) or of any age by its era (reEraYear).
func hasNewYear(s string, q question) bool {
	return hasNew(reYear, s, q) || hasNew(reEraYear, s, q)
}

// newNames returns the capitalised words of s (names, places,
// organisations) that the question does not contain (isName).
func (a *Answerer) newNames(s string, q question) []string {
	var out []string
	toks := q.tokens(s)
	for i, t := range toks {
		if a.isName(s, q, toks, i) {
			out = append(out, s[t.Start:t.End])
		}
	}
	return out
}

// isName reports whether token i of s is a new capitalised word
// (newCapital) of two letters at least.
func (a *Answerer) isName(s string, q question, toks []text.Token, i int) bool {
	return utf8.RuneCountInString(s[toks[i].Start:toks[i].End]) >= 2 && a.newCapital(s, q, toks, i)
}

// newCapital reports whether token i of s is a capitalised word the
// question does not have, and not a sentence's common first word, a stop
// word, a month or day, or a word common in the corpus: a name, or a
// title ("President").
func (a *Answerer) newCapital(s string, q question, toks []text.Token, i int) bool {
	t := toks[i]
	if !text.Capitalised(s[t.Start:t.End]) || i == 0 && a.lex.commonStarts[t.Norm] {
		return false
	}
	return !text.IsStop(t.Norm) && !a.lex.monthsAndDays[t.Norm] && !q.has(t) && !a.common(q, t.Stem)
}

func boolf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// defines reports whether s defines a question term: the term opens s
// before a defining verb (definingVerb: "Proteomics investigates ..."),
// stands in parentheses after its long form ("... transmission
// (CASA-1000)", "... Embedding (t-SNE)"), has a kind of person beside it
// when it is a name a "who is" question asks about (describesName), or
// is followed by "is a", "refers to", "means", ", meaning", ", a ...",
// " - a ...", or follows "known as", "called", "calls", with or without
// an article ("something called a code point"; quotation marks aside:
// what the specification calls "grapheme cluster").
func defines(s string, q question) bool {
	f := unquote(text.Fold(s)) // what the specification calls "grapheme cluster"
	toks := q.tokens(s)
	for len(toks) > 0 && (toks[0].Norm == "the" || toks[0].Norm == "a" || toks[0].Norm == "an") {
		toks = toks[1:]
	}
	if len(toks) >= 5 && q.has(toks[0]) && !text.IsStop(toks[0].Norm) && definingVerb(s, q, toks) {
		return true // the term is the subject: "Proteomics investigates ..."
	}
	for _, t := range q.tokens(s) {
		if !q.has(t) || text.IsStop(t.Norm) {
			continue
		}
		if strings.HasSuffix(strings.TrimRight(s[:wordStart(s, t.Start)], " "), "(") {
			return true
		}
	}
	if describesName(s, q, toks) || expands(s, toks, q) {
		return true
	}
	for t := range q.words {
		if text.IsStop(t) || len(t) < 3 {
			continue
		}
		in := f
		if q.capitals[t] { // a short form is written so: "FAST", not "known as fast radio bursts"
			in, t = unquote(s), strings.ToUpper(t)
		}
		for _, cue := range []string{t + " is a", t + " is an", t + " is the", t + " was a", t + " refers to", t + ", a ", t + ", an ", t + " - a ", t + " – a ", t + " — a ", t + " - the ", t + "-the ", t + " — the ", t + "—the ", t + " – the ", t + " means", t + ", meaning",
			t + " stands for", "referred to as " + t, "known as " + t, "called " + t, "calls " + t, "called a " + t, "called an " + t, "known as a " + t, "known as an " + t} {
			if hasPhrase(in, cue) && !(strings.HasPrefix(cue, t+",") && opensAdverbial(in, t)) {
				return true
			}
		}
	}
	return false
}

// opensAdverbial reports whether sentence s opens with a preposition and
// term t, then a comma: "In Blender, a workflow is ..." says where the
// rest holds, and what follows the comma is no apposition of t.
func opensAdverbial(s, t string) bool {
	first, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok || !strings.HasPrefix(strings.ToLower(rest), strings.ToLower(t)+",") {
		return false
	}
	switch strings.ToLower(first) {
	case "in", "at", "on", "for", "with", "from", "by", "under", "within", "inside", "after", "before", "during", "through", "across":
		return true
	}
	return false
}

// unquote returns s without its double quotation marks, which may stand
// around a term its definition names ("what the Unicode specification
// calls “grapheme cluster”"); s itself, with no copy, when it has none.
func unquote(s string) string {
	if !strings.ContainsAny(s, `"“”`) {
		return s
	}
	return unquoted.Replace(s)
}

var unquoted = strings.NewReplacer(`"`, "", "“", "", "”", "")

// hasPhrase reports whether s holds phrase as whole words: "haytham is
// a" is not in "haytham is also", nor "mir is a" in "kashmir is a".
func hasPhrase(s, phrase string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], phrase)
		if k < 0 {
			return false
		}
		start, end := i+k, i+k+len(phrase)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if !text.IsWordRune(before) && (!text.IsWordRune(after) || strings.HasSuffix(phrase, " ")) {
			return true
		}
		i = start + 1
	}
}

// definingVerbs say what a subject is ("Albedo is ...", "Proteomics
// investigates ..."), where most verbs say what it does or how it is
// used ("Albedo depends on ...", "t-SNE has been used ..."), and the past
// tense what it was once ("Bodmin was the centre of three uprisings";
// "X was a ..." defines, as among defines' cues).
var definingVerbs = map[string]bool{"is": true, "are": true, "refers": true, "means": true,
	"denotes": true, "describes": true, "designates": true, "investigates": true, "studies": true, "comprises": true,
	"consists": true, "represents": true, "encompasses": true, "concerns": true}

// closers are what may stand between a term and its verb besides white
// space: the end of its quotes or markup ("`godirwalk` is ...").
const closers = " `'\"’”*_"

// definingVerb reports whether the question's term that opens s (toks,
// its words from the first) is followed by a defining verb, past up to
// three more words of a name and an aside in parentheses or between
// commas ("Albedo, or reflection coefficient, is ...", "Raith Rovers
// Football Club is ...").
func definingVerb(s string, q question, toks []text.Token) bool {
	j := 0
	for j < len(toks) && q.has(toks[j]) && !text.IsStop(toks[j].Norm) {
		j++
	}
	if j == 0 || j == len(toks) {
		return false
	}
	rest := strings.TrimLeft(s[toks[j-1].End:], closers)
	longer := false          // the name goes on past the question's words
	for n := 0; n < 3; n++ { // the rest of a name: "Raith Rovers Football Club is ..."
		w, after, _ := strings.Cut(rest, " ")
		if !text.Capitalised(w) || !text.IsLetters(w) {
			break
		}
		rest, longer = after, true
	}
	w, after, _ := strings.Cut(strings.TrimLeft(skipAsides(rest), closers), " ")
	w = strings.ToLower(w)
	indefinite := strings.HasPrefix(after, "a ") || strings.HasPrefix(after, "an ")
	switch {
	case w == "was" || w == "were":
		// the past tense says what it once did ("Bodmin was the centre
		// of"), save "was a" ("Ibn al-Haytham (… c. 965 – c. 1040) was a
		// mathematician")
		return indefinite
	case longer:
		// a longer name may be another thing ("Bodmin Town Council is
		// made up of"): only "is a", "is the" define it
		return w == "is" && (indefinite || strings.HasPrefix(after, "the "))
	}
	next, _, _ := strings.Cut(after, " ")
	return definingVerbs[w] && !strings.HasPrefix(after, "not ") && !strings.HasPrefix(after, "also ") && // "The Damphu is not to be confused with ...", "Ibn al-Haytham is also given the byname ..."
		!howObtained[strings.ToLower(next)] // "pflag is available under the same style of BSD license"
}

// howObtained are the words after "is" by which a sentence says how a thing
// is had, not what it is: "pflag is available using the standard go get
// command", "is compatible with", "is licensed under".
var howObtained = map[string]bool{"available": true, "compatible": true, "licensed": true, "installed": true,
	"released": true, "distributed": true, "maintained": true, "deprecated": true, "hosted": true}

// asides are the marks that open and close an aside between a term and
// its verb: "Albedo, or reflection coefficient, is", "Guetzli [guɛtsli]
// — cookie in Swiss German — is".
var asides = [][2]string{{"(", ")"}, {"[", "]"}, {",", ","}, {"—", "—"}, {"–", "–"}}

// skipAsides returns rest past up to two asides that open it (asides),
// each shorter than maxAside, or rest as it is.
func skipAsides(rest string) string {
	for n := 0; n < 2; n++ {
		rest = strings.TrimLeft(rest, " ")
		skipped := false
		for _, p := range asides {
			if !strings.HasPrefix(rest, p[0]) {
				continue
			}
			if k := strings.Index(rest[len(p[0]):], p[1]); k >= 0 && k < maxAside(p[0]) {
				rest, skipped = rest[len(p[0])+k+len(p[1]):], true
			}
			break
		}
		if !skipped {
			return rest
		}
	}
	return rest
}

// maxAside is the longest aside, in bytes, definingVerb passes over
// between a term and its verb: one in brackets may hold an
// encyclopedia's other names and dates ("(latinized Alhazen; full name
// Abū ʿAlī al-Ḥasan ibn al-Ḥasan ibn al-Haytham; c. 965 – c. 1040)"),
// one between commas or dashes is a short apposition.
func maxAside(open string) int {
	if open == "(" || open == "[" {
		return 200
	}
	return 80
}

// wordStart is where the hyphenated word holding byte i of s begins:
// "sne" in "(t-SNE)" starts at the "t".
func wordStart(s string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i -= n
	}
	return i
}

// hasPersonName reports whether s names a person the question does not:
// two capitalised words in a row that are not titles ("Alexander
// Vengerovsky"), or one after a title ("President Musharraf"), no
// abstract noun ("President Invitation"), in a run of capitals that holds
// no name the question says (sameName: "General Pervez Musharraf" names
// the Musharraf a question asks about).
func (a *Answerer) hasPersonName(s string, q question) bool {
	if handleSays(s, q) || doerKind(s, q) {
		return true // "greelgorke reblogged this", "found by two fishermen"
	}
	toks := q.tokens(s)
	prevName, prevTitle := false, false
	found, known, word := false, false, false // in the run of adjacent capitals so far
	for i, t := range toks {
		capital := text.Capitalised(s[t.Start:t.End]) && !(i == 0 && a.lex.commonStarts[t.Norm])
		isTitle := capital && a.lex.titleWords[t.Norm]
		isName := !isTitle && a.newCapital(s, q, toks, i) && !abstractNoun(t) // not "President Invitation"
		found = found || isName && (prevName || prevTitle)
		known = known || capital && sameName(q, t) // "General Pervez Musharraf" for a question on Musharraf
		word = word || isName && len(t.Norm) > 1   // initials alone ("U.N.") name no person
		// only adjacent words count: a gap of punctuation other than a
		// space or a full stop of an initial breaks the run
		adjacent := i+1 < len(toks) && onlySpaceOrInitial(s[t.End:toks[i+1].Start])
		if !adjacent || !capital {
			if found && !known && word {
				return true
			}
			found, known, word = false, false, false
		}
		prevName = isName && adjacent
		prevTitle = (isTitle || capital && q.has(t)) && adjacent
	}
	return false
}

func onlySpaceOrInitial(gap string) bool {
	return gap == " " || gap == ". " || gap == "." || gap == "\u00a0"
}

// reNaming finds a naming cue and the word after it: "a tool named
// gp4par", "the schooner, called the Polaris", "known as NBT".
var reNaming = regexp.MustCompile(`(?i)\b(?:named|called|nicknamed|dubbed|known as)\b[\s,:]*(?:(?:the|a|an|simply|surprisingly|just)[\s,]+)*([\pL\pN][\pL\pN_.-]*)`)

// namedNew reports whether s gives something a name the question does not
// have, after a naming cue ("my tool (named, surprisingly, gp4par)"): a
// name in lower case that newNames, which reads capitals, misses.
func namedNew(s string, q question) bool {
	for _, m := range reNaming.FindAllStringSubmatch(s, -1) {
		for _, t := range text.Tokens(m[1]) {
			if !q.words[t.Norm] && !text.IsStop(t.Norm) {
				return true
			}
		}
	}
	return false
}

// newCodeSpan reports whether s has a Markdown code span holding a word
// the question does not ("`wasi_snapshot_preview1`"): in a document about
// code, the name of a thing of code, as a quotation's words or a
// capitalised name are in prose.
func newCodeSpan(s string, q question) bool {
	if !strings.Contains(s, "`") {
		return false
	}
	for _, t := range q.tokens(s) {
		if !q.words[t.Norm] && text.InCodeSpan(s, t.Start) {
			return true
		}
	}
	return false
}

// yearsOnly reports whether every new number of s (hasNewNumber) is a
// year: "ran from 1980 until 1988" names no thing that "what strips did
// he draw after" asks for.
func yearsOnly(s string, q question) bool {
	toks := q.tokens(s)
	for i, t := range toks {
		if numeric(t.Norm) && !notNew(s, toks, i, q) && !reYearLike.MatchString(s[t.Start:t.End]) {
			return false
		}
	}
	return true
}
