package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/citebot/citebot/text"
)

var (
	reRelativeYear = regexp.MustCompile(`(?i)\b(last|this|next|previous|following|that) year\b`)
	reYear         = regexp.MustCompile(`\b(1[5-9]\d\d|20\d\d)s?\b|\b\d{4}(was|in|when)\b`)
	reMonth        = regexp.MustCompile(`(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\b`)
	// a month named on its own ("in September"); May only where it cannot
	// be the verb
	reMonthName   = regexp.MustCompile(`\b(January|February|March|April|June|July|August|September|October|November|December)\b|\b(in|of|since|until|by) May\b`)
	reNumeric     = regexp.MustCompile(`\d|(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|percent)\b`)
	reConsequence = regexp.MustCompile(`(?i)^\W*(as a result|as a consequence|consequently|therefore|thus|hence|for this reason|because of this|so|(that|this)(['’]s| is| was) why|(that|this) (led|leads) to)\b`)
	reReason      = regexp.MustCompile(`(?i)\b(because|due to|owing to|since|as a result|in order to|so that|to counter|aimed at|reasons?|factors?|behind (this|that|it)|(that|this|which)(['’]s| is| was) why|led to|leads to|driven by|motivated by|stems? from|(a|the) result of|thanks to|on account of|so as to|in a bid to|in an effort to|with the aim|for fear|the aim|the purpose|the motive)\b`)
	reDefCue      = regexp.MustCompile(`(?i)\b(is|are|was|were|refers to|means|known as|called)\b|\(`)
	reByline      = regexp.MustCompile(`(?i)^\W*(by|author|written by|posted by)\b|\b(is|was) (a|an|the) [^.]{0,80}\b(writer|author|editor|journalist|student|professor|fellow|researcher|associate|analyst|correspondent|director)\b|^the (writer|author)\b`)
	// reFrequency says how often something happens, which "how often" asks
	reFrequency = regexp.MustCompile(`(?i)\b(annual|annually|yearly|biannual|biennial|monthly|weekly|daily|hourly|nightly|quarterly|fortnightly|every (day|week|month|year|hour|minute|second|night|morning|evening|other|few|couple|\d+|one|two|three|four|five|six|ten|twelve|twenty)|once|twice|thrice|\d+ times|(one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few) times|(a|per) (day|week|month|year|hour|minute|second))\b`)
	rePlaceIn   = regexp.MustCompile(`\b(in|at|from|to|near)\s+([Tt]he\s+)?([A-Z][a-z]+)`)
)

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
			return boolf(hasNew(reYear, s, q) || reRelativeYear.MatchString(s))
		}
		// a month with a number, one of them new: not the question's own
		// "February 2012" for "which days of February 2012"
		if hasNew(reYear, s, q) || (reMonth.MatchString(s) && reNumeric.MatchString(s) && (hasNew(reMonth, s, q) || a.hasNewNumber(s, q, false))) || hasNew(reMonthName, s, q) {
			return 1
		}
	case typeNumber:
		if q.often && reFrequency.MatchString(s) {
			return 1 // "how often": "the annual summits", "twice a year"
		}
		if q.money && freePrice(s) {
			return 1 // "how much does admission cost": "Admission is free."
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
		return tun.PlaceNameCredit * boolf(len(a.newNames(s, q)) > 0)
	case typeEntity:
		if len(a.newNames(s, q)) > 0 || a.hasNewNumber(s, q, false) || strings.ContainsAny(s, "‘’“”\"") || namedNew(s, q) || newCodeSpan(s, q) {
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

// defines reports whether s defines a question term: the term stands in
// parentheses after its long form ("... transmission (CASA-1000)"), or is
// followed by "is a", "refers to", ", a ...".
func defines(s string, q question) bool {
	f := text.Fold(s)
	toks := q.tokens(s)
	for len(toks) > 0 && (toks[0].Norm == "the" || toks[0].Norm == "a" || toks[0].Norm == "an") {
		toks = toks[1:]
	}
	if len(toks) >= 5 && q.has(toks[0]) && !text.IsStop(toks[0].Norm) {
		return true // the term is the subject: "Proteomics investigates ..."
	}
	for _, t := range q.tokens(s) {
		if !q.has(t) || text.IsStop(t.Norm) {
			continue
		}
		before := strings.TrimRight(f[:min(len(f), foldedIndex(f, t.Norm))], " ")
		if strings.HasSuffix(before, "(") {
			return true
		}
	}
	for t := range q.words {
		if text.IsStop(t) || len(t) < 3 {
			continue
		}
		for _, cue := range []string{t + " is a", t + " is an", t + " is the", t + " was a", t + " refers to", t + ", a ", t + ", an ", t + " means",
			t + " stands for", "referred to as " + t, "known as " + t, "called " + t} {
			if strings.Contains(f, cue) {
				return true
			}
		}
	}
	return false
}

// foldedIndex is the index of w in folded text f, or len(f).
func foldedIndex(f, w string) int {
	if i := strings.Index(f, w); i >= 0 {
		return i
	}
	return len(f)
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
// height) and for no money, and percentages when it asks how many.
func (a *Answerer) hasNewNumber(s string, q question, counts bool) bool {
	toks := q.tokens(s)
	for i, t := range toks {
		if !numeric(t.Norm) {
			continue
		}
		if q.sameNumber(toks, i) || designation(s, t.Start) || text.ListMarker(s, t.Start) || pronounOne(toks, i) {
			continue // "MiG-29"; "1. It's faster than filepath.Walk."; "a good one"
		}
		if counts && (reYearLike.MatchString(s[t.Start:t.End]) || a.dayOfMonth(s, t.Start, t.End) || version(s, toks, i) || (q.count || q.quantity) && !q.money && !q.currency && sumOfMoney(s, t.Start, t.End)) {
			continue
		}
		if counts && q.count && (percentage(s, toks, i) || compoundMeasure(s, toks, i, q) || anAge(toks, i, q)) {
			continue // a share or a measure, not what "how many" counts: "45 percent of members", "a four-year loss", "40 years old"
		}
		return true
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
// counts ("a 30-date run" for "how many dates").
func compoundMeasure(s string, toks []text.Token, i int, q question) bool {
	t := toks[i]
	if i+1 >= len(toks) || t.End >= len(s) || s[t.End] != '-' || toks[i+1].Start != t.End+1 {
		return false
	}
	next := toks[i+1]
	return !numeric(next.Norm) && !plural(next.Norm) && next.Stem != q.focus
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
// another", "from one column to another", "one way or another").
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
	if norm(i+1) == "of" {
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
// name such as "RD-93", "Mi-35" or "JF-17" rather than a quantity.
func designation(s string, i int) bool {
	return i >= 2 && s[i-1] == '-' && text.IsASCIILetter(s[i-2])
}

// countsFocus reports whether one sentence of s holds both a new count and
// the thing the question counts ("how many planes": "four planes", not
// "ten years" beside a sentence about planes). s is a candidate's view:
// one sentence of a passage, or two on one line, or clauses of them, so
// it lies within one block of the passage, which is split without being
// blocked again (text.BlockSentences): a wrapped sentence's line break
// is not read as a break on its own.
func (a *Answerer) countsFocus(s string, q question) bool {
	for _, sp := range text.BlockSentences(s) {
		part := s[sp.Start:sp.End]
		if a.hasNewCount(part, q) && wordSetOf(part, q.tokens(part)).match(q.focus, q.related[q.focus], a.tun.SynonymWeight) > 0 {
			return true
		}
	}
	return false
}

// hasPersonName reports whether s names a person the question does not:
// two capitalised words in a row that are not titles ("Alexander
// Vengerovsky"), or one after a title ("President Musharraf"), no
// abstract noun ("President Invitation"), in a run of capitals that holds
// no name the question says (sameName: "General Pervez Musharraf" names
// the Musharraf a question asks about).
func (a *Answerer) hasPersonName(s string, q question) bool {
	toks := q.tokens(s)
	prevName, prevTitle := false, false
	found, known := false, false // in the run of adjacent capitals so far
	for i, t := range toks {
		capital := text.Capitalised(s[t.Start:t.End]) && !(i == 0 && a.lex.commonStarts[t.Norm])
		isTitle := capital && a.lex.titleWords[t.Norm]
		isName := !isTitle && a.newCapital(s, q, toks, i) && !abstractNoun(t) // not "President Invitation"
		found = found || isName && (prevName || prevTitle)
		known = known || capital && sameName(q, t) // "General Pervez Musharraf" for a question on Musharraf
		// only adjacent words count: a gap of punctuation other than a
		// space or a full stop of an initial breaks the run
		adjacent := i+1 < len(toks) && onlySpaceOrInitial(s[t.End:toks[i+1].Start])
		if !adjacent || !capital {
			if found && !known {
				return true
			}
			found, known = false, false
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
