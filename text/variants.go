package text

import (
	"regexp"
	"strings"
)

// spellingRules rewrite a British spelling as the American one and back:
// each pair's expressions match the end (or, for "ae" and "oe", the
// inside) of a folded word, and the replacement keeps what the groups
// capture. They are the regular differences of the two spellings, not a
// list of words.
var spellingRules = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`^(.{2,}[^aeiou])ence(s)?$`), "${1}ense${2}"},                                    // licence → license
	{regexp.MustCompile(`^(.{2,}[^aeiou])ense(s)?$`), "${1}ence${2}"},                                    // defense → defence
	{regexp.MustCompile(`^(.{2,})our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less|ism)?$`), "${1}or${2}"}, // colour → color
	{regexp.MustCompile(`^(.{2,}[^aeiou])or(s|ed|ing|ite|ites|able|ably|ful|less)?$`), "${1}our${2}"},    // favor → favour
	{regexp.MustCompile(`^(.{2,})is(e|es|ed|ing|ation|ations|er|ers)$`), "${1}iz${2}"},                   // organise → organize
	{regexp.MustCompile(`^(.{2,})iz(e|es|ed|ing|ation|ations|er|ers)$`), "${1}is${2}"},
	{regexp.MustCompile(`^(.{2,})ys(e|es|ed|ing|er|ers)$`), "${1}yz${2}"}, // analyse → analyze
	{regexp.MustCompile(`^(.{2,})yz(e|es|ed|ing|er|ers)$`), "${1}ys${2}"},
	{regexp.MustCompile(`^(.{2,})([tb])re(s|d)?$`), "${1}${2}er${3}"},      // centre → center
	{regexp.MustCompile(`^(.{2,})([tb])er(s|ed)?$`), "${1}${2}re${3}"},     // fiber → fibre
	{regexp.MustCompile(`^(.{2,})ogue(s)?$`), "${1}og${2}"},                // catalogue → catalog
	{regexp.MustCompile(`^(.{2,})og(s)?$`), "${1}ogue${2}"},                // dialog → dialogue
	{regexp.MustCompile(`^(.{3,})amme(s)?$`), "${1}am${2}"},                // programme → program
	{regexp.MustCompile(`^(.{2,}[aeiou])ll(ed|ing|er|ers)$`), "${1}l${2}"}, // travelled → traveled
	{regexp.MustCompile(`^(.{2,}[aeiou])l(ed|ing|er|ers)$`), "${1}ll${2}"}, // canceled → cancelled
	{regexp.MustCompile(`^(.*[^aeiou])(ae|oe)(.+)$`), "${1}e${3}"},         // paediatric → pediatric
}

// SpellingVariants returns the other spellings of the folded word w by the
// regular differences of British and American English ("licence" →
// "license", "color" → "colour", "organise" → "organize", "centre" →
// "center", "travelled" → "traveled"), for a caller to try against a
// corpus that spells it the other way; nil for a stop word or a word of
// fewer than five letters. A variant need not be a word: a caller keeps
// only those its corpus has.
func SpellingVariants(w string) []string {
	if len(w) < 5 || IsStop(w) || strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return nil
	}
	var out []string
	for _, r := range spellingRules {
		if v := r.re.ReplaceAllString(w, r.repl); v != w && !IsStop(v) {
			out = append(out, v)
		}
	}
	return out
}
