// Package ingest turns the files of a corpus into documents ready to be
// indexed: Walk lists the files of an fs.FS by their metadata, Read reads
// one, and Parse extracts a file's text (plain text, Markdown, HTML, PDF),
// tells content from boilerplate, detects its metadata and cuts it into
// chunks with exact byte offsets.
// Fingerprint identifies the pipeline, so that an index built by another
// one can be rebuilt. Every function is safe for concurrent use.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
)

// Document is a parsed file: its text and the chunks an index stores.
type Document struct {
	Path string // as in File
	Hash string // as in File
	// Text is what chunks and citations point into: the file's bytes for
	// .txt and .md, the extracted text for .html and .pdf.
	Text string
	// Meta is the metadata detected in Text (see Meta); its fields may be
	// empty. It is what an index shows and searches.
	Meta Meta
	// Declared is the metadata the file's format declares: for HTML the
	// page's title, author, site (as Publisher) and date, as extraction
	// found them, with Spans pointing at the lines extraction wrote for them
	// at the top of Text; for PDF the title, its first page's paragraph of
	// the largest type, with its Span in Text. It is zero for other
	// formats. It is not what the
	// index uses: Meta is detected from Text, header lines included, as it
	// always was, because taking Declared instead would change the metadata
	// (and answers) of most HTML pages. Only a page in which no line reads
	// as a title, or the line read names something else, takes Declared's
	// title (see detectMetaDeclared).
	Declared Meta
	// Chunks are the chunks of Text in document order, never empty.
	Chunks []Chunk
}

// Chunk is a span of a Document's Text that is indexed and cited on its
// own: sentence-aligned prose, or one metadata line.
type Chunk struct {
	Start, End int  // byte offsets in Text, Start < End
	Meta       bool // a metadata line (title, byline, ...), not prose
	// Hash is the hex SHA-256 prefix of Text[Start:End]: chunks with the
	// same text have the same Hash, so an index can cache their embeddings.
	Hash string
}

// Parse extracts the text of f by the extension of f.Path (.txt, .md and
// .markdown as they are, .html and .htm, .pdf), classifies its blocks,
// detects its metadata and cuts it into chunks. Its errors wrap one of the
// sentinel errors (ErrUnsupported, ErrTooLarge, ..., ErrNoChunks) and read
// as one-line reasons. It uses f.Hash only to copy it into the Document.
func Parse(f File) (*Document, error) {
	return ParseContext(context.Background(), f)
}

// ParseContext is Parse that stops early, returning ctx.Err(), once ctx
// is done: it checks ctx between the pages of a PDF, around the parse of
// an HTML page and between blocks of text. Extraction is bounded even
// without a deadline (see ErrTooComplex).
func ParseContext(ctx context.Context, f File) (*Document, error) {
	x, err := extractContext(ctx, f.Path, f.Data)
	if err != nil {
		return nil, err
	}
	txt := x.Text
	blocks := x.front.hide(txt, classify(txt))
	meta := x.front.fill(detectMetaDeclared(txt, blocks, x.Declared))
	d := &Document{Path: f.Path, Hash: f.Hash, Text: txt, Meta: meta, Declared: x.Declared}
	for _, p := range makeChunks(ctx, txt, blocks, meta) {
		sum := sha256.Sum256([]byte(txt[p.Start:p.End]))
		d.Chunks = append(d.Chunks, Chunk{Start: p.Start, End: p.End, Meta: p.Meta, Hash: hex.EncodeToString(sum[:12])})
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(d.Chunks) == 0 {
		return nil, ErrNoChunks
	}
	return d, nil
}
