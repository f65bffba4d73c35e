package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/citebot/citebot/text"
)

// metaLine is a non-blank line of a document and where it stands.
type metaLine struct {
	span  text.Span
	n     int    // its index in metaDoc.lines
	s     string // the line, trimmed
	block int    // index of its block
	solo  bool   // the line is its whole block
	ui    bool   // its block is page furniture
	long  bool   // its block is a long content paragraph, which may start a body
	lead  bool   // it is one of metaDoc.lead
}

// metaDoc is a document split into lines, with its header (lines before
// the first long content paragraph) and footer (from the last long
// paragraph to the comment section or sidebar, if any).
type metaDoc struct {
	lines          []metaLine
	header, footer []metaLine
	tail           []metaLine // every line after the last long paragraph
	// lead is the body's first leadLines lines (less those of the footer):
	// a headline's summary may stand between it and its byline ("Summary:
	// …" over "By Jane Roe | June 5, 2013"), which then opens the body.
	lead []metaLine
	body bool // a long content paragraph was found
}

// Sizes that bound where metadata is looked for.
const (
	longPara    = 200 // bytes of a content block that starts the body
	maxMetaLine = 200 // runes of a line read for bylines, dates, sources
	maxHeader   = 40  // lines of the header
	headTop     = 2   // of those, lines from the top of a longer header
	maxFooter   = 12  // lines of the footer
	titleWalk   = 6   // lines walked back from the body for the title
	leadLines   = 3   // lines of the body read for a byline under a summary
)

// splitMeta splits doc into lines along its blocks and finds the header
// and footer.
func splitMeta(doc string, blocks []block) metaDoc { return splitMetaFrom(doc, blocks, 0) }

// splitMetaFrom is splitMeta with the body starting at the first long
// content paragraph of block from or after: a headline found further down
// than the first long paragraph (a cookie or browser notice that reads as
// prose) moves the body, and the header with it, below the headline.
func splitMetaFrom(doc string, blocks []block, from int) metaDoc {
	var md metaDoc
	first, last := -1, -1
	longs := longBlocks(doc, blocks)
	for bi, b := range blocks {
		if b.Start < 0 || b.End > len(doc) || b.Start >= b.End {
			continue
		}
		long := longs[bi]
		if long && bi >= from {
			if first < 0 {
				first = bi
			}
			last = bi
		}
		n := len(md.lines)
		for _, sp := range lineSpans(doc, b.Start, b.End) {
			md.lines = append(md.lines, metaLine{span: sp, n: len(md.lines), s: doc[sp.Start:sp.End], block: bi,
				ui: !b.Content && furnitureReasons[b.Reason], long: long})
		}
		if len(md.lines) == n+1 {
			md.lines[n].solo = true
		}
	}
	md.body = first >= 0
	md.place(blocks, first, last)
	return md
}

// longBlocks marks the long content paragraphs of a document, those of
// longPara bytes or more that end a sentence, where a body may start; a
// document with none, an article in paragraphs of a sentence or two (a
// tabloid's), has its runs of such paragraphs in a row that make an
// article (proseRuns, counting runes as cleaning does) marked instead.
func longBlocks(doc string, blocks []block) []bool {
	prose := func(i int) bool {
		b := blocks[i]
		return b.Content && b.Start >= 0 && b.End <= len(doc) && b.Start < b.End && blockEndsSentence(doc[b.Start:b.End])
	}
	long := make([]bool, len(blocks))
	found := false
	for i, b := range blocks {
		long[i] = prose(i) && b.End-b.Start >= longPara
		found = found || long[i]
	}
	if found {
		return long
	}
	runes := func(i int) int { return utf8.RuneCountInString(doc[blocks[i].Start:blocks[i].End]) } // as cleaning counts them
	return proseRuns(len(blocks), prose, func(int) bool { return false }, runes)
}

// place sorts the lines of md into its header, footer and tail, the body
// running from block first to block last (first < 0: no body).
func (md *metaDoc) place(blocks []block, first, last int) {
	end := len(blocks)
	for bi := last + 1; last >= 0 && bi < len(blocks); bi++ {
		if r := blocks[bi].Reason; r == "comment section" || r == "sidebar" {
			end = bi
			break
		}
	}
	bodyAt := -1 // the body's first line
	for _, l := range md.lines {
		if first >= 0 && l.block >= first && bodyAt < 0 {
			bodyAt = l.n
		}
		switch {
		case first < 0 || l.block < first:
			md.header = append(md.header, l)
		case last >= 0 && l.block >= last && l.block < end && len(md.footer) < maxFooter:
			md.footer = append(md.footer, l)
		case l.n < bodyAt+leadLines:
			l.lead = true
			md.lead = append(md.lead, l)
		}
		if last >= 0 && l.block > last {
			md.tail = append(md.tail, l)
		}
	}
	if md.body {
		md.header = nearBody(md.header)
	} else if len(md.header) > maxHeader {
		md.header = md.header[:maxHeader] // the document's first lines
	}
}

// nearBody keeps of a long header above a body its first headTop lines, where a page's
// name stands, and the lines nearest the body, where its headline, byline
// and date stand: a scraped page's navigation, often a hundred lines or
// more, comes between them.
// A header with a code fence is a README's or a manual's opening, whose
// lines near the body are prose and code, not a byline: it keeps its
// first lines.
func nearBody(h []metaLine) []metaLine {
	if len(h) <= maxHeader {
		return h
	}
	for _, l := range h {
		if text.IsFence(l.s) {
			return h[:maxHeader]
		}
	}
	return append(h[:headTop:headTop], h[len(h)-(maxHeader-headTop):]...)
}

// keepUnderTitle returns md with the lines right under its title, the
// line at index at of md.lines, put back in its header when nearBody
// dropped them from the middle of a long header: a page whose first long
// paragraph stands far below its headline (its article in short
// paragraphs of a sentence each) has its byline and date under the
// headline all the same ("Page last updated at 05:00 GMT, Friday, 23
// March 2012").
func (md metaDoc) keepUnderTitle(at int) metaDoc {
	h := md.header
	if !md.body || at < 0 || len(h) <= headTop || at <= h[headTop-1].n || at >= h[headTop].n {
		return md
	}
	end := min(at+1+titleWalk, h[headTop].n)
	md.header = append(append(h[:headTop:headTop], md.lines[at:end]...), h[headTop:]...)
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
