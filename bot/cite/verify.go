package cite

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// minSupport is the share of a sentence's content words that its cited
// spans must carry for the citation to count as supported.
const minSupport = 0.6

// claim is a sentence of an answer with the citations it carries.
type claim struct {
	text  string // the sentence without its markers
	cites []int  // citation numbers
}

// claims groups an answer's markers by sentence; sents are the answer's
// sentences (text.Sentences). A marker that opens a sentence ("... in
// 2014. [1] The ...") belongs to the sentence before. It also returns how
// many sentences carry no marker at all.
func claims(answer string, sents []text.Span, marks []Mark) ([]claim, int) {
	spans := splitAfterMarks(answer, sents, marks)
	if len(spans) == 0 {
		return nil, 0
	}
	byLine := make([][]Mark, len(spans))
	for _, m := range marks {
		i := sort.Search(len(spans), func(i int) bool { return spans[i].End > m.Start }) // first span ending after it
		i = min(i, len(spans)-1)
		if i > 0 && (m.Start < spans[i].Start || !hasWord(answer[spans[i].Start:m.Start])) {
			i--
		}
		byLine[i] = append(byLine[i], m)
	}
	var out []claim
	uncited := 0
	for i, sp := range spans {
		c := claim{text: strings.TrimSpace(strip(answer, sp, marks))}
		for _, m := range byLine[i] {
			c.cites = append(c.cites, m.Cites...)
		}
		switch {
		case len(c.cites) > 0:
			out = append(out, c)
		case hasWord(c.text):
			uncited++
		}
	}
	return out, uncited
}

// splitAfterMarks splits sentences that a marker placed after the full
// stop glues together ("... in 2014. [1] Then ..."): the sentence tokenizer
// does not break there.
func splitAfterMarks(answer string, spans []text.Span, marks []Mark) []text.Span {
	var out []text.Span
	for _, sp := range spans {
		for _, m := range marks {
			if m.Start <= sp.Start || m.End >= sp.End {
				continue
			}
			before := strings.TrimRight(answer[sp.Start:m.Start], " \t")
			if strings.HasSuffix(before, ".") || strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, "。") {
				if end := nextMarkEnd(m, marks); hasWord(answer[end:sp.End]) {
					out = append(out, text.Trim(answer, text.Span{Start: sp.Start, End: end}))
					sp.Start = end
				}
			}
		}
		if sp = text.Trim(answer, sp); sp.End > sp.Start {
			out = append(out, sp)
		}
	}
	return out
}

// nextMarkEnd returns the end of the run of adjacent markers starting
// with m ("[1][2]").
func nextMarkEnd(m Mark, marks []Mark) int {
	end := m.End
	for _, n := range marks {
		if n.Start == end {
			end = n.End
		}
	}
	return end
}

// strip returns the text of sentence sp with every marker removed.
func strip(answer string, sp text.Span, marks []Mark) string {
	var b strings.Builder
	at := sp.Start
	for _, m := range marks {
		if m.End <= sp.Start || m.Start >= sp.End {
			continue
		}
		b.WriteString(answer[at:max(at, m.Start)])
		at = min(max(at, m.End), sp.End)
	}
	b.WriteString(answer[at:sp.End])
	return b.String()
}

func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// facts is what a sentence asserts, for the support check.
type facts struct {
	terms  map[string]bool   // stems of its content words
	strict []string          // folded numbers and proper names: each must be quoted
	shown  map[string]string // a strict item as the sentence writes it
}

// factsOf analyses a claim. Numbers (dates included) and capitalised words
// other than stop words are strict. A sentence's first word counts as a
// name only when it is an acronym or the cited passages write it
// capitalised too: "According to..." is not a name, "Musharraf visited..."
// is.
func factsOf(claim string, cited []citebot.Passage) facts {
	f := facts{terms: map[string]bool{}, shown: map[string]string{}}
	seen := map[string]bool{}
	for i, t := range text.Tokens(claim) {
		if text.IsStop(t.Norm) {
			continue
		}
		f.terms[t.Stem] = true
		word := claim[t.Start:t.End]
		r, _ := utf8.DecodeRuneInString(word)
		isNum := unicode.IsDigit(r)
		isName := unicode.IsUpper(r) && (i > 0 || isAcronym(word) || capitalizedIn(t.Norm, cited))
		if (isNum || isName) && !seen[t.Norm] {
			seen[t.Norm] = true
			f.strict = append(f.strict, t.Norm)
			f.shown[t.Norm] = word
		}
	}
	return f
}

func isAcronym(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w
}

// capitalizedIn reports whether a passage writes the folded word norm with
// a capital.
func capitalizedIn(norm string, ps []citebot.Passage) bool {
	for _, p := range ps {
		for _, t := range text.Tokens(p.Text) {
			if t.Norm == norm {
				if text.Capitalised(p.Text[t.Start:]) {
					return true
				}
			}
		}
	}
	return false
}

// words is the vocabulary of a span: stems and folded forms.
type words struct{ stems, norms map[string]bool }

