package retrieval

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"sync"

	"golang.org/x/sync/errgroup"
)

// TermIndexer is a Backend that indexes the analysed terms of chunks
// (Chunk.Terms), such as a search server that cannot analyse text as
// QueryTerms does. Sync fills in Terms only for a backend whose
// IndexesTerms returns true; for any other they are nil (the in-process
// Index analyses the text itself).
type TermIndexer interface {
	IndexesTerms() bool
}

// VectorIndexer is a Backend that says whether it keeps chunk vectors.
// The in-process Index with a Local embedder does not: it computes its
// vector signal from the candidates' text at query time. Sync embeds
// chunks only for a backend that keeps vectors, or that does not say.
type VectorIndexer interface {
	IndexesVectors() bool
}

// wantsVectors reports whether b needs a vector for every chunk.
func wantsVectors(b Backend) bool {
	v, ok := b.(VectorIndexer)
	return !ok || v.IndexesVectors()
}

// StatRecorder is a Stater that takes new sizes and modification times
// for documents whose files changed them but not their content (touched,
// or copied anew), so that the next Sync recognises them without reading
// them. Sync calls RecordFileStats after any Update, with the stats of
// such documents only, each with the document's unchanged Hash.
type StatRecorder interface {
	Stater
	RecordFileStats(ctx context.Context, stats map[string]FileStat) error
}

// wantsTerms reports whether b indexes Chunk.Terms.
func wantsTerms(b Backend) bool {
	t, ok := b.(TermIndexer)
	return ok && t.IndexesTerms()
}

// recordStats hands b the new stats of unchanged files, when there are
// any and b takes them.
func recordStats(ctx context.Context, b Backend, stats map[string]FileStat) error {
	r, ok := b.(StatRecorder)
	if !ok || len(stats) == 0 {
		return nil
	}
	if err := r.RecordFileStats(ctx, stats); err != nil {
		return fmt.Errorf("record file stats: %w", err)
	}
	return nil
}

// recordTaker returns b when it is the in-process Index and takes the
// documents Sync parses as records (docRec) rather than Documents
// (Index.takesRecords), or nil. Only the Index itself: a type that embeds
// it may mean to see every Update.
func recordTaker(b Backend) *Index {
	if ix, ok := b.(*Index); ok && ix.takesRecords() {
		return ix
	}
	return nil
}

// loaded is what became of one corpus file: a document to put (new or
// changed), as a Document or a record, a skip reason, or neither
// (unchanged), with its new stats when only they changed.
type loaded struct {
	doc    *Document
	rec    *docRec
	skip   string
	restat *FileStat
}

// loadMode is how loadFiles hands out the documents it parses.
type loadMode struct {
	records bool       // records, not Documents (and neither lines nor terms)
	spill   *textSpill // where the texts go (nil: the heap)
}

