package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// metaSource returns the document whose title the question names, among
// those of the passages that have a value for field, and that value, or
// else the document it names by what it says (topSource); it reports
// false when the question names no such document closely enough.
func (a *Answerer) metaSource(q question, field metaField, passages []citebot.Passage) (*citebot.Source, string, bool) {
	src, v, _, ok := a.namedSource(q, field, passages)
	return src, v, ok
}

// namedSource is metaSource, and returns too what named the document
// when that was not its title, site or ID: what its passages say
// (topSource), or its author (namesAuthor); "" otherwise.
func (a *Answerer) namedSource(q question, field metaField, passages []citebot.Passage) (src *citebot.Source, v, said string, ok bool) {
	if field == metaTitle {
		src, v, ok = a.titleSource(q, passages)
		return src, v, "", ok
	}
	score := 0.0
	seen := map[string]bool{} // a document's passages share its metadata: judge it once
	for _, p := range passages {
		if p.Source == nil || value(p.Source, field) == "" || seen[p.Source.Path] {
			continue
		}
		seen[p.Source.Path] = true
		s, by := a.titleMatch(q, p.Source), ""
		if field != metaPublisher && (namesSite(q, p.Source) && soleSite(p.Source, passages) || namesID(q, p.Source)) {
			s = max(s, a.tun.TitleMinMatch) // "the Reuters report", "the National Geographic article", "the dw piece"
		}
		if s < a.tun.TitleMinMatch && field != metaAuthor && namesAuthor(q, p.Source, passages) {
			s, by = a.tun.TitleMinMatch, p.Source.Author // "the article by ghazali": named by its author, as by a title
		}
		if s > score {
			src, score, said = p.Source, s, by
		}
	}
	if src == nil || score < a.tun.TitleMinMatch {
		if src = a.soleTitle(q, field, passages); src != nil {
			return src, value(src, field), "", true
		}
		return a.topSource(q, field, passages)
	}
	return src, value(src, field), said, true
}

// soleTitle returns the one document, among the passages' documents with
// a value for field, whose title carries every word of the question on
// the subject when those are too few to reach TitleMinMatch of it ("who
// wrote the mushroom article": "Magic Mushrooms Create a Hyperconnected
// Brain"); nil when the question has no such word, or when no document or
// more than one carries them (two titles on the bridge name neither).
func (a *Answerer) soleTitle(q question, field metaField, passages []citebot.Passage) *citebot.Source {
	var found *citebot.Source
	for _, p := range passages {
		if p.Source == nil || value(p.Source, field) == "" || found != nil && p.Source.Path == found.Path {
			continue
		}
		if in, own := a.shareIn(q, text.Terms(p.Source.Title)); own == 0 || in < own {
			continue
		}
		if found != nil {
			return nil
		}
		found = p.Source
	}
	return found
}

// topSource returns the document of the best passage and its value for
// field, when the question names the document by what it says (q.about:
// "who wrote the op-ed about the drills") rather than by its title, and
// that document's passages say it: they carry at least TitleMinMatch of
// those terms, counting synonyms and near spellings, as a title must; and
// what those passages say (saying). It reports false for any other
// question, or when that document has no value for field.
func (a *Answerer) topSource(q question, field metaField, passages []citebot.Passage) (src *citebot.Source, v, said string, ok bool) {
	if len(q.about) == 0 || len(passages) == 0 || passages[0].Source == nil {
		return nil, "", "", false
	}
	src = passages[0].Source
	if v = value(src, field); v == "" {
		return nil, "", "", false
	}
	w := make(map[string]float64, len(q.about))
	for _, t := range q.about {
		w[t] = 1
	}
	sc := a.newScorer(q, w)
	said = saying(src, passages)
	if m := sc.matches(said); sc.cover(true, &m) < a.tun.TitleMinMatch {
		return nil, "", "", false
	}
	return src, v, said, true
}

// saying returns what the passages of src among passages say, joined:
// what names src when a question names it by what it says (topSource).
func saying(src *citebot.Source, passages []citebot.Passage) string {
	var texts []string
	for _, p := range passages {
		if p.Source != nil && p.Source.Path == src.Path {
			texts = append(texts, p.Text)
		}
	}
	return strings.Join(texts, "\n\n")
}

