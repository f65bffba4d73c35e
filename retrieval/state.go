package retrieval

import (
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// state is what the Index searches: its documents in path order, the
// chunk table and the structures made from them. Built by buildState or
// read in place from a stored index (readState), it is immutable, so
// readers may keep using one while Update builds the next.
type state struct {
	docs   []doc
	byID   []uint32     // indexes of docs in the order of their IDs
	chunks []chunkEntry // every chunk, by document then position
	bm     *bm25        // over chunks
	lex    *lexicon     // the chunks' words
	vecs   []float32    // the chunks' vectors, dim each; nil when not kept (a Local embedder)
	dim    int          // dimension of the vectors; 0 while unknown
	sums   *blockSums   // checks the texts read in place; nil when built in memory

	// the vectors of a small index with a Local embedder, computed on
	// the first query (vectorRanking)
	local     sync.Once
	localVecs []float32
	localErr  error

	// the HNSW graph of vecs, on a large index (Index.graphOf)
	ann annSlot

	// the sentences of the chunks searched so far
	sents sentMemo
}

// sentMemo keeps the sentences (text.SentencesAt) of the chunks of a state
// that searches have returned, so that a chunk is split once, not on
// every question that finds it. It grows to at most one entry a chunk.
// It is safe for concurrent use; the zero value is empty. The slices it
// returns are shared: callers must not modify them.
type sentMemo struct {
	mu     sync.Mutex
	m      map[int32][]citebot.Span
	widths map[string]int // text.WrapWidth of the documents split, by path
}

// of returns the sentences of chunk i, d.Text[start:end], as the document
// splits them (text.SentencesAt): at its wrap width, and, when the chunk
// starts within a line, with that line's start before it, so that a
// wrapped sentence is one sentence, as it is in the document.
func (s *sentMemo) of(i int32, d *doc, start, end int) []citebot.Span {
	s.mu.Lock()
	sp, ok := s.m[i]
	width, known := s.widths[d.Path]
	s.mu.Unlock()
	if ok {
		return sp
	}
	// outside the lock: measuring and splitting take the time
	if !known {
		width = text.WrapWidth(d.Text)
	}
	line := strings.LastIndexByte(d.Text[:start], '\n') + 1
	sp = text.SentencesAt(d.Text[line:end], start-line, width)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m, s.widths = map[int32][]citebot.Span{}, map[string]int{}
	}
	s.m[i], s.widths[d.Path] = sp, width
	return sp
}

// doc is a document as a state holds it.
type doc struct {
	Path string
	Hash string // hex SHA-256 of the file's bytes
	Text string // the text chunks point into

	Size    int64     // the file's size when it was read
	ModTime time.Time // the file's modification time then; zero: unknown

	Title, Author, Date, Publisher string

	id       string // short document ID, which depends on the other paths
	first, n int    // its chunks are chunks[first : first+n]
	source   *citebot.Source
}

// chunkEntry is one row of the chunk table, stored as it is in memory.
type chunkEntry struct {
	Doc        uint32   // index of its document in docs
	Start, End uint32   // byte span in the document's text
	LineMeta   uint32   // 1-based line of Start; chunkMeta in the top bit
	Hash       [12]byte // ChunkHash of the text, raw
}

// chunkMeta flags a metadata chunk (title, byline, ...), not prose, in
// chunkEntry.LineMeta: lines number less than 2^31.
const chunkMeta = 1 << 31

func (c *chunkEntry) meta() bool { return c.LineMeta&chunkMeta != 0 }

// line is the 1-based line of the chunk's start.
func (c *chunkEntry) line() int { return int(c.LineMeta &^ chunkMeta) }

// empty is the state of an index with no documents.
func emptyState(dim int) *state {
	return &state{bm: &bm25{}, lex: &lexicon{}, dim: dim}
}

// checkDoc checks the bytes of d's text, read in place, before any of it
// is used (blocks.go); it fails wrapping ErrCorrupt.
func (x *state) checkDoc(d *doc) error { return x.sums.string(d.Text) }

// checkChunks checks the texts of the documents of chunks cs.
func (x *state) checkChunks(cs []int32) error {
	if x.sums == nil {
		return nil
	}
	for _, c := range cs {
		if err := x.checkDoc(x.docOf(c)); err != nil {
			return err
		}
	}
	return nil
}

// doc returns the document of chunk i.
func (x *state) docOf(i int32) *doc { return &x.docs[x.chunks[i].Doc] }

// text returns the text of chunk i.
func (x *state) text(i int32) string {
	c := &x.chunks[i]
	return x.docs[c.Doc].Text[c.Start:c.End]
}

// vec returns the stored vector of chunk i; nil when vectors are not kept.
func (x *state) vec(i int32) []float32 {
	if x.vecs == nil {
		return nil
	}
	return x.vecs[int(i)*x.dim : int(i+1)*x.dim]
}

// byPath returns the document at path p, or nil.
func (x *state) byPath(p string) *doc {
	i := sort.Search(len(x.docs), func(i int) bool { return x.docs[i].Path >= p })
	if i < len(x.docs) && x.docs[i].Path == p {
		return &x.docs[i]
	}
	return nil
}

// byDocID returns the document whose short ID is id, or nil.
func (x *state) byDocID(id string) *doc {
	i := sort.Search(len(x.byID), func(i int) bool { return x.docs[x.byID[i]].id >= id })
	if i < len(x.byID) && x.docs[x.byID[i]].id == id {
		return &x.docs[x.byID[i]]
	}
	return nil
}

func sourceOf(d *doc) *citebot.Source {
	return &citebot.Source{ID: d.id, Path: d.Path, Title: d.Title, Author: d.Author,
		Date: d.Date, Publisher: d.Publisher, Chunks: d.n, Bytes: len(d.Text)}
}

// passage renders chunk i as a citebot.Passage.
func (x *state) passage(i int32, score float64) citebot.Passage {
	c := &x.chunks[i]
	d := &x.docs[c.Doc]
	txt := d.Text[c.Start:c.End]
	return citebot.Passage{
		ID: citebot.ChunkID(d.id, int(i)-d.first+1), Doc: d.Path, Start: int(c.Start), End: int(c.End),
		Score: score, Text: txt, Line: c.line(), Source: d.source, Sentences: x.sents.of(i, d, int(c.Start), int(c.End)),
	}
}

// lineAt returns the 1-based line of byte offset off of document d,
// counting from the chunk it falls in when there is one.
func (x *state) lineAt(d *doc, off int) int {
	i := sort.Search(d.n, func(k int) bool { return int(x.chunks[d.first+k].End) > off })
	if i < d.n {
		if c := &x.chunks[d.first+i]; int(c.Start) <= off {
			return c.line() + strings.Count(d.Text[c.Start:off], "\n")
		}
	}
	return 1 + strings.Count(d.Text[:off], "\n")
}

// chunkAt returns the 1-based number of d's chunk that holds byte off, or
// 0 when none does.
func (x *state) chunkAt(d *doc, off int) int {
	for k := 0; k < d.n; k++ {
		if c := &x.chunks[d.first+k]; int(c.Start) <= off && off < int(c.End) {
			return k + 1
		}
	}
	return 0
}
