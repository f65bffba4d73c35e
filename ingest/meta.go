package ingest

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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

// metaLine is a non-blank line of a document and where it stands.
type metaLine struct {
	span  text.Span
	s     string // the line, trimmed
	block int    // index of its block
	solo  bool   // the line is its whole block
	ui    bool   // its block is page furniture
}

// metaDoc is a document split into lines, with its header (lines before
// the first long content paragraph) and footer (from the last long
// paragraph to the comment section or sidebar, if any).
type metaDoc struct {
	lines          []metaLine
	header, footer []metaLine
	body           bool // a long content paragraph was found
}

// Sizes that bound where metadata is looked for.
const (
	longPara    = 200 // bytes of a content block that starts the body
	maxMetaLine = 200 // runes of a line read for bylines, dates, sources
	maxHeader   = 40  // lines of the header
	maxFooter   = 12  // lines of the footer
	titleWalk   = 6   // lines walked back from the body for the title
)

// detectMeta reads metadata from a document's text and its blocks (as
// classify returns them) with general patterns: the title is the headline
// nearest above the body (or a Markdown "# " heading); the author comes
// from a byline ("By X", "Author: X", "Written by X", "Posted by X"), a
// name on its own line under the title, or a note about the author at the
// end ("X is a PhD student ..."); the date and publisher from lines such as
// "Published in X, March 17th 2019", "This post first appeared on X on 21
// March 2012", "Source: X", "An organ of X", or a date on its own line.
// Body prose is not read, except a closing note about the author.
func detectMeta(doc string, blocks []Block) Meta {
	md := splitMeta(doc, blocks)
	var m Meta
	var spans []text.Span
	if l, title, ok := findTitle(md); ok {
		m.Title = title
		spans = append(spans, l.span)
	}
	if l, author, ok := findAuthor(md, m.Title); ok {
		m.Author = author
		spans = append(spans, l.span)
	}
	if l, date, iso, ok := findDate(md); ok {
		m.Date, m.ISODate = date, iso
		spans = append(spans, l.span)
	}
	if l, pub, ok := findPublisher(md); ok {
		m.Publisher = pub
		spans = append(spans, l.span)
	}
	m.Spans = uniqueSpans(spans)
	return m
}

// splitMeta splits doc into lines along its blocks and finds the header
// and footer.
func splitMeta(doc string, blocks []Block) metaDoc {
	var md metaDoc
	first, last := -1, -1
	for bi, b := range blocks {
		if b.Start < 0 || b.End > len(doc) || b.Start >= b.End {
			continue
		}
		if b.Content && b.End-b.Start >= longPara && blockEndsSentence(doc[b.Start:b.End]) {
			if first < 0 {
				first = bi
			}
			last = bi
		}
		n := len(md.lines)
		for _, sp := range lineSpans(doc, b.Start, b.End) {
			md.lines = append(md.lines, metaLine{span: sp, s: doc[sp.Start:sp.End], block: bi,
				ui: !b.Content && furnitureReasons[b.Reason]})
		}
		if len(md.lines) == n+1 {
			md.lines[n].solo = true
		}
	}
	md.body = first >= 0
	end := len(blocks)
	for bi := last + 1; last >= 0 && bi < len(blocks); bi++ {
		if r := blocks[bi].Reason; r == "comment section" || r == "sidebar" {
			end = bi
			break
		}
	}
	for _, l := range md.lines {
		switch {
		case (first < 0 || l.block < first) && len(md.header) < maxHeader:
			md.header = append(md.header, l)
		case last >= 0 && l.block >= last && l.block < end && len(md.footer) < maxFooter:
			md.footer = append(md.footer, l)
		}
	}
	return md
}

// blockEndsSentence reports whether s ends like prose.
func blockEndsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\r\n\u00a0\"'”’)*")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

// lineSpans returns the trimmed, non-blank lines of doc[start:end].
func lineSpans(doc string, start, end int) []text.Span {
	var out []text.Span
	for i := start; i < end; {
		j := strings.IndexByte(doc[i:end], '\n')
		e := end
		if j >= 0 {
			e = i + j
		}
		if sp := text.Trim(doc, text.Span{Start: i, End: e}); sp.End > sp.Start {
			out = append(out, sp)
		}
		i = e + 1
	}
	return out
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

var (
	mdTitle      = regexp.MustCompile(`^#{1,2}\s+(.+?)\s*#*$`)
	trailingDate = regexp.MustCompile(`\s*[-–—|,]?\s*(?:` + datePattern + `)\s*$`)
)

// findTitle returns the title line: a Markdown heading at the top, else
// the headline nearest above the body (skipping bylines, dates, names and
// source lines), else the first headline-like line of the header (the
// whole document's first lines when it has no long paragraph).
func findTitle(md metaDoc) (metaLine, string, bool) {
	for i, l := range md.lines {
		if i >= 10 {
			break
		}
		if m := mdTitle.FindStringSubmatch(l.s); m != nil {
			return l, m[1], true
		}
	}
	h := md.header
	for i, n := len(h)-1, 0; md.body && i >= 0 && n < titleWalk; i, n = i-1, n+1 {
		if t, ok := titleLike(h[i], 2); ok && !isBylineish(h[i].s) {
			return h[i], t, true
		}
	}
	for _, l := range h {
		if t, ok := titleLike(l, 1); ok {
			return l, t, true
		}
	}
	return metaLine{}, "", false
}

// titleLike reports whether l reads like a headline of at least minWords
// words, and returns it without a trailing date.
func titleLike(l metaLine, minWords int) (string, bool) {
	if l.ui || !l.solo || len(l.s) > 4*maxMetaLine {
		return "", false
	}
	t := strings.TrimSpace(trailingDate.ReplaceAllString(l.s, ""))
	words := len(text.Tokens(t))
	first, _ := utf8.DecodeRuneInString(t)
	if words < minWords || words > 25 || utf8.RuneCountInString(t) > maxMetaLine ||
		!(unicode.IsUpper(first) || unicode.IsDigit(first)) || strings.Contains(t, "_") {
		return "", false
	}
	if last, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".:;,", last) {
		return "", false
	}
	return t, true
}

// isBylineish reports whether s is a byline, a date, a person's name or a
// source line rather than a headline.
func isBylineish(s string) bool {
	if bylineRe.MatchString(s) || postedOnBy.MatchString(s) || emptyByline.MatchString(text.Fold(s)) {
		return true
	}
	if _, ok := personName(s); ok {
		return true
	}
	if _, ok := dateOnly(s); ok {
		return true
	}
	_, ok := publisherOf(s)
	return ok
}
