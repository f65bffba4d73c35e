package bot

import (
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// candidate is a sentence (or a clause run of one) that may answer.
type candidate struct {
	p          *citebot.Passage
	doc        string
	start, end int // document byte offsets
	line       int
	text       string // exactly the document's bytes[start:end]
	meta       bool   // from a metadata line
	cover      float64
	typ        float64
	score      float64
}

// pairPenalty is what a two-sentence answer gives up against one sentence.
const pairPenalty = 0.15

// scorer scores candidates of one question; it caches what is shared by
// the candidates of a passage. It is used by one goroutine.
type scorer struct {
	q       question
	w       map[string]float64
	pcovers map[pcoverKey]float64
}

type pcoverKey struct {
	p    *citebot.Passage
	meta bool
}

// candidates scores every sentence of the passages, and every pair of
// adjacent sentences that fits an answer, best first. Sentences repeated by
// overlapping chunks are scored once.
func candidates(q question, w map[string]float64, passages []citebot.Passage) []candidate {
	sc := &scorer{q: q, w: w, pcovers: map[pcoverKey]float64{}}
	var out []candidate
	type spanKey struct {
		doc        string
		start, end int
	}
	seen := map[spanKey]bool{}
	for i := range passages {
		p := &passages[i]
		sents := text.Sentences(p.Text)
		for j, s := range sents {
			key := spanKey{p.Doc, p.Start + s.Start, p.Start + s.End}
			if seen[key] {
				continue
			}
			seen[key] = true
			prev := ""
			if j > 0 {
				prev = p.Text[sents[j-1].Start:sents[j-1].End]
			}
			meta := isMeta(p, p.Text[s.Start:s.End])
			out = append(out, sc.candidate(p, s, meta, prev, i, 0))
			if j+1 < len(sents) && sents[j+1].End-s.Start <= maxAnswerBytes && !strings.Contains(p.Text[s.End:sents[j+1].Start], "\n") {
				pair := text.Span{Start: s.Start, End: sents[j+1].End}
				out = append(out, sc.candidate(p, pair, meta || isMeta(p, p.Text[pair.Start:pair.End]), prev, i, pairPenalty))
			}
		}
	}
	sortCandidates(out)
	return out
}

// candidate scores span s of passage p.
func (sc *scorer) candidate(p *citebot.Passage, s text.Span, meta bool, prev string, rank int, penalty float64) candidate {
	c := candidate{p: p, doc: p.Doc, start: p.Start + s.Start, end: p.Start + s.End, text: p.Text[s.Start:s.End], meta: meta}
	c = fit(c, sc.q, sc.w)
	c.line = p.Line + strings.Count(p.Text[:c.start-p.Start], "\n")
	sc.score(&c, prev, rank)
	c.score -= penalty
	return c
}

// score sets cover, typ and score.
func (sc *scorer) score(c *candidate, prev string, rank int) {
	q, w := sc.q, sc.w
	extra := ""
	if c.meta && c.p.Source != nil {
		extra = c.p.Source.Title
	}
	c.cover = coverage(q, w, c.text+" "+extra)
	gain := 0.0
	if prev != "" {
		gain = contextShare * (coverage(q, w, prev+" "+c.text+" "+extra) - c.cover)
	}
	// words of the question named elsewhere in the passage ("the drum" after
	// "the damphu") count for a little
	gain = max(gain, passageShare*(sc.passageCover(c.p, c.meta)-c.cover))
	if gain > 0 {
		c.cover += gain
	}
	c.typ = typeMatch(q.typ, q, c.text, c.meta)
	c.score = c.cover + typeWeight*c.typ + 0.05/float64(rank+1)
	if n := len(c.text); n < 25 && !c.meta {
		c.score -= 0.1
	}
	if isHeading(c.text) && (!c.meta || q.typ != typeAuthor) {
		c.score -= headingPenalty
	}
}

// passageCover is the coverage of a whole passage (with its document's
// title for metadata candidates), computed once per passage.
func (sc *scorer) passageCover(p *citebot.Passage, meta bool) float64 {
	k := pcoverKey{p, meta && p.Source != nil}
	if v, ok := sc.pcovers[k]; ok {
		return v
	}
	txt := p.Text
	if k.meta {
		txt += " " + p.Source.Title
	}
	v := coverage(sc.q, sc.w, txt)
	sc.pcovers[k] = v
	return v
}

// coverage is the weighted share of the question's terms found in s. A
// term counts as found when s has a word of the same stem, or, for longer
// stems, when s holds it inside a word run together with another.
func coverage(q question, w map[string]float64, s string) float64 {
	if len(q.terms) == 0 {
		return 0
	}
	ws := newWordSet(s)
	var got, total float64
	for _, t := range q.terms {
		total += w[t]
		got += w[t] * ws.match(t, q.related[t])
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// wordSet answers whether a text carries a stem.
type wordSet struct {
	stems  map[string]bool
	folded string
	src    string
}

func newWordSet(s string) *wordSet {
	ws := &wordSet{stems: map[string]bool{}, src: s}
	for _, t := range text.Tokens(s) {
		ws.stems[t.Stem] = true
		if w := unglue(t.Norm); w != "" {
			ws.stems[text.Stem(w)] = true
		}
	}
	return ws
}

// unglue returns the word inside a token that scraping ran together with a
// stop word ("portis" → "port", "themaritime" → "maritime"), or "".
func unglue(w string) string {
	if len(w) < 6 || text.IsStop(w) {
		return ""
	}
	for _, n := range []int{2, 3, 4} {
		if n+3 <= len(w) && text.IsStop(w[:n]) && len(w[:n]) >= 2 {
			return w[n:]
		}
		if len(w)-n >= 3 && text.IsStop(w[len(w)-n:]) {
			return w[:len(w)-n]
		}
	}
	return ""
}

// has reports whether the text has a word of stem t, a word the stemmer
// split from it ("bus", "buse" from "buses"), or t inside a word run
// together with another.
func (ws *wordSet) has(t string) bool {
	if ws.stems[t] {
		return true
	}
	for u := range ws.stems {
		if nearStem(t, u) {
			return true
		}
	}
	if len(t) < 5 {
		return false
	}
	if ws.folded == "" {
		ws.folded = text.Fold(ws.src)
	}
	return strings.Contains(ws.folded, t)
}

// match is 1 when the text has stem t (see has), synonymWeight when it
// only has one of related, the synonyms of t ("purchased" for "bought"),
// and 0 otherwise.
func (ws *wordSet) match(t string, related []string) float64 {
	if ws.has(t) {
		return 1
	}
	for _, u := range related {
		if ws.stems[u] {
			return synonymWeight
		}
	}
	return 0
}

// synonymWeight is how much a synonym counts against the word itself.
const synonymWeight = 0.5

// nearStem reports whether two stems are one word the stemmer split
// apart: "bus" and "buse" (from "buses"), "deep" and "deepest", "larg" and
// "largest".
func nearStem(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 3 && (b == a+"e" || b == a+"est" || b == a+"er")
}

// isMeta reports whether a sentence of a passage speaks of its document
// rather than its subject: the title, or a line naming the author,
// publisher or date (a byline, a "Published in" line, an author's bio).
// Such sentences are matched together with the document's title.
func isMeta(p *citebot.Passage, sentence string) bool {
	src := p.Source
	if src == nil {
		return false
	}
	t := strings.TrimSpace(sentence)
	for _, v := range []string{src.Author, src.Publisher} {
		if v != "" && strings.Contains(t, v) {
			return true
		}
	}
	return src.Title != "" && t == strings.TrimSpace(src.Title) ||
		src.Date != "" && len(t) < 120 && strings.Contains(t, src.Date)
}

// headingPenalty is what a heading-like line (a few words, no sentence
// punctuation) loses: it names a topic but answers nothing.
const headingPenalty = 0.3

func isHeading(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':', ';', '"', ')', '\'':
		return false
	}
	return len(text.Tokens(s)) < 8
}
