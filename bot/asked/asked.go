// Package asked parses a question once into what the answerers read of
// it: its folded text, its tokens, and how each of them classifies it.
// The extractive answerer (bot/extract) reads the answer Type and what a
// number question asks for; the conflict finder (bot/conflict) reads the
// Kind of value and what it measures. Each keeps its own derived logic
// (its word lists, its weights); this package holds only what is read off
// the question's words, by the regular expressions of classify.go.
package asked

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/citebot/citebot/text"
)

// Question is a question parsed once. Its fields are read, never
// modified, by the answerers it is handed to.
type Question struct {
	// Text is the question as parsed (a follow-up already rewritten to
	// stand alone, its words as the retriever reads them).
	Text string
	// Folded is text.Fold(Text) with "is" spelt out after a question word
	// ("what's", "whats" → "what is"), which the classifier reads.
	Folded string
	// Tokens are text.Tokens(Text); shared, not to be modified.
	Tokens []text.Token

	// Type is the kind of answer the extractive answerer looks for.
	Type Type
	// Money reports whether it asks for a sum of money ("how much did it
	// cost").
	Money bool
	// ByShare lists, for a Money question, the words a share ("25%")
	// standing right before one of them answers it by as well as a sum:
	// "more" and "less" when it asks how much more or less ("how much more
	// do graduates earn": "25% more"), the charge it names when a rate may
	// set one ("what fee was proposed": "a .07% fee"); nil when a sum alone
	// answers it.
	ByShare []string
	// Change is whether the question asks how much an amount changed or
	// how it compares ("how much have prices dropped", "how much more"),
	// which a sum given as a change answers ("declined by $200,000").
	Change bool
	// Unit is the folded unit the answer must be given in ("kilometres"),
	// or "".
	Unit string
	// Count reports whether it asks "how many".
	Count bool
	// Quantity reports whether it asks for a physical quantity, which no
	// sum of money gives ("what is the population", "how tall").
	Quantity bool
	// Dimension is the dimension its value must be given in ("how old":
	// an age), or DimNone.
	Dimension Dimension
	// Code reports whether it asks how to do something or for a command,
	// a function, an option or an example: what a line of code may answer.
	Code bool
	// Version reports whether it asks which version or release of
	// something ("which go version added it", "in which release was the
	// file introduced"): a release's number answers it.
	Version bool
	// Quotes are the folded phrases the question quotes ('new hope'), of
	// three bytes or more.
	Quotes []string

	// Kind is the kind of value the conflict finder compares.
	Kind Kind
	// Share reports, for a KindNumber question, whether it asks for a
	// percentage or share.
	Share bool
	// Measure is what a KindNumber question counts or measures: "$" for
	// money, "length" (or a duration, for "how long"), "count" of the noun
	// whose stem is Counted; "" when the question does not say.
	Measure, Counted string
	// Plan is, for a KindDate question, the folded word by which it asks
	// for a plan ("supposed"), or "".
	Plan string
	// Event is, for a KindDate question, the folded participle that ends
	// it ("founded" in "When was the museum founded?"), or "".
	Event string
	// Term is, for a TypeDefine question, the folded term it asks to have
	// defined ("albedo" in "What is albedo?"), or "".
	Term string
}

// Parse parses question q.
func Parse(q string) *Question {
	f := reWhIs.ReplaceAllString(text.Fold(q), "$1 is")
	p := &Question{Text: q, Folded: f, Tokens: text.Tokens(q)}
	for _, m := range reQuoted.FindAllStringSubmatch(q, -1) {
		if v := text.Fold(strings.TrimSpace(m[1] + m[2] + m[3])); len(v) >= 3 {
			p.Quotes = append(p.Quotes, v)
		}
	}
	p.Money = (reAsksMoney.MatchString(f) || matchContent(reMoneyModified, f, 3)) && !reComparesBy.MatchString(f) && !changeOfNoSum(f) && !amountOfNoSum(f)
	if p.Money {
		p.ByShare = byShare(f)
	}
	p.Change = reAsksChange.MatchString(f)
	p.Count = strings.Contains(f, "how many")
	p.Quantity = reAskQuantity.MatchString(f)
	p.Code = reAskCode.MatchString(f)
	p.Version = asksVersion(f)
	p.Dimension = dimensionOf(f)
	if m := reAsksUnit.FindStringSubmatch(f); m != nil {
		p.Unit = m[1]
	}
	p.Type = typeOf(f)
	if p.Type == TypeDefine {
		p.Term = termOf(f)
	}
	p.Kind = kindOf(f)
	switch p.Kind {
	case KindNumber:
		p.Share = reAskShare.MatchString(f)
		p.Measure, p.Counted = measureOf(f)
	case KindDate:
		p.Plan = rePlan.FindString(f)
		if m := reEvent.FindStringSubmatch(f); m != nil {
			p.Event = m[2]
		}
	}
	return p
}

