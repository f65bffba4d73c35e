package extract

import (
	"regexp"
	"strings"

	"github.com/citebot/citebot/text"
)

// termMatches is how well one text (a sentence, a title) carries each
// term of the question, computed once per text so that the coverages of
// a candidate, its neighbours and its passage are sums over sentences.
type termMatches struct {
	exact []float64    // per term: 1 same stem, SynonymWeight a synonym, 0 none
	soft  []float64    // per term: synonyms in full, near spellings by how near
	focus bool         // the text mentions the question's focus (or a synonym)
	stems []string     // stems of the text's content words, in order
	src   string       // the text
	toks  []text.Token // its tokens
	vals  *sentenceValues
}

// matches measures text s against the question's terms.
func (sc *scorer) matches(s string) termMatches {
	q := sc.q
	toks := q.tokens(s)
	ws := wordSetOf(s, toks)
	m := termMatches{exact: make([]float64, len(q.terms)), soft: make([]float64, len(q.terms)), src: s, toks: toks}
	for _, t := range toks {
		if !text.IsStop(t.Norm) {
			m.stems = append(m.stems, t.Stem)
		}
	}
	lived := livesOf(s, q, toks)
	for i, t := range q.terms {
		m.exact[i] = ws.match(t, q.related[t], sc.a.tun.SynonymWeight)
		if lived && lifeWords[t] {
			m.exact[i] = 1 // "when did neff die": "Wallace Neff (1895 – June 8, 1982)"
		}
		for _, c := range phraseCues {
			if !c.asks(q) || !c.words[t] {
				continue
			}
			if c.says.MatchString(s) {
				m.exact[i] = 1
			} else if c.only {
				m.exact[i] = 0
			}
		}
		if t == populationWord && rePopulation.MatchString(s) {
			m.exact[i] = 1 // "what is the population of tunisia": "a nation of about 11 million people"
		}
		if t == q.role && castVerbs[t] && castAs(s, q, toks) {
			m.exact[i] = 1 // "who plays lauda": "stars Chris Hemsworth as Hunt and Daniel Brühl as Lauda"
		}
		m.soft[i] = m.exact[i]
		if m.soft[i] == 1 {
			continue
		}
		for _, k := range m.stems {
			if v := sc.near(t, k); v > m.soft[i] {
				if m.soft[i] = v; v == 1 {
					break
				}
			}
		}
	}
	sc.lastNames(&m)
	if q.focus != "" {
		m.focus = ws.match(q.focus, q.related[q.focus], sc.a.tun.SynonymWeight) > 0 ||
			q.focus == populationWord && rePopulation.MatchString(s)
	}
	return m
}

// phraseCue is a way of asking that a sentence answers in other words
// than the question's: when asks holds for a question, its terms among
// words are said by a sentence that says matches, and with only by no
// other (their own words used otherwise say nothing of it).
type phraseCue struct {
	asks  func(question) bool
	words map[string]bool
	says  *regexp.Regexp
	only  bool
}

// phraseCues are the ways of asking that matches reads so.
var phraseCues = []phraseCue{
	// "which go release is the minimum": "Go 1.23 or newer is required"
	{func(q question) bool { return q.version }, leastWords, reAtLeast, false},
	// "what was the studio called before": "Trilith Studios (formerly Pinewood Atlanta)"
	{func(q question) bool { return q.former }, formerWords, reFormerly, false},
	// "what is another name for an abacus": "The abacus, also called a
	// counting frame", not "another 4-bead wire"
	{func(q question) bool { return q.alias }, aliasWords, reAlias, true},
	// "what can i use instead of tomatoes": "pomegranate arils might be a
	// punchy alternative to tomatoes"
	{func(q question) bool { return q.substitute }, substituteWords, reSubstitute, false},
	// "whats shirows real name": "Masanori Ota, better known by his pen
	// name Masamune Shirow", not "titled Real Drive"
	{func(q question) bool { return q.realName }, realNameWords, reRealName, true},
	// "where does the author teach": "I teach marketing and pricing to
	// MBA students at Rice University", not a quoted speaker's "I"
	{question.speaksOfWriter, selfWords, reFirstPerson, false},
	// "who were the members of antique": "a singing duo consisting of
	// Elena Paparizou … and Nikos Panagiotidis"
	{func(question) bool { return true }, memberWords, reConsistsOf, false},
}

