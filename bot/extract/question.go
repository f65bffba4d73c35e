package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// answerType is what kind of answer a question asks for (asked.Type).
type answerType = asked.Type

// The answer types, as asked names them.
const (
	typeAny    = asked.TypeAny
	typePerson = asked.TypePerson // who
	typeAuthor = asked.TypeAuthor // who wrote / the author of
	typeDate   = asked.TypeDate   // when, what year
	typeNumber = asked.TypeNumber // how many, how much, what percentage
	typePlace  = asked.TypePlace  // where, which city
	typeEntity = asked.TypeEntity // which X / what X: a name
	typeReason = asked.TypeReason // why
	typeDefine = asked.TypeDefine // what is X
)

// question is what the answerer knows of a question.
type question struct {
	text  string
	typ   answerType
	terms []string        // content stems, de-duplicated, in order
	words map[string]bool // folded words of the question
	// capitals holds the folded words the question types in capitals, two
	// letters or more ("fast" of "what does FAST stand for"): a short form.
	capitals map[string]bool
	// decades holds, for each year the question names as a decade ("1850"
	// of "in the 1850s"), the decade's years (decadeYears); nil when none.
	decades map[string][]string
	// numNext holds, for each number the question says, the folded words
	// right after it ("three" of "three mile island": "mile"), and ""
	// when it ends the question (sameNumber).
	numNext map[string][]string
	// idf weighs a stem by its rarity in the corpus (negative: absent);
	// nil when the corpus cannot say (Options.IDF).
	idf         func(stem string) float64
	focus       string          // stem of the noun the question asks for; "" when none
	focusWord   string          // the focus as the question spells it
	role        string          // stem of the verb a "who did" question asks about (roleVerb)
	event       string          // stem of the participle by which a date question names its event ("found" of "when was the museum founded"), which a date answers only beside it (eventOf)
	listN       int             // how many things "which four countries" asks for by name (listCount), or 0
	owner       string          // stem of the possessor of the focus ("Pakistan's foreign minister": pakistan; ownerOf), or ""
	nameUnknown bool            // a capitalised word of the question the corpus never has (nameUnknown)
	money       bool            // asks for a sum of money
	change      bool            // asks how much an amount changed, or compares it (asked.Question.Change)
	byShare     []string        // stems of the words a share stands before to answer a money question too (asked.Question.ByShare)
	unit        string          // folded unit the answer must be given in ("kilometres")
	dimension   asked.Dimension // the dimension the answer must be given in ("how old": an age)
	count       bool            // "how many": asks for a count of the focus
	thingName   bool            // asks for the name of a thing: "what is the name of the company"
	namedKind   bool            // asks which organisation or place of a kind: "which museum" (namedKind)
	often       bool            // "how often": asks for a frequency (reFrequency)
	who         bool            // opens with "who": a kind of person beside a name it asks about defines it (describesName)
	yearOnly    bool            // a date question for the year alone: "in what year", "which yr" (reAsksYear)
	placeKind   string          // the kind of place a place question asks for: "city" of "which city" (reTypeNoun)
	clock       bool            // a date question in the present or future tense, which a time of day or a day of the week answers too (reAsksClock)
	future      bool            // a date question in the future tense, which a time from now answers too (reAsksFuture)
	past        bool            // a date question in the past tense, which a time counted back answers too (reAsksPast)
	since       bool            // a date question on when a thing came or went, which a release answers too (reAsksSince)
	material    bool            // asks what a thing is made of (reAsksMaterial): "made from tofu skin" answers it
	quantity    bool            // asks for a physical quantity, which no sum of money gives
	code        bool            // asks how to do something, or for a command, function or option
	version     bool            // asks which version or release (asked.Question.Version)
	former      bool            // asks for a thing's former name (reAsksFormer)
	alias       bool            // asks for another name of a thing (reAsksAlias)
	substitute  bool            // asks what may take a thing's place (reAsksSubstitute)
	realName    bool            // asks for the name a person was born with (reAsksRealName)
	currency    bool            // names a currency ("how many rupees"): a sum of money may be its count
	field       metaField       // the document metadata it asks for (metaNone: none)
	alsoDate    bool            // asks for the date too, after another field ("who wrote it, and when?")
	// about holds the terms of what the question says a document says
	// (reAboutDoc: "who wrote the op-ed about the drills": drill); nil when
	// it names no document so.
	about []string
	// related holds the synonyms of each term (WordNet stems).
	related map[string][]string
	// kin holds, for each term the corpus lacks, the words of related that
	// say the same as it: its other spellings and short forms
	// (text.UnitForms, initialismsOf), in a question for a sum the other
	// words for what a thing sells for (moneyWords), and for "nickname"
	// "name" (nickWords); not WordNet's synonyms or the words of a group a
	// question asks by (creationVerbs, studyWords), which may say
	// something else ("who invented the bicycle": "created"). Nil without
	// an IDF. unknownTerm reads it.
	kin map[string][]string
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
	if v < 0 || v >= a.tun.CommonIDF {
		return false
	}
	if a.df == nil {
		return true
	}
	df, _ := a.df(stem)
	return df >= a.tun.CommonMinChunks
}