// AsDefinition returns question q, as typed, asked as "what is X" when it
// asks what X stands for (reStandsFor: "what does FAST stand for" → "what
// is FAST?"), so that neither search nor the answerer looks for "stand";
// and a definition question that ends at the first question mark of a
// message, words that ask nothing more after it, asked alone ("what is a
// grapheme cluster? uniseg keeps talking about them" → "what is a
// grapheme cluster?"), so that neither looks for "talking". It returns ""
// for other questions.
func AsDefinition(q string) string {
	q = strings.TrimSpace(q)
	head, rest, ok := strings.Cut(q, "?")
	if !ok || strings.Contains(rest, "?") || !strings.ContainsFunc(rest, unicode.IsLetter) || reAsksAgain.MatchString(text.Fold(rest)) {
		return standsForDefinition(q)
	}
	if d := standsForDefinition(head); d != "" {
		return d
	}
	if Parse(head).Type == TypeDefine {
		return strings.TrimSpace(head) + "?"
	}
	return ""
}

// AsPopulation returns question q, as typed, asked as "what is the
// population of X" when it asks how many people live in X (rePeopleLive:
// "how many people live in toronto" → "what is the population of
// toronto?"), so that neither search nor the answerer looks for "people"
// and "live", which a page giving the population seldom says. It returns
// "" for other questions.
func AsPopulation(q string) string {
	m := rePeopleLive.FindStringSubmatch(strings.TrimSpace(q))
	if m == nil {
		return ""
	}
	if strings.EqualFold(m[1], "lived") {
		return "what was the population of " + m[2] + "?"
	}
	return "what is the population of " + m[2] + "?"
}

// rePeopleLive is a question for how many people live in a place, up to
// its first question mark.
var rePeopleLive = regexp.MustCompile(`(?i)^how many (?:people|persons|residents|inhabitants) (live|lives|lived|reside|dwell|are living) (?:in|on) ([^?]+?)[\s.!]*(?:\?.*)?$`)

// reAsksAgain opens words that ask something more: "what is X? how does
// it work", "what is X? is it free".
var reAsksAgain = regexp.MustCompile(`^\W*(what|how|why|when|where|who|which|whose|is|are|was|were|does|do|did|can|could|should|will|would)\b`)

// changeOfNoSum reports whether f asks by how much something that is no
// sum of money changed (reChangeOf): a money noun later in the question
// ("per 1% rise in energy prices") does not make it ask for money.
func changeOfNoSum(f string) bool {
	m := reChangeOf.FindStringSubmatch(f)
	return m != nil && !reMoneyNoun.MatchString(m[2])
}

// amountOfNoSum reports whether f asks how much there is of a thing that
// is no sum of money ("how much elo is a win worth", "how much ram does
// it cost to run"): the content words right after "how much", up to a
// stop word, name what is measured, unless one of them is a money noun,
// a currency or its sign, or a word of a sum (reSumWord: "how much prize
// money", "how much $$", "how much cheaper").
func amountOfNoSum(f string) bool {
	_, after, ok := strings.Cut(f, "how much ")
	if !ok {
		return false
	}
	named := false
	for _, w := range strings.Fields(after) {
		w = strings.Trim(w, ",.?!;:")
		if w == "" || text.IsStop(w) {
			break
		}
		if reMoneyNoun.MatchString(w) || reSumWord.MatchString(w) || strings.ContainsAny(w, text.CurrencySigns) {
			return false
		}
		named = true
	}
	return named
}

// reSumWord is a word after "how much" that makes its question one for a
// sum of money, or a difference of one: a currency, money itself, a word
// for a sum paid, or a comparative ("how much cheaper").
var reSumWord = regexp.MustCompile(`^(money|cash|funds?|dollars?|usd|euros?|eur|pounds?|gbp|quid|rupees?|yen|yuan|bucks|pesos?|francs?|rubles?|roubles?|aid|tax|taxes|debt|profits?|interest|tips?|cheaper|dearer|costlier|pricier|extra|` + moreOrLess + `)$`)

// byShare returns the words a share must stand before to answer the
// money question f (Question.ByShare).
func byShare(f string) []string {
	var out []string
	if reHowMuchMore.MatchString(f) {
		out = strings.Split(moreOrLess, "|")
	}
	return append(out, reRateCharge.FindAllString(f, -1)...)
}
