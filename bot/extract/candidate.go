package extract

import (
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// candidate is a sentence (or a clause run of one) that may answer.
type candidate struct {
	p          *citebot.Passage
	rank       int // the passage's index among the passages
	doc        string
	start, end int // document byte offsets
	line       int
	text       string // exactly the document's bytes[start:end]
	meta       bool   // from a metadata line
	answer     string // the answer's text when not the sentence itself (metadata)
	pair       bool   // two adjacent sentences
	cover      float64
	window     float64 // coverage with the neighbouring sentences
	prev       float64 // coverage with the sentence before
	typ        float64
	feat       [numFeatures]float64
	prob       float64 // the model's confidence that it answers
}

// scorer scores candidates of one question; it caches what is shared by
// the candidates of a passage. It is used by one goroutine.
type scorer struct {
	a         *Answerer
	q         question
	w         map[string]float64
	pcovers   map[pcoverKey]float64
	nearCache map[[2]string]float64
	unknown   float64 // share of the question's weight the corpus lacks
	passages  []citebot.Passage
	// the question's coverage by all passages (pool), once computed
	poolDone               bool
	poolCover, poolMissing float64
}

type pcoverKey struct {
	p    *citebot.Passage
	meta bool
}

func (a *Answerer) newScorer(q question, w map[string]float64) *scorer {
	return &scorer{a: a, q: q, w: w, pcovers: map[pcoverKey]float64{}, nearCache: map[[2]string]float64{}, unknown: a.unknownShare(q, w)}
}

// candidates scores every sentence of the passages, and every pair of
// adjacent sentences that fits an answer (in passage order: relate ranks
// them). Sentences repeated by overlapping chunks are scored once.
func (a *Answerer) candidates(q question, w map[string]float64, passages []citebot.Passage) []candidate {
	sc := a.newScorer(q, w)
	sc.passages = passages
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
			meta := isMeta(p, p.Text[s.Start:s.End], t.MetaDateMaxBytes)
			out = append(out, sc.candidate(p, sents, j, j, meta, i))
			if j+1 < len(sents) && sents[j+1].End-s.Start <= t.MaxAnswerBytes && !strings.Contains(p.Text[s.End:sents[j+1].Start], "\n") {
				pair := text.Span{Start: s.Start, End: sents[j+1].End}
				out = append(out, sc.candidate(p, sents, j, j+1, meta || isMeta(p, p.Text[pair.Start:pair.End], t.MetaDateMaxBytes), i))
			}
		}
	}
	return out
}

// candidate scores sentences first..last of passage p (the rank-th).
func (sc *scorer) candidate(p *citebot.Passage, sents []text.Span, first, last int, meta bool, rank int) candidate {
	s := text.Span{Start: sents[first].Start, End: sents[last].End}
	c := candidate{p: p, rank: rank, doc: p.Doc, start: p.Start + s.Start, end: p.Start + s.End, text: p.Text[s.Start:s.End], meta: meta, pair: first != last}
	c = sc.fit(c)
	c.line = p.Line + strings.Count(p.Text[:c.start-p.Start], "\n")
	win := text.Span{Start: sents[max(0, first-1)].Start, End: sents[min(len(sents)-1, last+1)].End}
	sc.score(&c, p.Text[win.Start:win.End])
	c.prev = c.cover
	if first > 0 {
		c.prev = max(c.cover, sc.coverage(p.Text[sents[first-1].Start:s.End]))
	}
	sc.features(&c)
	return c
}

// score sets cover, window and typ.
func (sc *scorer) score(c *candidate, window string) {
	extra := ""
	if c.meta && c.p.Source != nil {
		extra = c.p.Source.Title
	}
	c.cover = sc.coverage(c.text + " " + extra)
	c.window = max(c.cover, sc.coverage(window+" "+extra))
	c.typ = sc.a.typeMatch(sc.q.typ, sc.q, c.text, c.meta)
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

// citationOf cites a candidate's exact bytes.
func citationOf(n int, c candidate) citebot.Citation {
	cit := citebot.Citation{N: n, ID: c.p.ID, Doc: c.doc, Start: c.start, End: c.end, Quote: c.text, Supported: true, Line: c.line}
	if s := c.p.Source; s != nil {
		cit.Title, cit.Author, cit.Date = s.Title, s.Author, s.Date
	}
	return cit
}
