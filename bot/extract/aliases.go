package extract

import (
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// Limits of the short forms addAliases reads.
const (
	minAlias = 2 // letters of the shortest short form ("da")
	maxAlias = 6 // and of the longest
)

// addAliases relates each term of q whose word a passage introduces as
// the short form of a name, in brackets after it ("Cybermedia
// Technologies (CTEC)"), to the stem of that name's rarest word
// ("cybermedia"), as to a synonym: a sentence naming the thing in full
// ("Founded in 1996, Cybermedia Technologies, Inc. …") names what the
// question abbreviates. The first introduction found stands. It adds
// nothing when the corpus cannot say how rare a word is (q.idf nil).
func addAliases(q question, p *asked.Question, passages []citebot.Passage) {
	if q.idf == nil || len(passages) == 0 {
		return
	}
	terms := setOf(q.terms)
	for _, t := range p.Tokens {
		if !terms[t.Stem] || len(t.Norm) < minAlias || len(t.Norm) > maxAlias || !text.IsLetters(t.Norm) {
			continue
		}
		if stem := aliasOf(t.Norm, passages, q.idf); stem != "" && stem != t.Stem {
			q.related[t.Stem] = append(q.related[t.Stem], stem)
		}
	}
}

// aliasOf returns the stem of the rarest word (by idf) of the first name
// that one of the passages introduces with short form w in brackets after
// it (longForm), or "" when none does.
func aliasOf(w string, passages []citebot.Passage, idf func(stem string) float64) string {
	for _, ps := range passages {
		i := bracketed(ps.Text, w)
		if i < 0 {
			continue
		}
		best, bestIDF := "", 0.0
		for _, t := range text.Tokens(longForm(strings.ToLower(ps.Text[max(0, i-maxBefore):i]), w)) {
			if text.IsStop(t.Norm) {
				continue
			}
			if v := idf(t.Stem); v > bestIDF {
				best, bestIDF = t.Stem, v
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// maxBefore is how many bytes before a bracketed short form longForm
// reads: more than its longest name.
const maxBefore = 200

// bracketed returns where s has the folded word w in brackets, in any
// case ("(CTEC)"), or -1; it allocates nothing, for it reads every
// passage of every question.
func bracketed(s, w string) int {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '(')
		if j < 0 {
			return -1
		}
		k := i + j + 1
		if k+len(w) < len(s) && s[k+len(w)] == ')' && strings.EqualFold(s[k:k+len(w)], w) {
			return i + j
		}
		i = k
	}
}

// longForm returns the end of folded text before that short form short
// abbreviates: its last words when their initials spell short ("impact
// insulation class" of "iic"), else the stretch Schwartz and Hearst find
// (2003): each letter of short, from its last, found further back in
// before, the first at the start of a word, within as many words as short
// has letters and five more (at most twice as many) ("cybermedia
// technologies" of "ctec"); "" when they are not all found so.
func longForm(before, short string) string {
	words := strings.Fields(before)
	if n := len(short); len(words) >= n {
		last := words[len(words)-n:]
		initials := make([]byte, n)
		for i, w := range last {
			initials[i] = w[0]
		}
		if string(initials) == short {
			return strings.Join(last, " ")
		}
	}
	if n := min(len(short)+5, 2*len(short)); len(words) > n {
		words = words[len(words)-n:]
	}
	s := strings.Join(words, " ")
	j := len(s) - 1
	for i := len(short) - 1; i >= 0; i-- {
		c := short[i]
		for j >= 0 && (s[j] != c || i == 0 && j > 0 && isWordByte(s[j-1])) {
			j--
		}
		if j < 0 {
			return ""
		}
		if i > 0 {
			j--
		}
	}
	return s[j:]
}