// read returns what the answerer knows of parsed question p: its answer
// type as parsed, its content terms less the answerer's question words
// (and, asking for an author, its author words), their synonyms, its
// focus.
func (a *Answerer) read(p *asked.Question) question {
	out := question{text: p.Text, typ: p.Type, who: strings.HasPrefix(p.Folded, "who"), money: p.Money, change: p.Change, count: p.Count, quantity: p.Quantity, code: p.Code, version: p.Version, unit: p.Unit, dimension: p.Dimension, quotes: p.Quotes,
		words: map[string]bool{}, idf: a.idf, toks: map[string][]text.Token{}}
	for _, w := range p.ByShare {
		out.byShare = append(out.byShare, text.Stem(w))
	}
	seen := map[string]bool{}
	prev := ""
	for i, t := range p.Tokens {
		out.words[t.Norm] = true
		if w := p.Text[t.Start:t.End]; len(w) >= 2 && w == strings.ToUpper(w) && w != strings.ToLower(w) {
			if out.capitals == nil {
				out.capitals = map[string]bool{}
			}
			out.capitals[t.Norm] = true
		}
		if years := decadeYears(p.Text, t.Norm); years != nil {
			if out.decades == nil {
				out.decades = map[string][]string{}
			}
			out.decades[t.Norm] = years
		}
		if numeric(t.Norm) {
			next := ""
			if i+1 < len(p.Tokens) {
				next = p.Tokens[i+1].Norm
			}
			if out.numNext == nil {
				out.numNext = map[string][]string{}
			}
			out.numNext[t.Norm] = append(out.numNext[t.Norm], next)
		}
		out.currency = out.currency || reCurrencyAfter.MatchString(t.Norm)
		stop := text.IsStop(t.Norm)
		if !stop && !seen[t.Stem] && !a.lex.questionWords[t.Stem] {
			seen[t.Stem] = true
			out.terms = append(out.terms, t.Stem)
		}
		if stop || a.lex.questionWords[t.Stem] {
			prev = ""
			continue
		}
		if prev != "" {
			out.pairs = append(out.pairs, [2]string{prev, t.Stem})
		}
		prev = t.Stem
	}
	if p.Text == strings.ToUpper(p.Text) {
		out.capitals = nil // a question typed in capitals: "WHAT IS ALBEDO"
	}
	out.focus, out.focusWord = a.focusOf(p.Text)
	if out.dimension == asked.DimShare {
		// "what percent of the oil was gone": the value asked for, which
		// "74%" gives, is no word the answer must say
		out.terms = without(out.terms, percentWords)
		if percentWords[out.focus] {
			out.focus, out.focusWord = "", ""
		}
	}
	out.namedKind = out.typ == typeEntity && a.namedKind(out.focusWord, p.Folded)
	out.role = a.roleVerb(p.Folded)
	out.event = a.eventOf(p, out)
	out.owner = a.ownerOf(p.Text, p.Tokens, out.focus)
	out.listN = listCount(p.Folded)
	out.field = metaFieldOf(p.Folded, p.Type)
	out.alsoDate = reAlsoDate.MatchString(p.Folded)
	out.about = aboutTerms(p.Folded, out.terms)
	if m := reHowOften.FindStringSubmatch(p.Folded); m != nil {
		out.often = true
		out.terms = without(out.terms, map[string]bool{text.Stem(m[1]): true}) // asks how often, as "how many" asks a count: "often enough" says none
	}
	out.yearOnly = out.typ == typeDate && reAsksYear.MatchString(p.Folded)
	out.clock = out.typ == typeDate && reAsksClock.MatchString(p.Folded)
	out.future = out.typ == typeDate && reAsksFuture.MatchString(p.Folded)
	out.past = out.typ == typeDate && !out.future && out.field == metaNone && reAsksPast.MatchString(p.Folded) // a document's date is none counted back
	out.since = out.typ == typeDate && reAsksSince.MatchString(p.Folded)
	out.material = (out.typ == typeEntity || out.typ == typeAny) && reAsksMaterial.MatchString(p.Folded)
	out.thingName = (out.typ == typeEntity || out.typ == typePlace) && p.Kind == asked.KindName
	out.nameUnknown = a.nameUnknown(p, out.field)
	if m := reTypeNoun.FindStringSubmatch(p.Folded); m != nil && (out.typ == typeDate || out.typ == typePlace) {
		out.terms = without(out.terms, map[string]bool{text.Stem(m[1]): true})
		if out.typ == typePlace {
			out.placeKind = m[1]
		}
	}
	if out.version {
		out.terms = without(out.terms, versionNouns) // "which go version": "Go 1.18" says no "version"
	}
	out.former = reAsksFormer.MatchString(p.Folded)
	out.alias = reAsksAlias.MatchString(p.Folded)
	if out.alias && out.typ == typeDefine {
		out.typ = typeEntity // "whats butlers nickname" asks for a name, not what one is
	}
	out.substitute = reAsksSubstitute.MatchString(p.Folded)
	out.realName = reAsksRealName.MatchString(p.Folded)
	if drop := dateNouns(p.Folded); out.typ == typeDate && drop != nil {
		out.terms = without(out.terms, drop)
	}
	out.related = make(map[string][]string, len(out.terms))
	initials := initialismsOf(p, a.idf)
	for _, t := range append(out.terms, out.focus) {
		// "barrels": "bbl", "km": "kilometres"; "general": "gen"; "association": "crea"
		out.related[t] = slices.Concat(a.syn.Related(t), text.TitleAbbrevs(t)) // a title's short form is no kin: "doctorate" is stemmed "doctor", which "Dr." is not
		a.addKin(&out, t, text.UnitForms(t), initials[t])
		if out.dimension != asked.DimNone {
			out.related[t] = append(out.related[t], text.DimensionWords(t)...) // "how deep": "the depth gauge"
		}
	}
	schooling := asksStudies(p.Folded)
	studies := (out.typ == typePlace || out.namedKind) && schooling // where, not what: "what did he study" asks for a subject
	subject := schooling && !studies
	for _, t := range out.terms {
		out.related[t] = append(out.related[t], creationRelated()[t]...) // "when was mozilla founded": "created in 1998"
		if studies {
			out.related[t] = append(out.related[t], studyRelated()[t]...) // "where did she go to college": "a degree from NYU"
		} else if subject {
			out.related[t] = append(out.related[t], subjectRelated()[t]...) // "what did butler study": "a bachelor's degree in sociology"
		}
		if out.money {
			a.addKin(&out, t, moneyRelated()[t]) // "how much did the atlas cost": "by its price (one shilling)"
		}
		if out.alias && nickWords[t] {
			a.addKin(&out, t, []string{nameWord}) // "nickname": a text of names that never says it
		}
	}
	if people := text.Stem("people"); out.count && reHowManyPeople.MatchString(p.Folded) {
		// "how many people were in the study": "15 healthy volunteers"
		out.related[people] = append(out.related[people], a.lex.personNouns...)
	}
	if out.typ == typeAuthor {
		out.terms = without(out.terms, a.lex.authorWords)
	}
	return out
}

