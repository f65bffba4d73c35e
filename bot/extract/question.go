package extract

import (
	"regexp"
	"strings"

	"github.com/citebot/citebot/text"
)

// answerType is what kind of answer a question asks for.
type answerType int

const (
	typeAny    answerType = iota
	typePerson            // who
	typeAuthor            // who wrote / the author of
	typeDate              // when, what year
	typeNumber            // how many, how much, what percentage
	typePlace             // where, which city
	typeEntity            // which X / what X: a name
	typeReason            // why
	typeDefine            // what is X
)

// question is what the answerer knows of a question.
type question struct {
	text  string
	typ   answerType
	terms []string        // content stems, de-duplicated, in order
	words map[string]bool // folded words of the question
	// idf weighs a stem by its rarity in the corpus (negative: absent);
	// nil when the corpus cannot say (Options.IDF).
	idf       func(stem string) float64
	focus     string // stem of the noun the question asks for; "" when none
	focusWord string // the focus as the question spells it
	money     bool   // asks for a sum of money
	unit      string // folded unit the answer must be given in ("kilometres")
	count     bool   // "how many": asks for a count of the focus
	// related holds the synonyms of each term (WordNet stems).
	related map[string][]string
	// pairs are the stems of adjacent content words of the question.
	pairs [][2]string
	// quotes are the folded phrases the question quotes ('new hope').
	quotes []string
	// toks memoises the tokens of the texts the answer reads (tokens).
	toks map[string][]text.Token
}

// tokens returns text.Tokens(s), tokenising each text once per question:
// the features of a sentence read its words many times. The slice is
// shared; callers must not modify it.
func (q question) tokens(s string) []text.Token {
	if q.toks == nil {
		return text.Tokens(s)
	}
	t, ok := q.toks[s]
	if !ok {
		t = text.Tokens(s)
		q.toks[s] = t
	}
	return t
}

// common reports whether a stem is too frequent in the corpus to count as
// a new name in an answer to q.
func (a *Answerer) common(q question, stem string) bool {
	if q.idf == nil {
		return false
	}
	v := q.idf(stem)
	return v >= 0 && v < a.tun.CommonIDF
}

var (
	reAuthor    = regexp.MustCompile(`\b(who (wrote|writes|authored|penned|is the (author|writer))|(author|writer) of|written by|who is behind)\b`)
	reOtherWh   = regexp.MustCompile(`^(where|when|why|how|in which|at which|on which|for which)\b`)
	reDate      = regexp.MustCompile(`^(when\b|(in |during |by )?(what|which) (year|month|date|day|decade|century)\b)|\b(what|which) (year|month|date)\b|^[^,]+, when\b`)
	reNumber    = regexp.MustCompile(`\bhow (many|much|long|far|large|big|old|deep|high|tall|wide|heavy|often|fast|hot|cold|small|thick)\b|\b(what|which) (percentage|percent|number|amount|sum|figure|value|volume|share|size|price|cost)\b|\bworth\b`)
	rePlace     = regexp.MustCompile(`^where\b|\b(in |at )?(what|which) (city|country|place|location|town|region|province|capital|venue|port)\b|\bwhere\b`)
	rePerson    = regexp.MustCompile(`^(who|whom|whose)\b|\bwho\b|\b(which|what) ([a-z-]+ )?(person|people|president|prime minister|minister|general|leader|official|chief|envoy|ambassador|king|queen|emperor|author|writer|scientist|politician|commander|player|founder|inventor|artist|man|woman)\b`)
	reMeasure   = regexp.MustCompile(`\b(what|how) (is|was|are|were) (the )?(population|length|height|width|depth|diameter|area|distance|size|weight|speed|price|cost|value|budget|revenue|capacity|output|salary|income|turnover|volume)\b`)
	reAsksMoney = regexp.MustCompile(`\bhow much\b.*\b(cost|costs|pay|paid|spend|spent|spends|worth|price|charge|charged|invest|invested|earn|earned|raise|raised)\b|\b(what|which) (was |is |were |will be )?(the )?(price|cost|fee|salary|budget)\b`)
	reAsksUnit  = regexp.MustCompile(`\bin (kilometres|kilometers|km|miles|metres|meters|feet|tonnes|tons|kilograms|kg|pounds|dollars|rupees|euros|percent|hectares|acres)\b`)
	reWhy       = regexp.MustCompile(`^why\b|\bwhy\b|\bwhat (was|is) the reason\b`)
	reWhich     = regexp.MustCompile(`^(which|what)\b|\b(which|what) [a-z]+\b`)
	// a quoted phrase: "…", “…”, ‘…’, or '…' not inside a word (an
	// apostrophe is not a quote)
	reQuoted = regexp.MustCompile(`"([^"]+)"|“([^”]+)”|(?:^|[\s(])[‘']([^'’]+)['’](?:$|[\s.,;:?!)])`)
	reDefine = regexp.MustCompile(`^(what|who) (is|are|was|were) (the |a |an )?[^ ]+( [^ ]+)?\??$`)
)

