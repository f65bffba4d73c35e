package asked

import (
	"regexp"
	"strings"

	"github.com/citebot/citebot/text"
)

// The questions that ask what a term is, what a short form stands for or
// who someone named is (TypeDefine), and the term they ask about.

// The definition questions' expressions, matched against the folded
// question.
var (
	reCalled = regexp.MustCompile(`\b(called|named|nicknamed|dubbed|known as)\??$`)
	reDefine = regexp.MustCompile(`^(what|who) (is|are|was|were) (the |a |an )?([^ ]+(?: [^ ]+)?)\??$`)
	// reDefineIn is a definition question that names where the term is
	// used: "what is DRF-SC in the Go memory model", "what is a GODEBUG
	// setting, in Go's docs"; not a superlative ("the largest desert in
	// Asia") nor a name in another language ("what is Bodmin called in
	// Cornish").
	reDefineIn = regexp.MustCompile(`^what (is|are|was|were) (the |a |an )?([^ ,]+)( [^ ,]+)?,? (in|according to|per|from) [^,]{1,60}\??$`)
	// reStandsFor asks what a short form stands for: "what does FAST
	// stand for", "what does the acronym SCO mean", "what is BOOT short
	// for"; or what a thing is for, which what it is says ("what is uniseg
	// for"); reStandsForAny is it in any case, for text as typed.
	reStandsFor    = regexp.MustCompile(standsForPattern)
	reStandsForAny = regexp.MustCompile(`(?i)` + standsForPattern)
	reNotTerm      = regexp.MustCompile(`(est|most|main|best|worst|called|named|known)\b`)
)

// standsForPattern is reStandsFor's: one of its five groups is the
// term. "What does X mean" asks what X is ("what does guetzli mean"),
// unless it asks what a name means (shortForm).
const standsForPattern = `^what (?:(?:does|do) (?:the |a |an )?(?:(?:acronym|abbreviation|initialism) ([^ ]+) mean|([^ ]+(?: [^ ]+)?) stand for|([^ ]+(?: [^ ]+)?) means?)|(?:is|was) (?:the |a |an )?([^ ]+(?: [^ ]+)?) (?:short|an abbreviation) for|(?:is|are) (?:the |a |an )?([^ ]+(?: [^ ]+)?) for)\??$`

// definesIn reports whether folded question f asks what a term means
// where it is used (reDefineIn).
func definesIn(f string) bool {
	m := reDefineIn.FindStringSubmatch(f)
	return m != nil && !reNotTerm.MatchString(m[3]+m[4]) && !text.IsStop(m[3]) && !strings.HasSuffix(m[3], "ly")
}

// standsFor returns the term folded question f asks the long form of
// (reStandsFor), or "": none for "what does it stand for".
func standsFor(f string) string {
	m := reStandsFor.FindStringSubmatch(strings.TrimSpace(f))
	if m == nil || !shortForm(m[1]+m[2]+m[3]+m[4]+m[5]) {
		return ""
	}
	return m[1] + m[2] + m[3] + m[4] + m[5]
}

// shortForm reports whether the term t of a reStandsFor match may be a
// short form: neither it nor its first word is a stop word ("it"), nor
// is its first word "name" or "surname": "what does the name Bodmin
// mean" asks what the name means ("house of monks"), not what Bodmin is.
func shortForm(t string) bool {
	w, _, _ := strings.Cut(text.Fold(t), " ")
	return !text.IsStop(w) && !text.IsStop(text.Fold(t)) && w != "name" && w != "surname"
}

// standsForDefinition returns question q asked as "what is X" when it
// asks what X stands for (reStandsFor), else "".
func standsForDefinition(q string) string {
	m := reStandsForAny.FindStringSubmatch(strings.TrimSpace(q))
	if m == nil || !shortForm(m[1]+m[2]+m[3]+m[4]+m[5]) {
		return ""
	}
	return "what is " + m[1] + m[2] + m[3] + m[4] + m[5] + "?"
}

// reWhoIs asks who someone or something is: "who is julia kristeva?".
var reWhoIs = regexp.MustCompile(`^who (?:is|was) (.+?)\??$`)

// whoIsName reports whether folded question f asks who someone it names
// is ("who is julia kristeva", "who was lavrov"): one to three words
// after "who is" or "who was", none a stop word, a kind of person or a
// verb's -ing form, one of them a name no dictionary lists; or two or
// three opening or ending with a given name, none a stop word or an -ing
// form ("who is patrick sawyer": a sawyer is a kind of person too; "who is
// quint davis", a surname that is a given name too; "who is don
// marshall", a given name that is a stop word too: nameStops). "who is
// the pm", "who is responsible" and "who is taylor swift dating" ask for
// a person.
func whoIsName(f string) bool {
	m := reWhoIs.FindStringSubmatch(strings.TrimSpace(f))
	if m == nil {
		return false
	}
	words := strings.Fields(m[1])
	if len(words) > 3 {
		return false
	}
	// a given name and a surname, though the surname names a kind of
	// person too: "patrick sawyer", "john smith"
	given := len(words) > 1 && (text.GivenName(words[0]) || nameStops[words[0]] || text.GivenName(words[len(words)-1])) // "quint davis": a surname that is a given name too
	named := given
	for _, w := range words {
		if text.IsStop(w) && !(given && nameStops[w]) || strings.HasSuffix(w, "ing") || IsPersonNoun(w) && !given {
			return false
		}
		named = named || !text.Spelt(w)
	}
	return named
}

// nameStops are the stop words that are given names too, which the
// given names leave out (text.GivenName): "who is don marshall", "who is
// will smith".
var nameStops = map[string]bool{"don": true, "will": true}

// termOf returns the term a definition question (TypeDefine) asks to
// have defined, folded ("albedo" in "what is albedo?"), or "".
func termOf(f string) string {
	f = strings.TrimSpace(f)
	if t := standsFor(f); t != "" {
		return t
	}
	if m := reDefine.FindStringSubmatch(f); m != nil {
		return strings.TrimRight(m[4], "?")
	}
	if m := reDefineIn.FindStringSubmatch(f); m != nil {
		return m[3] + m[4]
	}
	return ""
}

// reWhatIs asks what something of up to five words is: "what is the
// senate of pakistan", which a document titled so defines, though "what
// is the capital of pakistan" asks for a name.
var reWhatIs = regexp.MustCompile(`^(?:what|who) (?:is|are|was|were) (?:the |a |an )?((?:[^ ]+ ){0,4}[^ ]+?)\??$`)

// WhatIs returns the X of a question "what is X" (or "who is X") of up to
// five words, given its Folded text, unless it asks what X is called; ""
// for other questions. A caller that knows X to be a document's title
// reads the question as asking for a definition of X.
func WhatIs(f string) string {
	f = strings.TrimSpace(f)
	if m := reWhatIs.FindStringSubmatch(f); m != nil && !reCalled.MatchString(f) {
		return m[1]
	}
	return ""
}