// speaksOfWriter reports whether q's words for whoever wrote a text
// ("author", "writer": selfWords) are terms it may be answered by in the
// first person: it asks for no author (typeAuthor), whose words are no
// terms.
func (q question) speaksOfWriter() bool { return q.typ != typeAuthor }

// percentWords are the stems of the words by which a question asks for a
// percentage (asked.DimShare), which a number and "%" give.
var percentWords = stemSet("percent", "percentage", "pct")

// creationVerbs are the verbs by which English says that someone brought
// a thing into being; a question asking by one of them is answered by a
// sentence saying another ("when was mozilla founded": "a community
// created in 1998"; "who invented t-sne": "developed by Laurens van der
// Maaten"), as by a synonym.
var creationVerbs = []string{"invent", "create", "develop", "devise", "design", "found", "establish", "originate", "conceive"}

// creationRelated maps the stem of each of creationVerbs to the stems of
// the others.
var creationRelated = sync.OnceValue(func() map[string][]string { return text.StemGroups([][]string{creationVerbs}) })

// addKin adds to term t's related words those of groups, which say the
// same as t in q, and to its kin too where the corpus lacks t (a.idf).
func (a *Answerer) addKin(q *question, t string, groups ...[]string) {
	for _, g := range groups {
		if len(g) == 0 {
			continue
		}
		q.related[t] = append(q.related[t], g...)
		if a.idf != nil && a.idf(t) < 0 {
			if q.kin == nil {
				q.kin = map[string][]string{}
			}
			q.kin[t] = append(q.kin[t], g...)
		}
	}
}