// analyze reads the answer type and content terms of a question.
func (a *Answerer) analyze(q string) question {
	f := text.Fold(q)
	out := question{text: q, words: map[string]bool{}, idf: a.idf, toks: map[string][]text.Token{}}
	for _, t := range text.Tokens(q) {
		out.words[t.Norm] = true
	}
	seen := map[string]bool{}
	for _, t := range text.Terms(q) {
		if !seen[t] && !a.lex.questionWords[t] {
			seen[t] = true
			out.terms = append(out.terms, t)
		}
	}
	prev := ""
	for _, t := range text.Tokens(q) {
		if text.IsStop(t.Norm) || a.lex.questionWords[t.Stem] {
			prev = ""
			continue
		}
		if prev != "" {
			out.pairs = append(out.pairs, [2]string{prev, t.Stem})
		}
		prev = t.Stem
	}
	for _, m := range reQuoted.FindAllStringSubmatch(q, -1) {
		if v := text.Fold(strings.TrimSpace(m[1] + m[2] + m[3])); len(v) >= 3 {
			out.quotes = append(out.quotes, v)
		}
	}
	out.focus, out.focusWord = a.focusOf(q)
	out.related = make(map[string][]string, len(out.terms))
	for _, t := range append(out.terms, out.focus) {
		out.related[t] = a.syn.Related(t)
	}
	out.money = reAsksMoney.MatchString(f)
	out.count = strings.Contains(f, "how many")
	if m := reAsksUnit.FindStringSubmatch(f); m != nil {
		out.unit = m[1]
	}
	switch {
	case reAuthor.MatchString(f) && !reOtherWh.MatchString(f):
		out.typ = typeAuthor
		out.terms = without(out.terms, a.lex.authorWords)
	case reNumber.MatchString(f), reMeasure.MatchString(f):
		out.typ = typeNumber
	case reDate.MatchString(f):
		out.typ = typeDate
	case rePlace.MatchString(f):
		out.typ = typePlace
	case rePerson.MatchString(f):
		out.typ = typePerson
	case reWhy.MatchString(f):
		out.typ = typeReason
	case reDefine.MatchString(strings.TrimSpace(f)):
		out.typ = typeDefine
	case reWhich.MatchString(f):
		out.typ = typeEntity
	}
	return out
}

// has reports whether the question contains t: the same word, the same
// stem, or a word that one of the two begins ("Russia", "Russian").
func (q question) has(t text.Token) bool {
	if q.words[t.Norm] {
		return true
	}
	for w := range q.words {
		if len(w) >= 4 && len(t.Norm) >= 4 && (strings.HasPrefix(w, t.Norm) || strings.HasPrefix(t.Norm, w)) {
			return true
		}
	}
	return false
}

// without returns terms less those in drop.
func without(terms []string, drop map[string]bool) []string {
	out := terms[:0:0]
	for _, t := range terms {
		if !drop[t] {
			out = append(out, t)
		}
	}
	return out
}
