package retrieval

import "github.com/citebot/citebot/bot/text"

// Meta is what could be detected of a document's metadata. Every field may
// be empty. Spans are the byte ranges of the lines the fields were read
// from (title line, byline, "Published in ..." line, ...), so that they can
// be cited.
type Meta struct {
	Title, Author, Date, Publisher string
	Spans                          []text.Span
}

// detectMeta reads metadata from a document's text and its blocks.
// (Placeholder: the first block is the title.)
func detectMeta(doc string, blocks []Block) Meta {
	if len(blocks) == 0 {
		return Meta{}
	}
	b := blocks[0]
	return Meta{Title: doc[b.Start:b.End], Spans: []text.Span{{Start: b.Start, End: b.End}}}
}