// moneyWords are the nouns and verbs by which English says what a thing
// sells for; a question asking for a sum by one of them (question.money)
// is answered by a sentence saying another ("how much did the atlas
// cost": "by its price (one shilling …)"), as by a synonym.
var moneyWords = []string{"cost", "price", "priced"}

// moneyRelated maps the stem of each of moneyWords to the stems of the
// others.
var moneyRelated = sync.OnceValue(func() map[string][]string { return text.StemGroups([][]string{moneyWords}) })

// reHowManyPeople asks for a count of people, which a count of any kind
// of person answers too ("15 healthy volunteers"): its "people" is
// related to the nouns for people of one kind or another (person-nouns).
var reHowManyPeople = regexp.MustCompile(`\bhow many (people|ppl)\b`)

// reAsksFormer asks for the name a thing had before: "what was it called
// before", "its old name", "what did it use to be called".
var reAsksFormer = regexp.MustCompile(`\b(called|named|known as) (before|previously|originally|at first|back then)\b|\b(old|former|previous|original|earlier) name\b|\bused? to be (called|named|known)\b`)

// reAsksAlias asks for another name of a thing: "what is another name for
// an abacus", "what else is it called", "what is it also known as",
// "whats butlers nickname".
var reAsksAlias = regexp.MustCompile(`\b(another|other|alternative|alternate|different) (name|names|word|term)\b|\bwhat else (is|are|was|were)\b.*\b(called|named|known)\b|\b(also|otherwise) (called|named|known)\b|\bnick ?(names?|named)\b`)

// reAsksRealName asks for the name a person was born with, behind the one
// known: "whats shirows real name", "her birth name".
var reAsksRealName = regexp.MustCompile(`\b(real|birth|actual|legal) names?\b`)

// reAsksSubstitute asks what may take a thing's place: "what can i use
// instead of tomatoes", "a good substitute for eggs", "what can replace
// butter"; not a question that only contrasts ("why did she go to a studio
// instead of doing it at home").
var reAsksSubstitute = regexp.MustCompile(`\b(use|using|put|try)\b.*\b(instead of|in place of)\b|\b(alternative|alternatives|substitute|substitutes|replacement|replacements|sub|subs|swap|swaps) (to|for)\b|\bwhat (can|could|should|would|will|do|does|might) .*\b(replace|substitute)\b`)

