package extract

import (
	"bufio"
	"embed"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// wordlistFiles holds the answerer's word lists: one word a line, in the
// form its users compare (a folded word or a stem, as each file's header
// says); blank lines and lines starting with # are skipped.
//
//go:embed wordlists/*.txt
var wordlistFiles embed.FS

// lexicon is the answerer's word lists, parsed once by New.
type lexicon struct {
	lightVerbs    map[string]bool // stems of verbs with little meaning of their own
	genericFocus  map[string]bool // stems of focus nouns the type check judges
	countedAny    map[string]bool // stems of generic focus nouns any count answers
	modifiers     map[string]bool // stems qualifying a focus noun
	determiners   map[string]bool // folded determiners
	questionWords map[string]bool // stems framing a question
	authorWords   map[string]bool // stems framing a question about an author
	commonStarts  map[string]bool // folded words capitalised only as a sentence's first
	monthsAndDays map[string]bool // folded names of months and days
	titleWords    map[string]bool // folded words of offices and ranks
	groupWords    map[string]bool // folded words ending the name of an organisation, place or event
	docWords      map[string]bool // stems speaking of a document rather than its subject
	moneyWords    map[string]bool // stems naming a sum of money as such
	labelNouns    map[string]bool // folded nouns labelling a thing by the number after them ("type 1")
	personNouns   []string        // stems of nouns for people of one kind or another, sorted
	namedKinds    map[string]bool // folded nouns for organisations and places a "which X" wants named
}

// loadLexicon parses the embedded word lists.
func loadLexicon() (lexicon, error) {
	var lex lexicon
	for name, dst := range map[string]*map[string]bool{
		"light-verbs": &lex.lightVerbs, "generic-focus": &lex.genericFocus, "modifiers": &lex.modifiers,
		"determiners": &lex.determiners, "question-words": &lex.questionWords, "author-words": &lex.authorWords,
		"common-starts": &lex.commonStarts, "months-and-days": &lex.monthsAndDays, "title-words": &lex.titleWords,
		"group-words": &lex.groupWords, "document-words": &lex.docWords, "money-words": &lex.moneyWords,
		"counted-anything": &lex.countedAny,
		"label-nouns":      &lex.labelNouns,
		"named-kinds":      &lex.namedKinds,
	} {
		set, err := readWordlist("wordlists/" + name + ".txt")
		if err != nil {
			return lexicon{}, err
		}
		*dst = set
	}
	people, err := readWordlist("wordlists/person-nouns.txt")
	if err != nil {
		return lexicon{}, err
	}
	lex.personNouns = slices.Sorted(maps.Keys(people))
	return lex, nil
}

// readWordlist reads one embedded word list into a set.
func readWordlist(path string) (map[string]bool, error) {
	data, err := wordlistFiles.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("word list: %w", err)
	}
	set := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for n := 1; sc.Scan(); n++ {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		if strings.ContainsAny(w, " \t") || w != strings.ToLower(w) {
			return nil, fmt.Errorf("word list %s:%d: %q is not one lower-case word", path, n, w)
		}
		set[w] = true
	}
	if len(set) == 0 {
		return nil, fmt.Errorf("word list %s is empty", path)
	}
	return set, sc.Err()
}
