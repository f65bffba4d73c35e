package extract

import (
	"path"
	"regexp"
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
	view       string // text with glued words apart (text.Unglue), to read values and names from
	meta       bool   // from a metadata line
	answer     string // the answer's text when not the sentence itself (metadata)
	before     string // the sentence before it in its passage, if any (contextText)
	pair       bool   // two adjacent sentences
	cover      float64
	window     float64 // coverage with the neighbouring sentences
	prev       float64 // coverage with the sentence before
	pcover     float64 // coverage of the passage
	soft       float64 // soft coverage (matches.go)
	softWindow float64 // soft coverage with the neighbouring sentences
	phrase     float64 // share of the question's word pairs said together
	focus      bool    // mentions the question's focus
	agree      float64 // share of the other passages repeating its values
	typ        float64
	named      bool    // names something (or, for "which X", gives a number or quotes) the question does not
	keyMiss    float64 // weightiest question term missing around it, over the weightiest
	novel      float64 // share of its content words new to the question
	near       float64 // how near a value of the asked kind is to a question word
	rare       bool    // names something new with a word no dictionary lists
	feat       [numFeatures]float64
	prob       float64 // the model's confidence that it answers
}

// scorer scores candidates of one question; it caches what is shared by
// the candidates of a passage. It is used by one goroutine.
type scorer struct {
	a         *Answerer
	q         question
	w         map[string]float64
	nearCache map[[2]string]float64
	unknown   float64 // share of the question's weight the corpus lacks
	passages  []citebot.Passage
	psets     map[*citebot.Passage]*wordSet // passages' words, for yearConflict
	agree     map[agreeKey]float64          // agreement of sentences
	terms     map[string]bool               // the question's terms
	names     []nameHead                    // the question's names said in full in the passages (surname.go)
	writers   map[*citebot.Source][]int     // per document, the question's terms naming its author (writerTerms)
}

func (a *Answerer) newScorer(q question, w map[string]float64) *scorer {
	return &scorer{a: a, q: q, w: w, psets: map[*citebot.Passage]*wordSet{}, agree: map[agreeKey]float64{}, nearCache: map[[2]string]float64{}, unknown: a.unknownShare(q, w), terms: setOf(q.terms)}
}

// candidates scores every sentence of the passages, and every pair of
// adjacent sentences that fits an answer (in passage order: relate ranks
// them). Sentences repeated by overlapping chunks are scored once.
func (a *Answerer) candidates(q question, w map[string]float64, passages []citebot.Passage) []candidate {
	sc := a.newScorer(q, w)
	sc.passages = passages
	sc.names = sc.nameHeads(passages)
	t := &a.tun
	var out []candidate
	type spanKey struct {
		doc        string
		start, end int
	}
	seen := map[spanKey]bool{}
	var all []*termMatches
	for i := range passages {
		p := &passages[i]
		ps := sc.sentences(p)
		all = append(all, ps.ms...)
		for j, s := range ps.spans {
			key := spanKey{p.Doc, p.Start + s.Start, p.Start + s.End}
			if seen[key] {
				continue
			}
			seen[key] = true
			meta := isMeta(p, p.Text[s.Start:s.End], t.MetaDateMaxBytes)
			if !meta && text.IsMarkdownHeading(p.Text[s.Start:s.End]) {
				continue // a section's name, not an answer; its words count in its neighbours' window
			}
			if !meta && isQuestionLine(p.Text, s) {
				continue // a FAQ's question: the lines below it answer
			}
			if !meta && isNumberedHeading(p.Text[s.Start:s.End], t.HeadingMaxWords) {
				continue // "3 Memory Usage": a section's name; its number answers no "how much"
			}
			paired, alone := j+1 < len(ps.spans) && ps.spans[j+1].End-s.Start <= t.MaxAnswerBytes, true
			if paired {
				paired, alone = pairing(p.Text, s, ps.spans[j+1])
			}
			if alone {
				out = append(out, sc.candidate(p, ps, j, j, meta, i))
			}
			if paired {
				pair := text.Span{Start: s.Start, End: ps.spans[j+1].End}
				out = append(out, sc.candidate(p, ps, j, j+1, meta || isMeta(p, p.Text[pair.Start:pair.End], t.MetaDateMaxBytes), i))
			}
		}
	}
	pool, missing := sc.pool(all)
	for i := range out {
		out[i].feat[fCoverPool], out[i].feat[fMissing] = pool, missing
	}
	return out
}

// faqMaxWords is the most words a FAQ's question has: a longer question
// on a line of its own is a paragraph of prose that asks ("Is the coach
// suddenly concerned … because the NCAA is looking into whether the
// player accepted $100,000 …, or …?") and may carry what it asks about.
const faqMaxWords = 30

