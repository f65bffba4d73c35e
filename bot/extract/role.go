package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/citebot/citebot/text"
)

// reWhoDid finds the verb of a question that asks who did or does
// something: "who directed", "who first proposed", "who was appointed",
// "which Russian officer commanded", "who owns", "who won". A person named
// beside other deeds does not answer it.
var reWhoDid = regexp.MustCompile(`^(?:who|whom|which(?:\s+[a-z'’-]+){1,2}?)\s+(?:(?:was|were|had|has|is)\s+)?(?:first\s+|originally\s+|actually\s+|really\s+|finally\s+)?([a-z]{4,}ed|[a-z]{2,}[^s\W]s|won|led|built|drew|sang|shot|taught|fought|sold|bought|broke|chose|stole|threw|spoke|ran|beat)\b`)

// roleVerb returns the stem of the verb a "who did" question asks about
// ("direct" of "who directed Bridesmaids?"), or "" when it asks none. A
// verb with a particle after it (rePhrasal: "who looks after the
// experiment", "who turned down the offer") asks for a deed its verb alone
// does not name, which the text may say in any words ("custodian",
// "rejected"): no role is asked then.
func (a *Answerer) roleVerb(folded string) string {
	m := reWhoDid.FindStringSubmatchIndex(folded)
	if m == nil || rePhrasal.MatchString(folded[m[3]:]) {
		return ""
	}
	toks := text.Tokens(folded[m[2]:m[3]])
	if len(toks) != 1 || text.IsStop(toks[0].Norm) || a.lex.lightVerbs[toks[0].Stem] {
		return ""
	}
	return toks[0].Stem
}

// rePhrasal matches a particle that makes the verb before it a phrasal
// verb: "after" of "looks after", "down" of "turned down".
var rePhrasal = regexp.MustCompile(`^\s+(?:after|up|down|over|out|off|into|away|back)\b`)

// pastForms maps the irregular past forms reWhoDid reads to their verbs:
// "won" is said "win" and "winner" too.
var pastForms = map[string]string{"won": "win", "led": "lead", "built": "build", "drew": "draw",
	"sang": "sing", "shot": "shoot", "taught": "teach", "fought": "fight", "sold": "sell",
	"bought": "buy", "broke": "break", "chose": "choose", "stole": "steal", "threw": "throw",
	"spoke": "speak", "ran": "run", "beat": "beat"}

// saysRole reports whether s says the verb v in some form: a word that
// begins with its stem ("director", "directed"), or is it when the stem
// is of three letters or fewer ("cap" of "capped": not "Capitol"), a word
// that begins with the verb of an irregular past form ("winner" of
// "won": pastForms), or a synonym of it. The synonyms are those read
// already when v is a term of q (question.related).
func (a *Answerer) saysRole(s string, q question, v string) bool {
	related, ok := q.related[v]
	if !ok {
		related = a.syn.Related(v)
	}
	base := pastForms[v] // "won": "winner"
	toks := q.tokens(s)
	for i, t := range toks {
		if strings.HasPrefix(t.Stem, v) && (len(v) > 3 || t.Stem == v) || base != "" && strings.HasPrefix(t.Stem, base) || slices.Contains(related, t.Stem) {
			if castVerbs[v] && otherPart(s, q, toks[i+1:]) {
				continue // "who played carter": "Shannon plays Lesra Martin"
			}
			return true
		}
	}
	return castVerbs[v] && castAs(s, q, toks)
}

// otherPart reports whether the words after a verb of playing a part
// (toks) name a part the question does not: a run of capitalised words
// none of which it has ("plays Lesra Martin" for "who played carter"), or
// an owner's part ("as Carter's wife").
func otherPart(s string, q question, toks []text.Token) bool {
	named, asked := false, false
	for i, t := range toks {
		if i > 0 && s[toks[i-1].End:t.Start] != " " || !text.Capitalised(s[t.Start:t.End]) {
			break
		}
		if possessive(s, t) {
			return true
		}
		named, asked = true, asked || q.has(t)
	}
	return named && !asked
}

// castAs reports whether s gives a part by "as" and a capitalised word
// of the question ("stars ... Daniel Brühl as Lauda"), or by such a word
// and a new capitalised name in brackets after it, as a review names the
// actor ("Carter (Denzel Washington)"), which says who plays it.
func castAs(s string, q question, toks []text.Token) bool {
	for i, t := range toks {
		if i+1 == len(toks) {
			break
		}
		next := toks[i+1]
		if t.Norm == "as" && q.has(next) && text.Capitalised(s[next.Start:next.End]) && !possessive(s, next) {
			return true // "who played niki lauda": "stars ... Daniel Brühl as Lauda"
		}
		if s[t.End:next.Start] == " (" && q.has(t) && text.Capitalised(s[t.Start:t.End]) && !q.has(next) && text.Capitalised(s[next.Start:next.End]) {
			return true // "who played carter": "from Carter (Denzel Washington) protesting"
		}
	}
	return false
}

// castVerbs ask who played a part, which a cast list says with "as"
// before the part ("Daniel Brühl as Lauda").
var castVerbs = map[string]bool{"play": true, "portray": true, "voic": true}
