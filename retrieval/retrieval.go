// Package retrieval turns a folder of documents into an index of chunks with
// byte offsets, and searches it with BM25 fused with a vector ranking.
//
// Sync feeds the documents of a Corpus to any Backend, sending only what
// changed; Index is the in-process Backend (one file of sections that Open
// maps and searches in place, see format.go), which Open loads, syncs and
// saves, and which
// implements citebot.Retriever and citebot.Library.
package retrieval

import (
	"context"
	"io/fs"
	"log/slog"

	"github.com/citebot/citebot/ingest"
	"github.com/citebot/citebot/text/synonyms"
)

// EmbedFunc embeds texts, one vector per text, in order. It may be called
// concurrently. Vectors need not be normalised: Sync and NewQuery
// normalise them.
type EmbedFunc func(ctx context.Context, texts []string) ([][]float32, error)

// Embedder names an embedding function. Name and Dim are recorded in the
// index manifest: an index built with another Name or Dim is rebuilt.
type Embedder struct {
	Name  string
	Dim   int
	Embed EmbedFunc
	// Local marks an embedder that is cheap, deterministic and in
	// process (HashEmbedder): the in-process Index then keeps no chunk
	// vectors and computes them for each query's BM25 candidates only.
	Local bool
	// Weight is the share of the vector ranking in the fused score of a
	// hybrid search, from 0 to 1 (BM25 has the rest); 0 means
	// DefaultVectorWeight. Measure it for an embedder with
	// `go run ./eval/cmd/fit -fusion`.
	Weight float64
}

// VectorWeight returns e.Weight, or DefaultVectorWeight when it is not
// set (not above 0), capped at 1.
func (e Embedder) VectorWeight() float64 {
	if e.Weight <= 0 {
		return DefaultVectorWeight
	}
	return min(e.Weight, 1)
}

// Options configure Open and Sync. The zero value indexes in memory with
// the local hashing embedder.
type Options struct {
	// Embedder embeds chunks and queries; the zero value means the local,
	// deterministic HashEmbedder.
	Embedder Embedder
	// DataDir is where Open keeps the index; "" keeps it in memory only.
	DataDir string
	// Rebuild makes Open ignore a stored index and build anew.
	Rebuild bool
	// Verify makes Open check the checksum of every block of a stored
	// index before using it. Otherwise it checks the blocks of the small
	// tables it reads on opening, and those of the documents' texts and
	// the postings when they are first used: opening a large index then
	// reads a small part of it. Either way no byte is used unchecked.
	Verify bool
	// Progress, when not nil, is called as the work of indexing advances:
	// stage StageReading counts bytes of new or changed files read and
	// parsed, then, for a backend that keeps vectors, StageEmbedding
	// counts chunks embedded. Within a stage done only grows, up to total.
	// Calls do not overlap.
	Progress func(stage string, done, total int)
	// Listed, when not nil, is called once the corpus is listed, before
	// any file is read: with how many files of a type it indexes the
	// corpus holds, changed or not, and their bytes (the sizes the
	// listing read), e.g. to size memory for the index of them.
	Listed func(files int, bytes int64)
	// Logger receives details; nil means slog.Default().
	Logger *slog.Logger
	// Synonyms relates a question's words to the corpus's other words for
	// them (AnalyzeQuery); nil means Open loads the embedded WordNet table.
	Synonyms *synonyms.Table
	// BM25 are the parameters of the BM25 ranking of Open's index; zero
	// (K1 0) means DefaultBM25. Sync leaves a Backend's ranking to it.
	BM25 BM25
	// ApproxMin is the size of index, in chunks, above which Open and
	// Refresh build an HNSW graph of the stored vectors of a non-Local
	// embedder (kept beside the index in DataDir) and searches use it
	// instead of scanning every vector; up to it the vector ranking is
	// exact. 0 means DefaultApproxMin, a negative value never.
	ApproxMin int
}

// Stages of indexing that Options.Progress reports.
const (
	StageReading   = "reading"   // files read and parsed, in bytes
	StageEmbedding = "embedding" // chunks embedded
)

// Skip is a file that was not indexed, and why.
type Skip = ingest.Skip

// Report says what Open did to the stored index.
type Report struct {
	Added     []string `json:"added"`
	Changed   []string `json:"changed"`
	Removed   []string `json:"removed"`
	Unchanged int      `json:"unchanged"`
	Skipped   []Skip   `json:"skipped"`
	Embedded  int      `json:"embedded"`          // chunks whose vectors were computed
	Rebuilt   string   `json:"rebuilt,omitempty"` // why the stored index was rebuilt, if it was
	Saved     bool     `json:"saved"`
	SaveError string   `json:"save_error,omitempty"` // why the index could not be saved, if it could not
	// SaveCause is the error behind SaveError, for errors.Is (a full disk
	// is syscall.ENOSPC, a read-only one syscall.EROFS, ...).
	SaveCause error `json:"-"`
}

// Corpus is a folder of documents: an fs.FS and the name it is shown by.
type Corpus struct {
	FS   fs.FS
	Name string // e.g. the absolute path, or "embedded"
}
