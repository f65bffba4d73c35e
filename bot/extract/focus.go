package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// The focus of a question is the noun naming what it asks for: "company"
// in "Which Russian company built the metro?", "population" in "What is the
// population of Karachi?". A sentence that never mentions the focus does
// not answer the question, however many other words it shares with it.

var (
	// reFocusStart finds where the noun phrase of the focus begins.
	// A contracted "what's" or "who's" is read as "what is", "who is".
	reFocusStart = regexp.MustCompile(`(?i)^(?:(?:in|on|at|from|for|by|during|to|with|of|under|between|according to [^,]+,)\s+)?(?:(?:which|what)(?:['’]s)?\s+(?:(?:is|was|are|were|will be|has been)\s+)?(?:(?:the|a|an)\s+)?|how\s+(?:many|much)\s+|(?:who|what)(?:\s+(?:is|was|are|were)|['’]s)\s+(?:(?:the|a|an)\s+)?)`)
	// determiners and particles that follow a verb: "built the", "went to"
	reAfterVerb = regexp.MustCompile(`^(the|a|an|its|his|her|their|our|to|up|out|off|into|him|them|it)$`)
)

// focusOf returns the stem of the question's focus noun and the word as
// the question spells it, or "" when the question has none the sentence
// must carry.
func (a *Answerer) focusOf(q string) (stem, word string) {
	q = strings.TrimSpace(q)
	loc := reFocusStart.FindStringIndex(q)
	if loc == nil || loc[0] != 0 {
		return "", ""
	}
	toks := text.Tokens(q[loc[1]:])
	rest := q[loc[1]:]
	head := ""
	for i, t := range toks {
		if i > 0 && strings.ContainsAny(rest[toks[i-1].End:t.Start], ",;:()—") {
			break // the phrase ends at a comma or a bracket: "what teenage pursuit, competing for"
		}
		if strings.HasPrefix(rest[t.End:], "-") && i+1 < len(toks) && toks[i+1].Start == t.End+1 {
			continue // the first part of a compound: "low-priced", "vice-president"
		}
		if t.Start > 0 && rest[t.Start-1] == '-' && i > 0 && toks[i-1].End == t.Start-1 {
			if !compoundModifier(t.Norm) && !text.Capitalised(rest[t.Start:t.End]) &&
				!a.lex.modifiers[t.Stem] && !unicode.IsDigit(rune(t.Norm[0])) {
				head, word = t.Stem, rest[t.Start:t.End]
			}
			continue // its last part: a noun ("vice-president") or a modifier ("state-owned")
		}
		norm, stem := t.Norm, t.Stem
		if f := text.ChatForm(norm); f != nil {
			if len(f) != 1 || text.IsStop(f[0]) || isAux(f[0]) {
				break // "how many ppl r getting": "r" is "are"
			}
			norm, stem = f[0], text.Stem(f[0]) // "ppl": people
		}
		if text.IsStop(norm) || isAux(norm) {
			break
		}
		if i > 0 && head != "" && word == rest[toks[i-1].Start:toks[i-1].End] && plural(toks[i-1].Norm) &&
			!text.Capitalised(rest[t.Start:t.End]) && !asked.IsNoun(norm) {
			break // a verb after its subject: "how many people play Destiny"
		}
		if i > 0 && i+1 < len(toks) && reAfterVerb.MatchString(toks[i+1].Norm) && !text.Capitalised(rest[t.Start:t.End]) {
			break // t is a verb: "company built the"
		}
		if (strings.HasSuffix(t.Norm, "ed") || a.lex.lightVerbs[t.Stem]) && !text.Capitalised(rest[t.Start:t.End]) {
			break // "what is needed", "people died", "breakthroughs made": a verb, not a noun
		}
		if t.Norm == "per" {
			break // "how many words per second"
		}
		if !text.Capitalised(rest[t.Start:t.End]) && !a.lex.modifiers[t.Stem] && !unicode.IsDigit(rune(t.Norm[0])) && !isAdverb(t.Norm) {
			head, word = stem, rest[t.Start:t.End]
		}
		if a.lex.genericFocus[head] && i+2 < len(toks) && toks[i+1].Norm == "of" {
			// "the name of the pilot": the focus is what the name is of
			return a.focusOf("which " + rest[toks[i+2].Start:])
		}
	}
	// a generic noun is judged by the type check, but "how many dates"
	// asks for a count of dates, which the answer must name
	counts := strings.Contains(strings.ToLower(q[:loc[1]]), "how many")
	generic := a.lex.genericFocus[head] && (!counts || a.lex.countedAny[head])
	if generic || a.lex.lightVerbs[head] {
		return "", ""
	}
	return head, word
}

// isAdverb reports whether a folded word is an adverb made of an English
// word and "-ly" ("actually", "originally"): it qualifies a noun or a verb
// but names nothing ("which bank actually opened a branch"). Nouns ending
// in "ly" ("family", "supply", "assembly") have no English word before it.
func isAdverb(w string) bool {
	base, ok := strings.CutSuffix(w, "ly")
	return ok && len(base) >= 4 && text.English(text.Stem(base))
}

// compoundModifier reports whether the folded last part of a hyphenated
// compound makes it a modifier rather than a noun: "low-priced",
// "state-owned", "record-breaking".
func compoundModifier(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

// plural reports whether a folded noun is plural: a regular plural
// ("troops", "countries"; not "glass") or an irregular one ("people").
func plural(w string) bool {
	switch w {
	case "people", "men", "women", "children", "ppl":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

func isAux(w string) bool {
	switch w {
	case "did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must":
		return true
	}
	return false
}

// mentions reports whether s carries the stem or a synonym of it.
func (a *Answerer) mentions(s, stem string) bool {
	return newWordSet(s).match(stem, a.syn.Related(stem), a.tun.SynonymWeight) > 0
}

// reAuxSubject finds the auxiliary after a question word: "when did",
// "why was", "how does".
var reAuxSubject = regexp.MustCompile(`(?i)^(?:when|why|how|where|whom|what|which(?:\s+\w+)?|in which \w+|on what \w+)\s+(did|does|do|was|were|is|are|has|have|had|will|would|can|could)\s+`)

// mainVerb returns the stem of the question's main verb: the first lower-
// case content word after the auxiliary and the subject's capitalised
// words ("step" in "When did Brendan Eich step down as CEO?"), or "".
func (a *Answerer) mainVerb(q string) string {
	m := reAuxSubject.FindStringSubmatchIndex(q)
	if m == nil {
		return ""
	}
	doAux := strings.HasPrefix(strings.ToLower(q[m[2]:m[3]]), "d")
	rest := q[m[1]:]
	toks := text.Tokens(rest)
	if doAux && len(toks) > 0 && a.lex.determiners[toks[0].Norm] {
		return "" // "when did the old bridge open": the subject hides the verb
	}
	for i, t := range toks {
		w := rest[t.Start:t.End]
		if text.Capitalised(w) || text.IsStop(t.Norm) {
			continue
		}
		if doAux {
			if a.lex.lightVerbs[t.Stem] {
				return ""
			}
			return t.Stem
		}
		// after "was", only a participle is the verb ("when was the bridge
		// demolished", not "what is the population")
		if strings.HasSuffix(t.Norm, "ed") && !a.lex.lightVerbs[t.Stem] {
			return t.Stem
		}
		if i > 6 {
			break
		}
	}
	return ""
}