// titleSource returns the document whose title a question asking for one
// means, and that title: among the passages' documents with a title, the
// one whose title and site carry the largest share of the question's
// words on the subject ("the headline of Mashable's review of Dune": the
// Mashable page "The new 'Dune' is a great start ..."; its author's name
// counts too), or the one the question names by its ID (namesID: "the
// ulid README"), the best ranked on ties. It reports false when no title
// carries any of them.
func (a *Answerer) titleSource(q question, passages []citebot.Passage) (*citebot.Source, string, bool) {
	src, score := (*citebot.Source)(nil), 0.0
	seen := map[string]bool{} // a document's passages share its title: judge it once
	for _, p := range passages {
		if p.Source == nil || p.Source.Title == "" || seen[p.Source.Path] {
			continue
		}
		seen[p.Source.Path] = true
		in, own := a.namedShare(q, p.Source)
		s := float64(in) / float64(max(own, 1))
		if namesID(q, p.Source) {
			s, in = 1, max(in, 1) // "the title of the ulid README": the document's ID names it
		}
		if in > 0 && s > score {
			src, score = p.Source, s
		}
	}
	if src == nil {
		return nil, "", false
	}
	return src, src.Title, true
}

// namesSite reports whether the question carries every word of the site
// or publication of src ("Which Reuters journalist...").
func namesSite(q question, src *citebot.Source) bool {
	site := text.Terms(src.Publisher)
	for _, t := range site {
		if !slices.Contains(q.terms, t) {
			return false
		}
	}
	return len(site) > 0
}

// namesID reports whether the question names the document by its ID
// (asked.NamesID: "who wrote the dw piece", "The Atlantic's article").
func namesID(q question, src *citebot.Source) bool {
	return asked.NamesID(text.Tokens(q.text), src.ID)
}

// namesAuthor reports whether the question says the surname of the
// author of src, a word no dictionary lists ("when was the article by
// ghazali published"), which no other document among the passages has
// an author of.
func namesAuthor(q question, src *citebot.Source, passages []citebot.Passage) bool {
	name := surname(src.Author)
	if name == "" || text.Spelt(name) || !q.words[name] && !q.words[name+"s"] { // "ghazalis piece", as typed in a chat
		return false
	}
	for _, p := range passages {
		if p.Source != nil && p.Source.Path != src.Path && surname(p.Source.Author) == name {
			return false
		}
	}
	return true
}

// surname returns the folded last word of author, or "".
func surname(author string) string {
	toks := text.Tokens(author)
	if len(toks) == 0 {
		return ""
	}
	return toks[len(toks)-1].Norm
}

// soleSite reports whether no other document among the passages has the
// publisher of src: naming the site then names the document.
func soleSite(src *citebot.Source, passages []citebot.Passage) bool {
	for _, p := range passages {
		if p.Source != nil && p.Source.Path != src.Path && strings.EqualFold(p.Source.Publisher, src.Publisher) {
			return false
		}
	}
	return true
}

// metaCandidate is the answer to a question about a document's author,
// publisher, date or title from the metadata of the document the question
// names (by its title, or for its title by its site, author or subject).
// It is weighed as the shortest sentence of the document where the value
// stands, found among the passages or else among more, and cites the one
// where it stands first among both (its byline). It reports false when it
// cannot answer so.
func (a *Answerer) metaCandidate(q question, w map[string]float64, field metaField, passages, more []citebot.Passage) (candidate, bool) {
	src, v, said, ok := a.namedSource(q, field, passages)
	if !ok {
		return candidate{}, false
	}
	c, first, ok := sentencesWith(src, v, passages)
	if c2, first2, ok2 := sentencesWith(src, v, more); ok2 {
		if !ok {
			c, first = c2, first2
			c.rank = len(passages)
		} else if first2.start < first.start {
			first = first2
		}
		ok = true
	}
	if !ok {
		return candidate{}, false
	}
	if field == metaTitle {
		c.answer = fmt.Sprintf("The title is %q", v)
	} else {
		verb := map[metaField]string{metaAuthor: "was written by", metaPublisher: "appeared in", metaDate: "is dated"}[field]
		c.answer = fmt.Sprintf("%q %s %s", src.Title, verb, v)
	}
	c.meta = true
	sc := a.newScorer(q, w)
	sc.passages = passages
	ps := sc.sentences(c.p)
	if said != "" {
		named := sc.matches(said) // what names the document: what it says
		ps.title = &named
	}
	m := sc.matches(c.text)
	own := []*termMatches{&m}
	c.agree = sc.agreement(&c)
	sc.measure(&c, own, ps.title, own, own, ps.ms)
	c.feat[fMetaAnswer] = 1
	if first.start < c.start {
		c.cite(first) // the byline, weighed as the sentence above
	}
	if field == metaAuthor && q.alsoDate && src.Date != "" {
		if d, ok := withDate(c, src, passages, more); ok {
			c.answer += " and is dated " + src.Date
			c.cite(d)
		}
	}
	return c, true
}

