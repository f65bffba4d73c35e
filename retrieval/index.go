package retrieval

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strconv"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/ingest"
	"github.com/philippgille/chromem-go"
)

// Index is a searchable index of a corpus. It is immutable once opened and
// safe for concurrent use.
type Index struct {
	emb     Embedder
	docs    []*docRec
	byPath  map[string]*docRec
	byID    map[string]*docRec
	chunks  []chunkRef
	bm      *bm25
	coll    *chromem.Collection
	sources map[*docRec]*citebot.Source
}

// chunkRef points at one chunk of a document.
type chunkRef struct {
	doc *docRec
	n   int // 1-based
}

func (c chunkRef) rec() *pieceRec { return &c.doc.Pieces[c.n-1] }

// Open loads the index of c from opts.DataDir, brings it up to date with
// the corpus (documents whose bytes are unchanged are reused as they are,
// and chunks whose text is unchanged are not embedded again) and saves it
// atomically when anything changed. A stored index that is unreadable or
// was built by another embedder is rebuilt and Report.Rebuilt says why.
// Files that cannot be indexed are listed in Report.Skipped. Open fails
// only when the corpus cannot be read, embedding fails or ctx is done; on
// failure the stored index is left as it was. An index that cannot be
// saved is still returned, with Report.SaveError saying why.
func Open(ctx context.Context, c Corpus, opts Options) (*Index, Report, error) {
	if opts.Embedder.Embed == nil {
		opts.Embedder = HashEmbedder(DefaultDim)
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	var rep Report
	raws, skips, err := ingest.Walk(c.FS)
	if err != nil {
		return nil, rep, err
	}
	rep.Skipped = skips
	var old *stored
	if opts.DataDir != "" && !opts.Rebuild {
		old, err = load(opts.DataDir, opts.Embedder, ingest.Fingerprint())
		if errors.Is(err, errIncompatible) {
			rep.Rebuilt = err.Error()
			opts.Logger.Info("rebuilding index", "reason", err)
			old = nil
		} else if err != nil {
			// an unreadable data dir: index in memory, and the save below
			// reports why nothing could be kept
			opts.Logger.Info("stored index not read", "err", err)
			old = nil
		}
	} else if opts.Rebuild {
		rep.Rebuilt = "rebuild requested"
	}
	st, changed, err := update(ctx, old, raws, opts, &rep)
	if err != nil {
		return nil, rep, err
	}
	st.Corpus = c.Name
	if err := ctx.Err(); err != nil {
		return nil, rep, err
	}
	if opts.DataDir != "" && (changed || old == nil) {
		if err := save(opts.DataDir, st); err != nil {
			// the index still works in memory; the caller decides whether
			// an unsaved index is an error (citebot index) or a note
			rep.SaveError = fmt.Sprintf("save index: %v", err)
			opts.Logger.Info("index not saved", "dir", opts.DataDir, "err", err)
		} else {
			rep.Saved = true
		}
	}
	ix, err := build(ctx, st, opts.Embedder)
	return ix, rep, err
}

// update brings the stored documents in line with the corpus files.
func update(ctx context.Context, old *stored, raws []ingest.File, opts Options, rep *Report) (*stored, bool, error) {
	st := &stored{Version: storeVersion, Pipeline: ingest.Fingerprint(), Embedder: opts.Embedder.Name, Dim: opts.Embedder.Dim}
	prev := make(map[string]*docRec)
	cache := make(map[string][]float32)
	if old != nil {
		st.Dim = old.Dim
		for _, d := range old.Docs {
			prev[d.Path] = d
			for _, p := range d.Pieces {
				cache[p.Hash] = p.Vec
			}
		}
	}
	var todo []*docRec
	changed := false
	for _, r := range raws {
		if d, ok := prev[r.Path]; ok && d.Hash == r.Hash {
			st.Docs = append(st.Docs, d)
			rep.Unchanged++
			continue
		}
		d, err := parse(r)
		if err != nil {
			rep.Skipped = append(rep.Skipped, Skip{Path: r.Path, Reason: err.Error()})
			continue
		}
		if _, ok := prev[r.Path]; ok {
			rep.Changed = append(rep.Changed, r.Path)
		} else {
			rep.Added = append(rep.Added, r.Path)
		}
		st.Docs = append(st.Docs, d)
		todo = append(todo, d)
		changed = true
	}
	seen := make(map[string]bool, len(raws))
	for _, d := range st.Docs {
		seen[d.Path] = true
	}
	for p := range prev {
		if !seen[p] {
			rep.Removed = append(rep.Removed, p)
			changed = true
		}
	}
	n, err := embedDocs(ctx, todo, cache, st, opts)
	rep.Embedded = n
	return st, changed, err
}

// parse extracts, classifies and chunks one file.
func parse(r ingest.File) (*docRec, error) {
	doc, err := ingest.Parse(r)
	if err != nil {
		return nil, err
	}
	d := &docRec{Path: doc.Path, Hash: doc.Hash, Text: doc.Text, Meta: doc.Meta}
	for _, c := range doc.Chunks {
		d.Pieces = append(d.Pieces, pieceRec{Start: c.Start, End: c.End, Meta: c.Meta, Hash: c.Hash})
	}
	return d, nil
}

// embedBatch is how many chunks are handed to the embedder at once: large,
// so that a remote embedder can batch and parallelise its requests, yet
// small enough for the progress bar to move and ctx to be checked.
const embedBatch = 1024

// embedDocs fills the vectors of the documents' chunks from the cache or
// the embedder, and returns how many were embedded.
func embedDocs(ctx context.Context, docs []*docRec, cache map[string][]float32, st *stored, opts Options) (int, error) {
	var need []*pieceRec
	var texts []string
	for _, d := range docs {
		for i := range d.Pieces {
			p := &d.Pieces[i]
			if v, ok := cache[p.Hash]; ok {
				p.Vec = v
				continue
			}
			need = append(need, p)
			texts = append(texts, d.Text[p.Start:p.End])
		}
	}
	for i := 0; i < len(need); i += embedBatch {
		if err := ctx.Err(); err != nil {
			return i, err
		}
		j := min(i+embedBatch, len(need))
		vecs, err := opts.Embedder.Embed(ctx, texts[i:j])
		if err != nil {
			return i, fmt.Errorf("embed chunks %d-%d: %w", i+1, j, err)
		}
		if len(vecs) != j-i {
			return i, fmt.Errorf("embed chunks %d-%d: got %d vectors for %d texts", i+1, j, len(vecs), j-i)
		}
		for k, v := range vecs {
			if st.Dim == 0 {
				st.Dim = len(v)
			}
			if len(v) != st.Dim {
				return i, fmt.Errorf("embed chunk %d: %d dimensions, want %d", i+k+1, len(v), st.Dim)
			}
			normalize(v)
			need[i+k].Vec = v
			cache[need[i+k].Hash] = v
		}
		if opts.Progress != nil {
			opts.Progress(j, len(need))
		}
	}
	return len(need), nil
}

// build makes the searchable structures of a stored index.
func build(ctx context.Context, st *stored, emb Embedder) (*Index, error) {
	ix := &Index{emb: emb, docs: st.Docs, byPath: map[string]*docRec{}, byID: map[string]*docRec{}, sources: map[*docRec]*citebot.Source{}}
	paths := make([]string, len(st.Docs))
	for i, d := range st.Docs {
		paths[i] = d.Path
	}
	ids := docIDs(paths)
	var texts []string
	for _, d := range st.Docs {
		d.id = ids[d.Path]
		d.lineStarts = lineStarts(d.Text)
		ix.byPath[d.Path], ix.byID[d.id] = d, d
		ix.sources[d] = sourceOf(d)
		for n := range d.Pieces {
			ix.chunks = append(ix.chunks, chunkRef{doc: d, n: n + 1})
			texts = append(texts, d.Text[d.Pieces[n].Start:d.Pieces[n].End])
		}
	}
	vocab := vocabulary(texts)
	terms := make([][]string, len(ix.chunks))
	docs := make([]chromem.Document, len(ix.chunks))
	for i, c := range ix.chunks {
		terms[i] = indexTerms(c, texts[i], vocab)
		docs[i] = chromem.Document{ID: strconv.Itoa(i), Embedding: c.rec().Vec}
	}
	ix.bm = newBM25(terms)
	coll, err := chromem.NewDB().CreateCollection("chunks", nil, chromemFunc(emb))
	if err != nil {
		return nil, fmt.Errorf("create collection: %w", err)
	}
	if len(docs) > 0 {
		if err := coll.AddDocuments(ctx, docs, runtime.GOMAXPROCS(0)); err != nil {
			return nil, fmt.Errorf("add vectors: %w", err)
		}
	}
	ix.coll = coll
	return ix, nil
}

// indexTerms are a chunk's BM25 terms; metadata chunks also carry their
// document's title, so "who wrote <title>" finds the byline.
func indexTerms(c chunkRef, txt string, vocab map[string]int) []string {
	ts := chunkTerms(txt, vocab)
	if c.rec().Meta && c.doc.Meta.Title != "" {
		ts = append(ts, chunkTerms(c.doc.Meta.Title, vocab)...)
	}
	return ts
}

// lineStarts returns the byte offset of every line of s.
func lineStarts(s string) []int {
	out := []int{0}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, i+1)
		}
	}
	return out
}

func sourceOf(d *docRec) *citebot.Source {
	return &citebot.Source{ID: d.id, Path: d.Path, Title: d.Meta.Title, Author: d.Meta.Author,
		Date: d.Meta.Date, Publisher: d.Meta.Publisher, Chunks: len(d.Pieces), Bytes: len(d.Text)}
}

// chromemFunc adapts an Embedder to chromem-go's EmbeddingFunc, normalising
// the vector (chromem-go keeps vectors from a custom function as they come).
// The index hands chromem-go precomputed vectors, so this is the explicit
// seam that keeps chromem-go from ever falling back to its default, remote
// embedder.
func chromemFunc(emb Embedder) chromem.EmbeddingFunc {
	return func(ctx context.Context, text string) ([]float32, error) {
		vecs, err := emb.Embed(ctx, []string{text})
		if err != nil {
			return nil, err
		}
		if len(vecs) != 1 {
			return nil, fmt.Errorf("embedder returned %d vectors for 1 text", len(vecs))
		}
		normalize(vecs[0])
		return vecs[0], nil
	}
}
