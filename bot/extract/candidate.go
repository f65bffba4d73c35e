package extract

import (
	"sort"
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

// scorer scores candidates of one question; it caches what is shared by
// the candidates of a passage. It is used by one goroutine.
type scorer struct {
	a       *Answerer
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
func (a *Answerer) candidates(q question, w map[string]float64, passages []citebot.Passage) []candidate {
	sc := &scorer{a: a, q: q, w: w, pcovers: map[pcoverKey]float64{}}
	t := &a.tun
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
			meta := isMeta(p, p.Text[s.Start:s.End], t.MetaDateMaxBytes)
			out = append(out, sc.candidate(p, s, meta, prev, i, 0))
			if j+1 < len(sents) && sents[j+1].End-s.Start <= t.MaxAnswerBytes && !strings.Contains(p.Text[s.End:sents[j+1].Start], "\n") {
				pair := text.Span{Start: s.Start, End: sents[j+1].End}
				out = append(out, sc.candidate(p, pair, meta || isMeta(p, p.Text[pair.Start:pair.End], t.MetaDateMaxBytes), prev, i, t.PairPenalty))
			}
		}
	}
	sortCandidates(out)
	return out
}

// candidate scores span s of passage p.
func (sc *scorer) candidate(p *citebot.Passage, s text.Span, meta bool, prev string, rank int, penalty float64) candidate {
	c := candidate{p: p, doc: p.Doc, start: p.Start + s.Start, end: p.Start + s.End, text: p.Text[s.Start:s.End], meta: meta}
	c = sc.fit(c)
	c.line = p.Line + strings.Count(p.Text[:c.start-p.Start], "\n")
	sc.score(&c, prev, rank)
	c.score -= penalty
	return c
}

// score sets cover, typ and score.
func (sc *scorer) score(c *candidate, prev string, rank int) {
	q, t := sc.q, &sc.a.tun
	extra := ""
	if c.meta && c.p.Source != nil {
		extra = c.p.Source.Title
	}
	c.cover = sc.coverage(c.text + " " + extra)
	gain := 0.0
	if prev != "" {
		gain = t.ContextShare * (sc.coverage(prev+" "+c.text+" "+extra) - c.cover)
	}
	// words of the question named elsewhere in the passage ("the drum" after
	// "the damphu") count for a little
	gain = max(gain, t.PassageShare*(sc.passageCover(c.p, c.meta)-c.cover))
	if gain > 0 {
		c.cover += gain
	}
	c.typ = sc.a.typeMatch(q.typ, q, c.text, c.meta)
	c.score = c.cover + t.TypeWeight*c.typ + t.RankBonus/float64(rank+1)
	if n := len(c.text); n < t.ShortBytes && !c.meta {
		c.score -= t.ShortPenalty
	}
	if isHeading(c.text, t.HeadingMaxWords) && (!c.meta || q.typ != typeAuthor) {
		c.score -= t.HeadingPenalty
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
	v := sc.coverage(txt)
	sc.pcovers[k] = v
	return v
}

// coverage is the weighted share of the question's terms found in s. A
// term counts as found when s has a word of the same stem, or, for longer
// stems, when s holds it inside a word run together with another.
func (sc *scorer) coverage(s string) float64 {
	q, w := sc.q, sc.w
	if len(q.terms) == 0 {
		return 0
	}
	ws := newWordSet(s)
	var got, total float64
	for _, t := range q.terms {
		total += w[t]
		got += w[t] * ws.match(t, q.related[t], sc.a.tun.SynonymWeight)
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// isMeta reports whether a sentence of a passage speaks of its document
// rather than its subject: the title, or a line naming the author,
// publisher or date (a byline, a "Published in" line, an author's bio).
// Such sentences are matched together with the document's title.
func isMeta(p *citebot.Passage, sentence string, maxDateLine int) bool {
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
		src.Date != "" && len(t) < maxDateLine && strings.Contains(t, src.Date)
}

// isHeading reports whether s looks like a heading: fewer than maxWords
// words and no sentence punctuation at its end.
func isHeading(s string, maxWords int) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':', ';', '"', ')', '\'':
		return false
	}
	return len(text.Tokens(s)) < maxWords
}

// sortCandidates orders candidates best first, earlier passages first on
// ties.
func sortCandidates(cs []candidate) {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score > cs[j].score })
}

// citationOf cites a candidate's exact bytes.
func citationOf(n int, c candidate) citebot.Citation {
	cit := citebot.Citation{N: n, ID: c.p.ID, Doc: c.doc, Start: c.start, End: c.end, Quote: c.text, Supported: true, Line: c.line}
	if s := c.p.Source; s != nil {
		cit.Title, cit.Author, cit.Date = s.Title, s.Author, s.Date
	}
	return cit
}