// loadFiles reads, and parses when new or changed, the files that may have
// changed, on at most GOMAXPROCS goroutines; out[i] is what became of
// files[i]. A held file whose size and non-zero modification time are
// those recorded is unchanged without being read. It returns ctx's error
// as soon as ctx is done. progress (nil: none) gets the bytes read.
func loadFiles(ctx context.Context, fsys fs.FS, files []sourceEntry, held map[string]FileStat, mode loadMode, progress func(string, int, int)) ([]loaded, error) {
	out := make([]loaded, len(files))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	var todo []int // the files to read
	read := &readProgress{report: progress}
	for i, f := range files {
		if h, ok := held[f.Path]; !ok || !sameStat(f, h) {
			todo = append(todo, i)
			read.total += f.Size
		}
	}
	mode.spill.expect(read.total)
	for _, i := range todo {
		f := files[i]
		h, ok := held[f.Path]
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error {
			var err error
			out[i], err = loadFile(gctx, fsys, f, h, ok, mode)
			read.add(f.Size)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return out, ctx.Err()
}

// sameStat reports whether a listed file has the size and known
// modification time recorded for it.
func sameStat(f sourceEntry, h FileStat) bool {
	return !f.ModTime.IsZero() && !h.ModTime.IsZero() && f.Size == h.Size && f.ModTime.Equal(h.ModTime)
}

// loadFile reads one file and parses it unless its hash is held's (isHeld
// says whether held is a document's), as mode says. Its only errors are
// ctx's.
func loadFile(ctx context.Context, fsys fs.FS, e sourceEntry, held FileStat, isHeld bool, mode loadMode) (loaded, error) {
	if err := ctx.Err(); err != nil {
		return loaded{}, err
	}
	f, err := readFile(fsys, e)
	if err != nil {
		return loaded{skip: err.Error()}, nil
	}
	if isHeld && f.Hash == held.Hash {
		st := FileStat{Hash: f.Hash, Size: int64(len(f.Data)), ModTime: f.ModTime}
		if st.ModTime.IsZero() || st.Size == held.Size && st.ModTime.Equal(held.ModTime) {
			return loaded{}, nil // no time to record, or the one recorded
		}
		return loaded{restat: &st}, nil
	}
	d, err := parse(ctx, f)
	if err != nil {
		if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
			return loaded{}, err
		}
		return loaded{skip: err.Error()}, nil
	}
	if mode.records {
		if len(d.Text) > 1<<32-1 {
			return loaded{skip: "text too large to index"}, nil
		}
		d.Text = mode.spill.keep(d.Text)
		return loaded{rec: recordOf(&d)}, nil
	}
	describe(&d) // before the text is spilled: it reads it
	if mode.spill != nil {
		d.Text = mode.spill.keep(d.Text)
		for i := range d.Chunks {
			c := &d.Chunks[i]
			c.Text = d.Text[c.Start:c.End]
		}
	}
	return loaded{doc: &d}, nil
}

// describe fills in the line of a parsed document's chunks.
func describe(d *Document) {
	starts := lineStarts(d.Text)
	for i := range d.Chunks {
		c := &d.Chunks[i]
		c.Line = lineOf(starts, c.Start)
	}
}

// WordCounter is a TermIndexer that keeps the word counts of the
// documents it holds (CountWords over their chunks), so that Sync splits
// words run together in the chunks it sends against the counts of the
// whole corpus, as the in-process Index splits them.
type WordCounter interface {
	// HeldWords returns the word counts of the documents held, less those
	// of the documents at the paths of skip.
	HeldWords(ctx context.Context, skip map[string]bool) (map[string]int, error)
}

// fillTerms fills in the word counts of the documents of put
// (Document.Words) and the BM25 terms of their chunks (Chunk.Terms),
// metadata chunks with the document's title's, splitting words run
// together against the counts of the corpus after the update: the words
// of put, and of the documents b holds but for those put replaces or
// del removes, when b is a WordCounter.
func fillTerms(ctx context.Context, b Backend, put []Document, del []string) error {
	counts := make(map[string]int)
	if wc, ok := b.(WordCounter); ok {
		skip := make(map[string]bool, len(put)+len(del))
		for _, p := range del {
			skip[p] = true
		}
		for _, d := range put {
			skip[d.Path] = true
		}
		held, err := wc.HeldWords(ctx, skip)
		if err != nil {
			return fmt.Errorf("read the words held: %w", err)
		}
		for w, n := range held { // a copy: the map may be the backend's
			counts[w] += n
		}
	}
	for i := range put {
		d := &put[i]
		d.Words = make(map[string]int)
		for _, c := range d.Chunks {
			CountWords(d.Words, c.Text)
		}
		for w, n := range d.Words {
			counts[w] += n
		}
	}
	v := NewVocabulary(counts, nil)
	parallel(len(put), func(lo, hi int) {
		for _, d := range put[lo:hi] {
			var title []string
			if d.Title != "" {
				title = v.ChunkTerms(d.Title)
			}
			for i := range d.Chunks {
				c := &d.Chunks[i]
				if c.Terms = v.ChunkTerms(c.Text); c.Meta {
					c.Terms = append(c.Terms, title...)
				}
			}
		}
	})
	return nil
}

// readProgress reports the bytes of files read and parsed, in calls that
// do not overlap.
type readProgress struct {
	mu          sync.Mutex
	done, total int64
	report      func(string, int, int)
}

// add counts one more file of n bytes read.
func (p *readProgress) add(n int64) {
	if p.report == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done = min(p.done+n, p.total)
	p.report(StageReading, int(p.done), int(p.total))
}