// isQuestionLine reports whether the sentence s of txt is a question on a
// line of its own ("1.1. How do you pronounce Valgrind?", a FAQ's entry),
// not one asked within a paragraph, or at a paragraph's length
// (faqMaxWords), which may carry what it asks about.
func isQuestionLine(txt string, s text.Span) bool {
	q := strings.TrimSpace(txt[s.Start:s.End])
	if !strings.HasSuffix(q, "?") || len(strings.Fields(q)) > faqMaxWords {
		return false
	}
	before, after := txt[:s.Start], txt[s.End:]
	before = before[strings.LastIndexByte(before, '\n')+1:]
	if i := strings.IndexByte(after, '\n'); i >= 0 {
		after = after[:i]
	}
	return strings.TrimSpace(before) == "" && strings.TrimSpace(after) == ""
}

// reSectionNumber matches a section number opening a line: "3 ", "2.1 ",
// "1.2. ", not a year.
var reSectionNumber = regexp.MustCompile(`^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}`)

// isNumberedHeading reports whether s is the heading of a numbered section
// of a manual ("3 Memory Usage", "2.1. Removal of the packages"): a section number, then
// a heading (isHeading).
func isNumberedHeading(s string, maxWords int) bool {
	s = strings.TrimSpace(s)
	return s != "" && text.IsDigit(s[0]) && reSectionNumber.MatchString(s) && isHeading(s, maxWords)
}

// pairing reports whether sentences s and next of txt may answer together
// (pair): they are in one line, or s ends with a colon that introduces next
// on a line below ("To install it, run:" above a command or a list), but
// never across a code fence (text.IsFence), whose marks would be quoted.
// A sentence that introduces next so says nothing without it, and answers
// alone only when it cannot pair and what it introduces is no fenced
// code, which answers on its own.
func pairing(txt string, s, next text.Span) (pair, alone bool) {
	gap := txt[s.End:next.Start]
	introduces := strings.HasSuffix(txt[s.Start:s.End], ":")
	for line := range strings.Lines(gap) {
		if text.IsFence(strings.TrimSpace(line)) {
			return false, !introduces
		}
	}
	if !strings.Contains(gap, "\n") {
		return true, true
	}
	return introduces, !introduces
}

// passageSents are a passage's sentences, their matches of the question,
// and those of its document's title (nil when it has none).
type passageSents struct {
	spans []text.Span
	ms    []*termMatches
	title *termMatches
}

// sentences splits a passage into sentences and matches each, and its
// title, against the question.
func (sc *scorer) sentences(p *citebot.Passage) passageSents {
	ps := passageSents{spans: text.SentencesOf(p)}
	for _, s := range ps.spans {
		m := sc.matches(p.Text[s.Start:s.End])
		sc.writerSays(&m, p.Source)
		ps.ms = append(ps.ms, &m)
	}
	if name := docName(p); name != "" {
		m := sc.matches(name)
		ps.title = &m
	}
	return ps
}

// docName is what names a passage's document: its title, or, when it
// has none, its file name without the extension and with separators
// read as spaces ("fsnotify-README.md": "fsnotify README"); "" when the
// passage has no source.
func docName(p *citebot.Passage) string {
	if p.Source == nil {
		return ""
	}
	if p.Source.Title != "" {
		return p.Source.Title
	}
	base := path.Base(p.Source.Path)
	base = strings.TrimSuffix(base, path.Ext(base))
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r == '.' {
			return ' '
		}
		return r
	}, base)
}

// candidate scores sentences first..last of passage p (the rank-th).
func (sc *scorer) candidate(p *citebot.Passage, ps passageSents, first, last int, meta bool, rank int) candidate {
	s := text.Span{Start: ps.spans[first].Start, End: ps.spans[last].End}
	c := candidate{p: p, rank: rank, doc: p.Doc, start: p.Start + s.Start, end: p.Start + s.End, text: p.Text[s.Start:s.End], meta: meta, pair: first != last}
	c = sc.fit(c)
	c.line = p.Line + strings.Count(p.Text[:c.start-p.Start], "\n")
	if first > 0 {
		c.before = p.Text[ps.spans[first-1].Start:ps.spans[first-1].End]
	}
	own := ps.ms[first : last+1]
	if c.text != p.Text[s.Start:s.End] { // cut to its best clauses
		m := sc.matches(c.text)
		sc.writerSays(&m, p.Source)
		own = []*termMatches{&m}
	}
	if first == last || c.text != p.Text[s.Start:s.End] {
		c.agree = sc.agreement(&c)
	} else { // a pair: what either sentence's values find
		for j := first; j <= last; j++ {
			one := candidate{p: p, start: p.Start + ps.spans[j].Start, end: p.Start + ps.spans[j].End, text: p.Text[ps.spans[j].Start:ps.spans[j].End]}
			c.agree = max(c.agree, sc.agreement(&one))
		}
	}
	sc.measure(&c, own, ps.title, ps.ms[max(0, first-1):min(len(ps.ms), last+2)], ps.ms[max(0, first-1):last+1], ps.ms)
	return c
}

