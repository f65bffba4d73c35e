package ingest

import (
	"regexp"
	"sort"
	"strings"

	"github.com/citebot/citebot/text"
)

// Meta is what could be detected of a document's metadata. Every field may
// be empty. Spans are the byte ranges of the lines the fields were read
// from (title line, byline, "Published in ..." line, ...), so that they can
// be cited; they are in document order, without duplicates.
type Meta struct {
	Title, Author, Date, Publisher string
	// ISODate is Date as YYYY-MM-DD when it names a day, else "".
	ISODate string
	Spans   []text.Span
}

// detectMeta reads metadata from a document's text and its blocks (as
// classify returns them) with general patterns: the title is the headline
// nearest above the body (or a Markdown "# " heading); the author comes
// from a byline ("By X", "Author: X", "Written by X", "Posted by X"), a
// name on its own line under the title, or a note about the author at the
// end ("X is a PhD student ..."); the date and publisher from lines such as
// "Published in X, March 17th 2019", "This post first appeared on X on 21
// March 2012" (its date only when the page has no date of its own),
// "Source: X", "An organ of X", or a date on its own line.
// Body prose is not read, except a closing note about the author.
func detectMeta(doc string, blocks []block) Meta {
	return detectMetaDeclared(doc, blocks, Meta{})
}

// detectMetaDeclared is detectMeta for a document whose format declares
// metadata (an HTML page or a PDF, see extracted): the declared title, at the
// span declared.Spans[0], is the title when no line reads as one or when
// the line found names something else (neither title holds the other):
// the headline nearest above the body of a manual's page is the name of
// its first section ("1. Introduction", "1.2. Where does the name come
// from?"), not the page's.
func detectMetaDeclared(doc string, blocks []block, declared Meta) Meta {
	md := splitMeta(doc, blocks)
	var m Meta
	var spans []text.Span
	l, title, ok := findTitle(md)
	if declared.Title != "" && len(declared.Spans) > 0 && (!ok || !sameTitle(title, declared.Title)) {
		l, title, ok = metaLine{span: declared.Spans[0]}, declared.Title, true
	}
	titleLine := l
	if ok {
		m.Title = title
		spans = append(spans, l.span)
		if h := md.header; l.s != "" && md.body && len(h) > 0 && l.block > h[len(h)-1].block {
			md = splitMetaFrom(doc, blocks, l.block) // the headline stands in what read as the body
		}
		md = md.keepUnderTitle(titleAt(md, l, title))
	}
	byline, author, ok := findAuthor(md, titleLine, m.Title)
	if ok {
		m.Author = author
		spans = append(spans, byline.span)
	}
	if l, date, iso, ok := findDate(md, byline); ok {
		m.Date, m.ISODate = date, iso
		spans = append(spans, l.span)
	} else if l, date, ok := listedDate(md, m.Title); ok {
		m.Date, m.ISODate = date, isoDate(date)
		spans = append(spans, l.span)
	}
	if l, pub, ok := findPublisher(md); ok {
		m.Publisher = pub
		spans = append(spans, l.span)
	} else if _, _, site, ok := namedTitle(md); ok && site != "" && text.Fold(site) != text.Fold(m.Author) {
		m.Publisher = site // "Headline | Site", not "Author: Headline"
		spans = append(spans, md.header[0].span)
	}
	m.Spans = uniqueSpans(spans)
	// values are shown and searched for as plain text: a page's
	// non-breaking space ("Nathan&nbsp;Tempey") is a space
	m.Title, m.Author, m.Date, m.Publisher = oneLine(m.Title), oneLine(m.Author), oneLine(m.Date), oneLine(m.Publisher)
	return m
}

