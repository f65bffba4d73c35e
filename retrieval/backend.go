package retrieval

import (
	"context"
	"time"

	"github.com/citebot/citebot"
)

// Backend is where the chunks of a corpus are kept and searched: the seam
// between ingestion (Sync) and a search engine, be it the in-process Index
// or a server. Sync tells it what changed; the Retriever asks it hybrid
// queries; it serves the documents as a citebot.Library.
//
// Chunk IDs ("<doc>#<n>", see citebot.ParseChunkID) are the backend's to assign
// from the document paths it holds and the chunks' positions, and Hybrid,
// FindQuote and Chunk must agree on them. Every passage it returns must be
// exact: Text(p.Doc)[p.Start:p.End] == p.Text.
//
// All methods are safe for concurrent use. A search that runs during an
// Update sees the documents as they were before it or after it (a server
// backend may also show a document half updated until Update returns).
type Backend interface {
	citebot.Library

	// Documents returns the path and content hash (Document.Hash) of every
	// document held completely: a document whose chunks were not all
	// stored must be left out (or shown with another hash), so that the
	// next Sync sends it again. An empty backend returns an empty map.
	Documents(ctx context.Context) (map[string]string, error)

	// Vectors returns the vectors held for chunks with the given content
	// hashes (Chunk.Hash), in any document, keyed by hash; hashes it does
	// not hold are left out. The vectors must not be modified.
	Vectors(ctx context.Context, hashes []string) (map[string][]float32, error)

	// Update stores the documents of put, each replacing whole any
	// document held under its path, and removes the documents at the
	// paths of del (unknown paths are ignored). Every chunk of put carries
	// a vector, all of the backend's dimension. nil or empty put and del
	// change nothing. On error some of the change may have been applied;
	// Documents then shows what is held, so a later Sync repairs it.
	Update(ctx context.Context, put []Document, del []string) error

	// Hybrid returns at most q.K passages ranked best first by a fusion of
	// BM25 over q.Terms and the cosine similarity of the chunks' vectors to
	// q.Vec, with Rank 1, 2, ... and the fused Score. Equal scores are
	// ordered by document path, then position in the document, so the
	// same query on the same documents always gives the same passages. No
	// match is an empty slice and no error.
	Hybrid(ctx context.Context, q Query) ([]citebot.Passage, error)
}

// Document is a parsed document as a Backend receives it.
type Document struct {
	Path string // slash-separated, relative to the corpus root; unique
	Hash string // hex SHA-256 of the file's bytes
	Text string // the text chunks point into: the file itself for .txt/.md

	// Size and ModTime are the file's when it was read; ModTime is zero
	// when the file system does not tell (an embedded corpus).
	Size    int64
	ModTime time.Time

	// Metadata detected in the text; any of them may be "".
	Title, Author, Date, Publisher string

	// Chunks in document order: chunk n of the document is Chunks[n-1].
	// A document has at least one chunk.
	Chunks []Chunk

	// Words are the occurrences of the folded words of the chunks
	// (CountWords), which Sync counts for a TermIndexer when it fills in
	// Chunk.Terms; nil for other backends.
	Words map[string]int
}

// Chunk is one chunk of a Document.
type Chunk struct {
	Start, End int    // byte span of the chunk in Document.Text
	Line       int    // 1-based line of Start
	Text       string // Document.Text[Start:End]
	// Terms are the chunk's BM25 terms as the in-process Index analyses
	// its chunks (Vocabulary.ChunkTerms: words run together by scraping
	// split against the counts of the corpus, which Sync knows whole when
	// the backend is a WordCounter), with the document's title's added to
	// metadata chunks, for a backend that indexes analysed terms (a
	// TermIndexer; Sync leaves them nil for others, and the Index
	// analyses Text itself).
	Terms []string
	Meta  bool      // a metadata line (title, byline, ...), not prose
	Hash  string    // content hash of Text (ChunkHash): the key vectors are reused by
	Vec   []float32 // unit-length embedding of Text
}

// Query is a hybrid search, as NewQuery makes it from a question.
type Query struct {
	Terms []string // analysed query terms (QueryTerms); none: no BM25 ranking
	// Weights scale each term's BM25 score: Weights[i] for Terms[i],
	// in (0, 1]; nil means 1 for every term.
	Weights []float64
	Vec     []float32 // unit-length query embedding; nil: no vector ranking
	K       int       // the most passages wanted; ≤ 0 means none
	// Phrases are the question's quoted texts, folded (text.Quoted); the
	// in-process Index ranks chunks holding one higher, and a backend may
	// ignore them.
	Phrases []string
}

// VectorStore keeps unit-length vectors under string keys and finds the
// nearest ones, for a Backend that keeps its vectors in a separate store
// (retrieval/chromem is one; the in-process Index scans its own).
// Implementations must be safe for concurrent use.
type VectorStore interface {
	// Add stores vecs[i] under keys[i], replacing what a key held. The
	// store may keep the slices; callers must not modify them.
	Add(ctx context.Context, keys []string, vecs [][]float32) error
	// Delete removes the vectors of keys; unknown keys are ignored and no
	// keys change nothing.
	Delete(ctx context.Context, keys ...string) error
	// Query returns the keys of the n vectors most similar to vec by
	// cosine similarity, most similar first, and their similarities. A
	// store with fewer than n vectors returns them all; n ≤ 0 none.
	Query(ctx context.Context, vec []float32, n int) (keys []string, sims []float32, err error)
}

// FileStat is what a Backend recorded of a document's file when it was
// indexed: its content hash, size and modification time.
type FileStat struct {
	Hash    string
	Size    int64
	ModTime time.Time // zero: unknown, so the file must be hashed to compare
}

// Stater is a Backend that remembers the size and modification time of
// the files it indexed, so that Sync can recognise an unchanged file
// without reading it. FileStats returns them by path for every document
// that Documents lists.
type Stater interface {
	FileStats(ctx context.Context) (map[string]FileStat, error)
}