// versionNouns are the stems of the nouns by which a question asks which
// version (question.version), which the answer names by its number.
var versionNouns = map[string]bool{text.Stem("version"): true, text.Stem("release"): true}

// decadeYears returns the years of the decade that question q names by
// its first year t ("1850" of "in the 1850s": 1850 to 1859), or nil.
func decadeYears(q, t string) []string {
	if len(t) != 4 || t[3] != '0' || !reYearLike.MatchString(t) || !strings.Contains(q, t+"s") && !strings.Contains(q, t+"'s") {
		return nil
	}
	years := make([]string, 0, 10)
	for d := '0'; d <= '9'; d++ {
		years = append(years, t[:3]+string(d))
	}
	return years
}

// reAsksYear finds a question for a year, which a day and month without
// one do not give: "in what year", "which yr" (the Retriever's Normalize
// spells "wat" out before). "What year and month" asks for more.
var reAsksYear = regexp.MustCompile(`\b(?:which|what)\s+(?:exact\s+|specific\s+|particular\s+)?(?:year|yr)\b(?:\s+(?:did|was|were|is|does|will|had|has|do)\b|\s*\?|\s*$)`)

// reAsksClock finds a date question in the present or future tense,
// which asks what happens at a time that comes again or is near: "when
// do german schools close" (at midday), "when does the market open" (on
// Mondays), "when is the rally" (at 12 p.m.; asked.Question.Folded spells
// out "whens" and "when's"), "when will power be restored" (by Thursday
// morning).
var reAsksClock = regexp.MustCompile(`^when (?:do|does|is|are|will)\b`)

// reAsksPast finds a question in the past tense: "when did it launch",
// "when was it founded" (question.past).
var reAsksPast = regexp.MustCompile(`\b(did|was|were|had)\b`)

// reAsksFuture finds a date question in the future tense, which asks
// when something will happen: "when will women be the majority" (in the
// next few months).
var reAsksFuture = regexp.MustCompile(`^when (?:will|(?:is|are) .+ (?:going|due|set|expected) to)\b`)

// reAsksSince finds a date question on when a thing came in or went,
// which a release answers as well as a date: "when was NewClient
// introduced" (in gRPC-Go v1.63).
var reAsksSince = regexp.MustCompile(`^when (?:was|were|did|is|are) .*\b(?:introduced|introduce|added|add|deprecated|deprecate|removed|remove|dropped|drop)\b`)

// reAsksMaterial finds a question for what a thing is made of, which
// ends so: "what was vegetarian fish made from", "what are the walls
// built of?"; not "what replaced the pipes made of iron".
var reAsksMaterial = regexp.MustCompile(`\b(?:(?:` + madeVerbs + `) (?:of|from|out of)|consists? of)(?: what)?\W*$`)

// madeVerbs say that a thing is made of some stuff, before "of" or
// "from", in a question (reAsksMaterial) and in an answer (reMaterial).
const madeVerbs = `made|built|constructed|formed|composed|carved|crafted|woven|cast|derived|produced`

// reTypeNoun finds the noun by which a date or place question names the
// kind of value it asks for ("in which year", "what city"): the type
// check judges the value, and the answering sentence seldom says the noun
// ("It was founded in 1916"), where another that does ("for four years")
// is no likelier to answer.
var reTypeNoun = regexp.MustCompile(`\b(?:which|what)\s+(?:exact\s+|specific\s+|particular\s+)?(year|date|day|month|decade|century|city|country|town)\b`)

// reDateNoun finds the nouns by which a date question says how exact a
// date it asks for: "the date", "the exact year", "like day and month".
var reDateNoun = regexp.MustCompile(`\b(?:the|exact|specific|precise|actual|full)\s+(date)\b|\b(?:exact|specific|precise|actual|full)\s+(day|month|year)\b|\b(day|month|year)s?\s+(?:and|n|&)\s+(day|month|year)s?\b`)