// sameTitle reports whether titles a and b name the same thing: one holds
// the other, case and accents aside ("2.1 The Basics" and "The Basics").
func sameTitle(a, b string) bool {
	a, b = text.Fold(a), text.Fold(b)
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// uniqueSpans sorts spans by start and drops duplicates.
func uniqueSpans(spans []text.Span) []text.Span {
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var out []text.Span
	for _, sp := range spans {
		if len(out) == 0 || out[len(out)-1] != sp {
			out = append(out, sp)
		}
	}
	return out
}

// mdTitle is a Markdown heading of level 1 or 2; a level-2 heading is a
// title only on the first line.
var mdTitle = regexp.MustCompile(`^(#{1,2})\s+(.+?)\s*#*$`)

// findTitle returns the title line: a Markdown heading at the top (ATX or
// setext; of level 1 among the first lines, of level 2 only as the first
// line, for a "## Description" below badges names a section), else
// the headline nearest above the body (skipping bylines, dates, names and
// source lines), else the first headline-like line of the header (the
// whole document's first lines when it has no long paragraph).
func findTitle(md metaDoc) (metaLine, string, bool) {
	for i, l := range md.lines {
		if i >= 10 {
			break
		}
		if m := mdTitle.FindStringSubmatch(l.s); m != nil && (len(m[1]) == 1 || i == 0) {
			if t := mdText(m[2]); t != "" {
				return l, t, true
			}
		}
		if i+1 < len(md.lines) && md.lines[i+1].block == l.block && text.IsSetextUnderline(md.lines[i+1].s) &&
			(strings.HasPrefix(strings.TrimSpace(md.lines[i+1].s), "=") || i == 0) {
			if t := mdText(l.s); t != "" {
				return l, t, true // "Bolt [![badge](…)](…)" over "===="
			}
		}
	}
	if l, t, _, ok := namedTitle(md); ok {
		return l, withoutSection(md, t), true
	}
	if l, t, ok := headlineAboveBody(md); ok {
		return l, t, true
	}
	for _, l := range md.header {
		if t, ok := titleLike(l, 1); ok {
			return l, t, true
		}
	}
	return restatedOpening(md)
}

// restatedOpening returns a document's first line as its title when the
// line, in lower case as an encyclopedia may write a name ("t-distributed
// stochastic neighbor embedding", "iPhone"), is said again in the first
// paragraph below it: "T-distributed Stochastic Neighbor Embedding
// (t-SNE) is …".
func restatedOpening(md metaDoc) (metaLine, string, bool) {
	if len(md.lines) < 2 || !md.body {
		return metaLine{}, "", false
	}
	l := md.lines[0]
	n := len(text.Tokens(l.s))
	if l.ui || !l.solo || n == 0 || n > 10 || blockEndsSentence(l.s) {
		return metaLine{}, "", false
	}
	for _, b := range md.lines[1:] {
		if b.long {
			if strings.Contains(text.Fold(b.s), text.Fold(l.s)) {
				return l, l.s, true
			}
			break
		}
	}
	return metaLine{}, "", false
}

// withoutSection returns headline t without the name of its section run
// into it by scraping: "Gadgets Google Announces …" under a menu holding
// "Gadgets", when the page's name holds "Google Announces …". The section
// is one word that stands alone on a line of the header above.
func withoutSection(md metaDoc, t string) string {
	section, rest, ok := strings.Cut(t, " ")
	if !ok || len(md.header) == 0 || !strings.Contains(md.header[0].s, rest) || strings.Contains(md.header[0].s, t) {
		return t
	}
	for _, l := range md.header[1:] {
		if l.s == t {
			break
		}
		if l.s == section {
			return rest
		}
	}
	return t
}

// headlineAboveBody returns the headline among the titleWalk lines of the
// header nearest the body: the one above a byline or a date line, else the
// nearest the body that is no byline, date, name or source line ("Science
// reporter" under a name under "By" is the title only when no byline
// comes in the walk).
func headlineAboveBody(md metaDoc) (metaLine, string, bool) {
	h := md.header
	below, belowTitle, byline := -1, "", false
	for i, n := len(h)-1, 0; md.body && i >= 0 && n < titleWalk; i, n = i-1, n+1 {
		if bylineLine(h[i].s) {
			byline = true
			continue
		}
		if isBylineish(h[i].s) || photoCredit(h[i].s) {
			continue
		}
		if t, ok := titleLike(h[i], 2); ok {
			if byline {
				return h[i], t, true
			}
			if below < 0 {
				below, belowTitle = i, t
			}
		}
	}
	if below >= 0 {
		return h[below], belowTitle, true
	}
	return metaLine{}, "", false
}