// withDate returns the byline c cites together with the line of its
// document's date, when the date stands within dateGap lines of it in
// the same passage ("By Jane Roe" over "Published: May 9, 2013"), for a
// question that asks who wrote a document and when. It reports false
// when the date stands elsewhere: one citation cannot cover both.
func withDate(c candidate, src *citebot.Source, passages, more []citebot.Passage) (candidate, bool) {
	_, d, ok := sentencesWith(src, src.Date, passages)
	if !ok || d.p != c.p {
		_, d, ok = sentencesWith(src, src.Date, more)
	}
	if !ok || d.p != c.p || d.line-c.line > dateGap || c.line-d.line > dateGap {
		return candidate{}, false
	}
	start, end := min(c.start, d.start), max(c.end, d.end)
	out := c
	out.start, out.end, out.line = start, end, min(c.line, d.line)
	out.text = c.p.Text[start-c.p.Start : end-c.p.Start]
	return out, true
}

// dateGap is how many lines apart a byline and its date may stand to be
// cited as one span.
const dateGap = 4

func value(s *citebot.Source, f metaField) string {
	switch f {
	case metaAuthor:
		return s.Author
	case metaPublisher:
		return s.Publisher
	case metaDate:
		return s.Date
	case metaTitle:
		return s.Title
	}
	return ""
}

// titleMatch is how well the question names a document: the share of
// the title's content words that the question carries, or, when higher
// and the question carries two of them at least, the share of the
// question's words on the subject (not on documents: "article", "first
// published") that the title, the site's name or the author carries
// (namedShare: "the Ars Technica story about the Minecraft exploit").
func (a *Answerer) titleMatch(q question, src *citebot.Source) float64 {
	tt := text.Terms(src.Title)
	if len(tt) == 0 {
		return 0
	}
	inTitle := 0
	for _, t := range tt {
		if slices.Contains(q.terms, t) {
			inTitle++
		}
	}
	inName, own := a.namedShare(q, src)
	share := float64(inTitle) / float64(len(tt))
	if inName >= 2 {
		share = max(share, float64(inName)/float64(own))
	}
	return share
}

// namedShare returns how many of the question's words on the subject (not
// on documents: "article", "first published") the title, the site's name
// or the author of src carries ("the title of Jane Roe's March post"),
// and how many there are.
func (a *Answerer) namedShare(q question, src *citebot.Source) (in, own int) {
	return a.shareIn(q, slices.Concat(text.Terms(src.Title), text.Terms(src.Publisher), text.Terms(src.Author)))
}

// shareIn returns how many of the question's words on the subject (not on
// documents) are among names, and how many there are.
func (a *Answerer) shareIn(q question, names []string) (in, own int) {
	for _, t := range q.terms {
		if a.lex.docWords[t] {
			continue
		}
		own++
		if slices.Contains(names, t) {
			in++
		}
	}
	return in, own
}

// sentencesWith returns, among the passages, the shortest sentence of
// src's document that contains v and the one that stands first in it (a
// byline or dateline above the article rather than a closing "Follow
// Jane Roe on Twitter"), first among those that spell v as it is, case
// and all: the metadata's value is cut from its line, so "By CARL ZIMMER"
// is cited rather than "Carl Zimmer talks about …" above it.
func sentencesWith(src *citebot.Source, v string, passages []citebot.Passage) (shortest, first candidate, ok bool) {
	want := text.Fold(v)
	exact := false
	for i := range passages {
		p := &passages[i]
		if p.Doc != src.Path {
			continue
		}
		for _, s := range text.SentencesOf(p) {
			t := p.Text[s.Start:s.End]
			if !strings.Contains(text.Fold(t), want) {
				continue
			}
			c := candidate{p: p, rank: i, doc: p.Doc, start: p.Start + s.Start, end: p.Start + s.End, text: t,
				line: p.Line + strings.Count(p.Text[:s.Start], "\n")}
			if !ok || len(c.text) < len(shortest.text) {
				shortest = c
			}
			same := strings.Contains(t, v)
			if !ok || same && !exact || same == exact && c.start < first.start {
				first, exact = c, same
			}
			ok = true
		}
	}
	return shortest, first, ok
}
