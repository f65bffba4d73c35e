package bot

import (
	"regexp"
	"strings"

	"github.com/citebot/citebot"
)

// reListRef is a reference to an item of the list an answer gave: "the
// second one", "the 2nd article", "the last doc", "number 3", "#2". An
// ordinal before another noun ("the first visit") is no such reference.
var reListRef = regexp.MustCompile(`(?i)\b(?:the\s+)?(` + ordinalWords + `)\s+(?:` + docWords + `|one|source|item)\b` +
	`|(?:\bnumber\s+|\bno\.\s*|#)(10|[1-9])\b`)

// reDocRef is a reference to a document by its place in the collection,
// when no list was given: "the first article", "the 2nd doc", "the last
// document". A word that may name something else ("one", "source", "#2")
// is none, and a reference followed by "of" ("the first article of the
// treaty", group 2) names no document.
var reDocRef = regexp.MustCompile(`(?i)\b(?:the\s+)?(` + ordinalWords + `)\s+(?:` + docWords + `)\b(\s+of\b)?`)

// reDocMention is a phrase that points at one document without naming
// it: "the article", "this doc", "the 7th article" (of five), "it". Asked
// to summarize one, citebot cannot tell which (docMention).
var reDocMention = regexp.MustCompile(`(?i)^(?:(?:the|this|that|your|ur)\s+)?(?:(?:` + ordinalWords + `)\s+)?` +
	`(?:` + docWords + `|report|one|source)$|^(?:it|this|that)$`)

// reDocsMention is a phrase that points at all the documents: "the
// documents", "these articles", "them".
var reDocsMention = regexp.MustCompile(`(?i)^(?:(?:all\s+)?(?:the|these|those|your|ur)\s+|all\s+)?` +
	`(?:articles|documents|docs|posts|stories|papers|pieces|pages|files|reports|sources)$|^(?:them|these|those|them all|all of them)$`)

// docMention reports whether phrase points at one document without naming
// it (one) or at all of them (all).
func docMention(phrase string) (one, all bool) {
	phrase = strings.TrimSpace(phrase)
	return reDocMention.MatchString(phrase), reDocsMention.MatchString(phrase)
}

// docWords are the nouns that name a document, for reListRef, reDocRef
// and reDocMention.
const docWords = `article|document|doc|post|story|paper|piece|page|file`

// ordinalWords are the ordinals of reListRef and reDocRef (see ordinals).
const ordinalWords = `first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th|ninth|9th|tenth|10th|last`

// listTurns is how many earlier turns a follow-up may point back into a
// list of documents over.
const listTurns = 4

// reListedTitle is a line of an overview (overview): "- “Title” · …".
var reListedTitle = regexp.MustCompile(`(?m)^- “(.+?)”(?: · | \[\d+\]|$)`)

// ordinals are the positions reListRef's words name, from 1; "last" is 0.
var ordinals = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
	"fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
	"tenth": 10, "10th": 10, "last": 0, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9}

// resolveListRef rewrites question when it refers to an item of the list
// of documents an answer of the last listTurns turns gave ("who wrote
// the second one?" after "what is this collection about?"): the reference
// becomes that document's title in quotes ("who wrote “Title”?"), which
// stands on its own. It reports false when no such answer listed
// documents or the question names no item of the latest list.
func resolveListRef(question string, history []citebot.Turn) (string, bool) {
	var titles []string
	for i := len(history) - 1; i >= max(0, len(history)-listTurns) && titles == nil; i-- {
		for _, m := range reListedTitle.FindAllStringSubmatch(history[i].Answer, -1) {
			titles = append(titles, m[1])
		}
	}
	if len(titles) == 0 {
		return question, false
	}
	m := reListRef.FindStringSubmatchIndex(question)
	if m == nil {
		return question, false
	}
	word := ""
	for g := 1; g <= 2; g++ {
		if m[2*g] >= 0 {
			word = question[m[2*g]:m[2*g+1]]
		}
	}
	return replaceRef(question, m[0], m[1], word, titles)
}

// resolveDocRef rewrites question when, with no list of documents before
// it (resolveListRef), it refers to a document by its place in the
// collection ("summarize the first article", "who wrote the 2nd doc?"): the reference becomes
// that document's title in quotes, as resolveListRef does, in the order
// the collection lists them (citebot sources, the overview). It reports
// false when the question names no document so, lib is nil, or that
// document has no title.
func resolveDocRef(question string, lib citebot.Library) (string, bool) {
	m := reDocRef.FindStringSubmatchIndex(question)
	if m == nil || m[4] >= 0 || lib == nil {
		return question, false
	}
	srcs := lib.Sources()
	titles := make([]string, len(srcs))
	for i, s := range srcs {
		titles[i] = s.Title
	}
	return replaceRef(question, m[0], m[1], question[m[2]:m[3]], titles)
}

// replaceRef replaces question[start:end], a reference by ordinal word
// (ordinals) to an item of titles, with that title in quotes; false when
// there is no such item or it has no title.
func replaceRef(question string, start, end int, word string, titles []string) (string, bool) {
	n, ok := ordinals[strings.ToLower(word)]
	if !ok {
		return question, false
	}
	if n == 0 {
		n = len(titles)
	}
	if n < 1 || n > len(titles) || titles[n-1] == "" {
		return question, false
	}
	return question[:start] + "“" + titles[n-1] + "”" + question[end:], true
}