// populationWord is the stem of "population", which a count of the
// people of a place gives (rePopulation).
var populationWord = text.Stem("population")

// rePopulation is a count of the people who live in a place: "a nation
// of about 11 million people", "home to 2.1 million residents", "its
// 40,000 inhabitants".
var rePopulation = regexp.MustCompile(`(?i)\b(?:(?:nation|country|city|town|state|province|region|island|village|capital|metropolis) of|home to) (?:about |around |some |nearly |almost |roughly |more than |over |under |fewer than |just |an estimated )?\d[\d.,]*(?: (?:million|billion|thousand))? (?:people|inhabitants|residents|citizens)\b|\b\d[\d.,]*(?: (?:million|billion|thousand))? (?:inhabitants|residents)\b`)

// lifeWords are the stems of the words by which a question asks when
// someone was born or died, which the years of a life after a name say.
var lifeWords = map[string]bool{"born": true, "birth": true, "die": true, "death": true, "dead": true}

// reLifespan is the years of a life in parentheses: "(1895 – June 8,
// 1982)", "(born 21 July 1968 – 2020)", "(c. 1450 – 1519)".
var reLifespan = regexp.MustCompile(`\((?:[^()]*;\s*)?(?:born |b\. |c\. |ca\. )?[^()]{0,24}?\b\d{3,4}\s*[–—-]\s*(?:died |d\. )?[^()]{0,24}?\b\d{3,4}\s*\)`)

// formerWords are the stems of the words by which a question asks for a
// thing's former name (question.former), which reFormerly says.
var formerWords = stemSet("called", "named", "known", "old", "former", "previous", "original", "earlier", "used")

// reFormerly says that a name was a thing's before: "formerly called",
// "(then known as New Hampshire College)", "renamed".
var reFormerly = regexp.MustCompile(`(?i)\b(formerly|previously|originally|once) (called|named|known as)\b|\bthen known as\b|\((formerly|previously|originally|once)\b|\bformerly\b|\brenamed\b|\bchanged its name\b`)

// stemSet returns the set of the stems of words.
func stemSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[text.Stem(w)] = true
	}
	return m
}

// aliasWords are the stems of the words by which a question asks for
// another name of a thing (question.alias), which reAlias says.
var aliasWords = stemSet("another", "other", "alternative", "alternate", "different", "name", "word", "term", "else", "called", "named", "known", "also", "otherwise", "nickname", "nick")

// nickWords are the stems of the words of aliasWords that ask for a
// nickname, whose kin is nameWord where the corpus lacks them (a text of
// names that never says "nickname").
var nickWords = stemSet("nickname", "nick")

// nameWord is the stem of "name".
var nameWord = text.Stem("name")

// reAlias says that a thing has another name ("also called", "(also the
// Trump Building"), or gives a person's in quotation marks inside the
// name ("Altimont “Freddie” Butler"); the quoted name is matched
// case-sensitively.
var reAlias = regexp.MustCompile(`(?i:\b(also|otherwise|better|commonly|sometimes|often|popularly) (called|named|known as|referred to as|termed)\b|\(also\b|\ba\.k\.a\.|\baka\b|\bnick ?named\b|\bnick ?names?\b)|\b\p{Lu}[\p{L}'’-]+ [“"]\p{Lu}[\p{L}.'’-]*[”"] \p{Lu}[\p{L}'’-]+`)

// realNameWords are the stems of the words by which a question asks for
// the name a person was born with (question.realName), which reRealName
// says.
var realNameWords = stemSet("real", "birth", "actual", "legal", "name")

// reRealName says a person's name at birth beside the one known: "better
// known by his pen name", "born Werner Stipetić", "née Smith".
var reRealName = regexp.MustCompile(`(?i:\bbetter known (as|by)\b|\b(pen|stage|ring|screen|real|birth|legal) name\b|\bn[ée]e\b)|\bborn (as )?\p{Lu}`)

// selfWords are the stems of the words by which a question speaks of
// whoever wrote a text, which the text says as "I" (reFirstPerson).
var selfWords = stemSet("author", "writer", "blogger", "narrator")