func wordsOf(s string) words {
	w := words{stems: map[string]bool{}, norms: map[string]bool{}}
	for _, t := range text.Tokens(s) {
		w.stems[t.Stem], w.norms[t.Norm] = true, true
	}
	return w
}

// score counts what of f the words carry: a point per content word, one
// more per strict item.
func (f facts) score(w words) int {
	n := 0
	for t := range f.terms {
		if w.stems[t] {
			n++
		}
	}
	for _, s := range f.strict {
		if w.norms[s] {
			n++
		}
	}
	return n
}

// bestSpan returns the span of p.Text, one sentence or two adjacent ones,
// that carries most of f; ties go to the shorter span.
func bestSpan(p citebot.Passage, f facts) text.Span {
	sents := text.SentencesOf(&p)
	if len(sents) == 0 {
		return text.Trim(p.Text, text.Span{Start: 0, End: len(p.Text)})
	}
	best, bestScore := sents[0], -1
	for i := range sents {
		for j := i; j < min(i+2, len(sents)); j++ {
			sp := text.Span{Start: sents[i].Start, End: sents[j].End}
			s := f.score(wordsOf(p.Text[sp.Start:sp.End]))
			if s > bestScore || s == bestScore && sp.End-sp.Start < best.End-best.Start {
				best, bestScore = sp, s
			}
		}
	}
	return best
}

// support checks a claim against the union of its cited spans: the spans
// must carry minSupport of its content words and every strict item. It
// returns a reason when they do not.
func support(f facts, spans []string) (bool, string) {
	w := wordsOf(strings.Join(spans, "\n"))
	if len(f.terms) == 0 {
		return false, "the sentence has no content words to check"
	}
	var missing []string
	for _, s := range f.strict {
		if !w.norms[s] {
			missing = append(missing, f.shown[s])
		}
	}
	covered := 0
	for t := range f.terms {
		if w.stems[t] {
			covered++
		}
	}
	share := float64(covered) / float64(len(f.terms))
	switch {
	case len(missing) > 0:
		return false, fmt.Sprintf("the cited text does not mention %s", strings.Join(missing, ", "))
	case share < minSupport:
		return false, fmt.Sprintf("the cited text carries only %d of its %d content words", covered, len(f.terms))
	}
	return true, ""
}

// check cites claim c from the passages it cites, in the order of its
// citation numbers, and returns why it is unsupported ("" when it is).
func check(c claim, cited []citebot.Passage) ([]citebot.Citation, string) {
	f := factsOf(c.text, cited)
	quotes := make([]string, len(c.cites))
	spans := make([]text.Span, len(c.cites))
	for i, p := range cited {
		spans[i] = bestSpan(p, f)
		quotes[i] = p.Text[spans[i].Start:spans[i].End]
	}
	ok, why := support(f, quotes)
	out := make([]citebot.Citation, len(c.cites))
	for i, n := range c.cites {
		out[i] = citeSpan(n, cited[i], spans[i], ok && f.score(wordsOf(quotes[i])) > 0)
	}
	return out, why
}

// citeSpan cites span sp of passage p as citation n.
func citeSpan(n int, p citebot.Passage, sp text.Span, supported bool) citebot.Citation {
	c := citebot.Citation{N: n, ID: p.ID, Doc: p.Doc, Start: p.Start + sp.Start, End: p.Start + sp.End, Quote: p.Text[sp.Start:sp.End], Supported: supported}
	if p.Line > 0 {
		c.Line = p.Line + strings.Count(p.Text[:sp.Start], "\n")
	}
	if s := p.Source; s != nil {
		c.Title, c.Author, c.Date = s.Title, s.Author, s.Date
	}
	return c
}

// numbers writes "citation [2]" or "citations [2], [3]".
func numbers(what string, ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = fmt.Sprintf("[%d]", n)
	}
	if len(ns) > 1 {
		what += "s"
	}
	return what + " " + strings.Join(parts, ", ")
}

// dontKnowPhrases are how models say the passages do not answer.
var dontKnowPhrases = []string{
	"do not contain the answer", "does not contain the answer", "don't contain the answer",
	"passages do not", "passages don't", "passages does not", "documents do not", "the text does not",
	"i don't know", "i do not know", "cannot answer", "can't answer", "unable to answer",
	"no information", "not enough information", "not mentioned", "not provided",
}

// DontKnow reports whether an answer's first sentence says the passages
// do not answer.
func DontKnow(answer string) bool {
	return dontKnowIn(answer, text.Sentences(answer))
}

// dontKnowIn is DontKnow for an answer already split into its sentences
// sents (text.Sentences); without sentences the whole answer is read.
func dontKnowIn(answer string, sents []text.Span) bool {
	first := answer
	if len(sents) > 0 {
		first = answer[sents[0].Start:sents[0].End]
	}
	f := text.Fold(first)
	for _, p := range dontKnowPhrases {
		if strings.Contains(f, p) {
			return true
		}
	}
	return false
}