// dateNouns returns the stems of the nouns reDateNoun finds in folded
// question f, nil when none: the type check judges the date, and the
// sentence giving it seldom says them ("German reunification on 3
// October 1990").
func dateNouns(f string) map[string]bool {
	var out map[string]bool
	for _, m := range reDateNoun.FindAllStringSubmatch(f, -1) {
		for _, w := range m[1:] {
			if w == "" {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[text.Stem(w)] = true
		}
	}
	return out
}

// nameUnknown reports whether p names something by a capitalised word
// (not a stop word, a function word ("Per …", "Amid …"), a question
// word, or a first word that may be capitalised only for opening the
// question: "Does …", "Owing to …", an English word, so "Paris …" does
// not count either, but "Zelensky …" does)
// whose stem the corpus never has: a question about "the Eiffel Tower" on
// a corpus that never mentions it (false when the corpus cannot say). A
// question asking for a document's metadata (field) may name the
// document's kind by a word its text never uses ("the title of the ulid
// README"): such a word (speaksOfDocument) does not count.
func (a *Answerer) nameUnknown(p *asked.Question, field metaField) bool {
	if a.idf == nil {
		return false
	}
	for i, t := range p.Tokens {
		w := p.Text[t.Start:t.End]
		if !text.Capitalised(w) || i == 0 && (a.lex.commonStarts[t.Norm] || text.English(t.Stem)) || text.IsStop(t.Norm) || text.FunctionWord(t.Norm) || a.lex.questionWords[t.Stem] ||
			a.speaksOfDocument(field, t.Stem) {
			continue
		}
		if a.idf(t.Stem) < 0 {
			return true
		}
	}
	return false
}

// sameNumber reports whether toks[i], a number of a sentence, is one the
// question says: the same number, unless both are followed by a word and
// never the same one ("three years" is no "three mile island"; "the 14
// players" is the question's "14 players").
func (q question) sameNumber(toks []text.Token, i int) bool {
	nexts, ok := q.numNext[toks[i].Norm]
	if !ok || i+1 >= len(toks) {
		return ok
	}
	for _, n := range nexts {
		if n == "" || n == toks[i+1].Norm {
			return true
		}
	}
	return false
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

// speaksOfDocument reports whether stem, in a question asking for a
// document's metadata (field), speaks of the document rather than its
// subject ("title", "README", "article": the document words), and so says
// nothing by being absent from the documents' text.
func (a *Answerer) speaksOfDocument(field metaField, stem string) bool {
	return field != metaNone && a.lex.docWords[stem]
}

// reHowOften asks for a frequency.
var reHowOften = regexp.MustCompile(`\bhow (often|frequently|regularly)\b`)

// aboutTerms returns the terms (stems among terms) of what folded question
// f says a document says, after reAboutDoc: "who wrote the op-ed about
// the druzhba drills n the gas pipeline" gives druzhba, drill, gas,
// pipelin. It returns nil when f names no document by what it says.
func aboutTerms(f string, terms []string) []string {
	m := reAboutDoc.FindStringIndex(f)
	if m == nil {
		return nil
	}
	var out []string
	for _, t := range text.Tokens(f[m[1]:]) {
		stem := t.Stem
		if c := text.ChatForm(t.Norm); len(c) == 1 {
			stem = text.Stem(c[0]) // "n": and, no term
		}
		if slices.Contains(terms, stem) && !slices.Contains(out, stem) {
			out = append(out, stem)
		}
	}
	return out
}

// reListN asks for a number of things by name: "which four countries",
// "what 2 airlines".
var reListN = regexp.MustCompile(`\b(?:which|what) (two|three|four|five|six|[2-6]) [a-z]`)

// listNumbers are the counts reListN reads.
var listNumbers = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}

// listCount returns how many things folded question f asks for by name
// (reListN), or 0.
func listCount(f string) int {
	if m := reListN.FindStringSubmatch(f); m != nil {
		return listNumbers[m[1]]
	}
	return 0
}