// reFirstPerson is a sentence its writer says in the first person ("I
// teach", "my family"), outside quotation marks, which would make the "I"
// another's.
var reFirstPerson = regexp.MustCompile(`^[^“”"]*(?:\bI(?:['’](?:m|ve|d|ll))? \p{Ll}|\b(?:[Mm]y|me|myself)\b)[^“”"]*$`)

// memberWords are the stems of the words by which a question asks who or
// what makes up a group, which reConsistsOf says.
var memberWords = stemSet("member", "lineup")

// reConsistsOf says what a group is made of: "a duo consisting of",
// "made up of", "comprising", "formed by".
var reConsistsOf = regexp.MustCompile(`(?i)\b(consist(s|ed|ing)? of|made up of|compris(e|es|ed|ing)|composed of|formed by|line-?up (of|was|is|included|includes))\b`)

// substituteWords are the stems of the words by which a question asks
// what may take a thing's place (question.substitute), which
// reSubstitute says in any of them.
var substituteWords = stemSet("instead", "place", "alternative", "substitute", "sub", "replace", "replacement", "swap")

// reSubstitute says that one thing may take another's place.
var reSubstitute = regexp.MustCompile(`(?i)\b(instead of|in place of|alternatives? (to|for)|substitutes? (for|with)|substituted?|replacements? (for|of)|replaces?|replaced (by|with)|swap(ped|s)? (in|out|for)|stand-ins? for)\b`)

// leastWords are the stems of the words by which a version question asks
// for the lowest version that will do, which reAtLeast says.
var leastWords = map[string]bool{"minimum": true, "min": true, "least": true, "lowest": true, "oldest": true, "earliest": true}

// reAtLeast says that a version and the ones after it will do.
var reAtLeast = regexp.MustCompile(`(?i)\bor (?:newer|later|higher|above|greater)\b|\bat least\b|\brequire[sd]?\b|\bminimum\b`)

// reNameSuffix is a generational suffix ending a name ("McPherson, Jr."),
// which may stand between the name and its years.
var reNameSuffix = regexp.MustCompile(`,?\s+(?:Jr|Sr)\.?$|,?\s+(?:II|III|IV)$`)

// asksLife reports whether q asks when someone was born or died
// (lifeWords).
func asksLife(q question) bool {
	for _, t := range q.terms {
		if lifeWords[t] {
			return true
		}
	}
	return false
}

// livesOf reports whether s gives the years of a life (reLifespan) right
// after a capitalised word of the question, or after it and a
// generational suffix (reNameSuffix): "Wallace Neff (1895 – June 8,
// 1982)" for "when did neff die".
func livesOf(s string, q question, toks []text.Token) bool {
	for _, m := range reLifespan.FindAllStringIndex(s, -1) {
		end := len(reNameSuffix.ReplaceAllString(strings.TrimRight(s[:m[0]], " "), ""))
		for _, t := range toks {
			if t.End == end && q.has(t) && text.Capitalised(s[t.Start:t.End]) {
				return true
			}
		}
	}
	return false
}

// cover is the weighted share of the question's terms that the texts of
// ms together carry, counting exact matches (soft false) or soft ones.
func (sc *scorer) cover(soft bool, ms ...*termMatches) float64 {
	var got, total float64
	for i, t := range sc.q.terms {
		best := 0.0
		for _, m := range ms {
			v := m.exact[i]
			if soft {
				v = m.soft[i]
			}
			best = max(best, v)
		}
		total += sc.w[t]
		got += sc.w[t] * best
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// mentionsFocus reports whether any of ms mentions the question's focus.
func mentionsFocus(ms []*termMatches) bool {
	for _, m := range ms {
		if m.focus {
			return true
		}
	}
	return false
}

// phraseShare is the share of the question's pairs of adjacent content
// words that the texts of ms say one after the other (stop words between
// ignored): "new hope", "armed forces".
func (sc *scorer) phraseShare(ms []*termMatches) float64 {
	if len(sc.q.pairs) == 0 {
		return 0
	}
	have := map[[2]string]bool{}
	prev := ""
	for _, m := range ms {
		for _, s := range m.stems {
			if prev != "" {
				have[[2]string{prev, s}] = true
			}
			prev = s
		}
	}
	n := 0
	for _, p := range sc.q.pairs {
		if have[p] {
			n++
		}
	}
	return float64(n) / float64(len(sc.q.pairs))
}