// measure sets a candidate's coverages and features from the matches of
// its own text, of its document's title (nil when it has none), and of its
// window, its text with the sentence before, and its passage. The title
// counts with the window, as the subject every sentence of the document
// speaks of (in a biography, "He finished his career with 172 receptions"
// is about the title's Terrence Murphy), and with the candidate's own text
// when that is a metadata line, of which the title is part, and the
// question asks for metadata (asksMeta): for another question a byline
// says no more than its name.
func (sc *scorer) measure(c *candidate, own []*termMatches, title *termMatches, window, prev, passage []*termMatches) {
	with := func(ms []*termMatches) []*termMatches {
		if title == nil {
			return ms
		}
		return append(ms[:len(ms):len(ms)], title)
	}
	c.view = text.Unglue(text.PlainSpaces(c.text)) // "in\u00a0Tribeca" read as "in Tribeca"
	if c.meta && sc.asksMeta() {
		c.cover = sc.cover(false, with(own)...)
	} else {
		c.cover = sc.cover(false, own...)
	}
	c.window = max(c.cover, sc.cover(false, with(window)...))
	c.prev = max(c.cover, sc.cover(false, prev...))
	c.pcover = sc.cover(false, passage...)
	c.soft = sc.cover(true, own...)
	c.softWindow = max(c.soft, sc.cover(true, window...))
	c.focus = mentionsFocus(own)
	c.phrase = sc.phraseShare(own)
	c.typ = sc.a.typeMatch(sc.q.typ, sc.q, c.view, c.meta)
	if sc.q.typ == typeDefine && c.typ < 1 && c.view != c.text {
		// the view parts a name in camel case ("BioSense, a public health
		// system" reads "Bio Sense, a"), which the question types whole
		c.typ = max(c.typ, sc.a.typeMatch(sc.q.typ, sc.q, c.text, c.meta))
	}
	if sc.q.event != "" && c.typ > 0 && !c.meta && !sc.a.saysRole(c.before+" "+c.text, sc.q, sc.q.event) {
		c.typ = 0 // "when was yeti airlines founded": "its worst crash, in January" dates another event
	}
	if sc.q.field == metaTitle {
		// the document's own title is the value asked for, and only the
		// metadata answer (metaCandidate) gives it: the byline that
		// repeats the author the question names does not
		c.typ = boolf(c.answer != "")
	}
	c.named, c.rare = sc.named(own)
	if n := sc.q.listN; n > 1 && asksName(sc.q.typ) {
		// "which four countries": a sentence naming three holds three
		// quarters of the answer, and names none of the four asked
		runs := sc.nameRuns(own)
		c.typ *= min(1, float64(runs)/float64(n))
		c.named = c.named && runs >= n
	}
	c.keyMiss = sc.keyMissing(window)
	c.novel = sc.novelShare(own)
	c.near = sc.valueNear(own)
	sc.features(c)
}

// coverage is the weighted share of the question's terms found in s. A
// term counts as found when s has a word of the same stem, or, for longer
// stems, when s holds it inside a word run together with another.
func (sc *scorer) coverage(s string) float64 {
	q, w := sc.q, sc.w
	if len(q.terms) == 0 {
		return 0
	}
	ws := wordSetOf(s, q.tokens(s))
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
	return isTitle(src, t) || src.Date != "" && len(t) < maxDateLine && strings.Contains(t, src.Date)
}

// isTitle reports whether sentence is the title of src and nothing more.
func isTitle(src *citebot.Source, sentence string) bool {
	return src != nil && src.Title != "" && strings.TrimSpace(sentence) == strings.TrimSpace(src.Title)
}

// cite makes c cite the span of s, another sentence holding the same
// answer, leaving what c was weighed as (its features) as it is.
func (c *candidate) cite(s candidate) {
	c.p, c.doc, c.start, c.end, c.text, c.line = s.p, s.doc, s.start, s.end, s.text, s.line
}

// citationOf cites a candidate's exact bytes.
func citationOf(n int, c candidate) citebot.Citation {
	cit := citebot.Citation{N: n, ID: c.p.ID, Doc: c.doc, Start: c.start, End: c.end, Quote: c.text, Supported: true, Line: c.line}
	if s := c.p.Source; s != nil {
		cit.Title, cit.Author, cit.Date = s.Title, s.Author, s.Date
	}
	return cit
}

// keyMissing is the weight of the weightiest question term that ms
// together lack (softly), over the weight of the weightiest term.
func (sc *scorer) keyMissing(ms []*termMatches) float64 {
	var top, miss float64
	for i, t := range sc.q.terms {
		found := 0.0
		for _, m := range ms {
			found = max(found, m.soft[i])
		}
		top = max(top, sc.w[t])
		miss = max(miss, sc.w[t]*(1-found))
	}
	if top == 0 {
		return 0
	}
	return miss / top
}

// novelShare is the share of the content words of ms that the question
// does not have: what an answer adds to the question.
func (sc *scorer) novelShare(ms []*termMatches) float64 {
	n, novel := 0, 0
	for _, m := range ms {
		for _, s := range m.stems {
			n++
			if !sc.q.words[s] && !sc.terms[s] {
				novel++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(novel) / float64(n)
}

func setOf(ss []string) map[string]bool {
	m := make(map[string]bool, len(ss))
	for _, s := range ss {
		m[s] = true
	}
	return m
}
