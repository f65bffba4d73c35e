package retrieval

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"github.com/citebot/citebot/retrieval/chromem"
)

// Index is the in-process Backend: BM25 over the chunks' words fused with
// the cosine similarity of their vectors, held in a VectorStore, all in
// memory; Open keeps it in one file. It also implements citebot.Retriever
// (Search) and bot.TermWeigher. It is safe for concurrent use: searches
// see the index before or after an Update, never in between.
type Index struct {
	emb Embedder
	vs  VectorStore

	upd sync.Mutex // serialises Updates

	// mu guards the fields below, and keeps vs in step with st: Update
	// changes both under the write lock, searches hold the read lock.
	mu   sync.RWMutex
	docs []*docRec // in path order
	st   *state    // made from docs; nil between restore and ensureBuilt
	dim  int       // dimension of the vectors; 0 while unknown
}

// NewIndex returns an empty in-process index that embeds queries with emb
// (the zero Embedder means HashEmbedder(DefaultDim)) and keeps vectors in
// vs (nil means a new chromem-go store).
func NewIndex(emb Embedder, vs VectorStore) *Index {
	if emb.Embed == nil {
		emb = HashEmbedder(DefaultDim)
	}
	if vs == nil {
		vs = chromem.New()
	}
	return &Index{emb: emb, vs: vs, st: buildState(nil), dim: emb.Dim}
}

// Documents implements Backend.
func (ix *Index) Documents(ctx context.Context) (map[string]string, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := make(map[string]string, len(ix.docs))
	for _, d := range ix.docs {
		out[d.Path] = d.Hash
	}
	return out, nil
}

// FileStats implements Stater.
func (ix *Index) FileStats(ctx context.Context) (map[string]FileStat, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := make(map[string]FileStat, len(ix.docs))
	for _, d := range ix.docs {
		out[d.Path] = FileStat{Hash: d.Hash, Size: d.Size, ModTime: d.ModTime}
	}
	return out, nil
}

// Vectors implements Backend.
func (ix *Index) Vectors(ctx context.Context, hashes []string) (map[string][]float32, error) {
	want := make(map[string]bool, len(hashes))
	for _, h := range hashes {
		want[h] = true
	}
	out := make(map[string][]float32)
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for _, d := range ix.docs {
		for _, p := range d.Pieces {
			if want[p.Hash] {
				out[p.Hash] = p.Vec
			}
		}
	}
	return out, nil
}

// Update implements Backend. It checks the documents first (paths unique,
// spans inside the text, a vector for every chunk, all of one dimension)
// and fails before changing anything if they are wrong or ctx is done;
// del is applied before put. Once it has begun changing the vector store
// it finishes, whatever ctx says.
func (ix *Index) Update(ctx context.Context, put []Document, del []string) error {
	if len(put) == 0 && len(del) == 0 {
		return nil
	}
	ix.upd.Lock()
	defer ix.upd.Unlock()
	ix.mu.RLock()
	old, dim := ix.docs, ix.dim
	ix.mu.RUnlock()
	recs, dim, err := records(put, dim)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	docs := merge(old, recs, del)
	st := buildState(docs)
	gone, keys, vecs := vectorChanges(old, recs, del)
	ctx = context.WithoutCancel(ctx)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if err := ix.vs.Delete(ctx, gone...); err != nil {
		return fmt.Errorf("delete vectors: %w", err)
	}
	if err := ix.vs.Add(ctx, keys, vecs); err != nil {
		return fmt.Errorf("add vectors: %w", err)
	}
	ix.docs, ix.st, ix.dim = docs, st, dim
	return nil
}

// records checks documents and turns them into records; dim is the
// dimension of the vectors (0: the first vector's), returned as found.
func records(put []Document, dim int) ([]*docRec, int, error) {
	out := make([]*docRec, len(put))
	seen := make(map[string]bool, len(put))
	for i, d := range put {
		if d.Path == "" || seen[d.Path] {
			return nil, dim, fmt.Errorf("document %q: empty or repeated path", d.Path)
		}
		seen[d.Path] = true
		r := &docRec{Path: d.Path, Hash: d.Hash, Text: d.Text, Size: d.Size, ModTime: d.ModTime, Title: d.Title, Author: d.Author,
			Date: d.Date, Publisher: d.Publisher, Pieces: make([]pieceRec, len(d.Chunks)), lineStarts: lineStarts(d.Text)}
		for n, c := range d.Chunks {
			if dim == 0 {
				dim = len(c.Vec)
			}
			switch {
			case c.Start < 0 || c.Start > c.End || c.End > len(d.Text):
				return nil, dim, fmt.Errorf("document %s chunk %d: span %d-%d outside the text", d.Path, n+1, c.Start, c.End)
			case c.Hash == "" || len(c.Vec) == 0:
				return nil, dim, fmt.Errorf("document %s chunk %d: no content hash or vector", d.Path, n+1)
			case len(c.Vec) != dim:
				return nil, dim, fmt.Errorf("document %s chunk %d: vector of %d dimensions, want %d", d.Path, n+1, len(c.Vec), dim)
			}
			r.Pieces[n] = pieceRec{Start: c.Start, End: c.End, Meta: c.Meta, Hash: c.Hash, Vec: c.Vec}
		}
		out[i] = r
	}
	return out, dim, nil
}

// merge returns the documents of old without those of del, with recs put
// in place of those of the same path, in path order.
func merge(old, recs []*docRec, del []string) []*docRec {
	byPath := make(map[string]*docRec, len(old)+len(recs))
	for _, d := range old {
		byPath[d.Path] = d
	}
	for _, p := range del {
		delete(byPath, p)
	}
	for _, r := range recs {
		byPath[r.Path] = r
	}
	out := make([]*docRec, 0, len(byPath))
	for _, d := range byPath {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// vectorChanges returns the vector keys of old documents that del or recs
// remove, and the keys and vectors recs add.
func vectorChanges(old, recs []*docRec, del []string) (gone, keys []string, vecs [][]float32) {
	drop := make(map[string]bool, len(del)+len(recs))
	for _, p := range del {
		drop[p] = true
	}
	added := make(map[string]bool)
	for _, r := range recs {
		drop[r.Path] = true
		for n, k := range vectorKeys(r) {
			keys, vecs = append(keys, k), append(vecs, r.Pieces[n].Vec)
			added[k] = true
		}
	}
	for _, d := range old {
		if !drop[d.Path] {
			continue
		}
		for _, k := range vectorKeys(d) {
			if !added[k] {
				gone = append(gone, k)
			}
		}
	}
	return gone, keys, vecs
}

// restore fills an empty index with stored documents; their searchable
// structures are made by ensureBuilt, so that an Update that follows
// makes them once.
func (ix *Index) restore(ctx context.Context, s *stored) error {
	docs := s.Docs
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].Path < docs[j].Path })
	var keys []string
	var vecs [][]float32
	for _, d := range docs {
		d.lineStarts = lineStarts(d.Text)
		for n, k := range vectorKeys(d) {
			keys, vecs = append(keys, k), append(vecs, d.Pieces[n].Vec)
		}
	}
	if err := ix.vs.Add(ctx, keys, vecs); err != nil {
		return fmt.Errorf("add vectors: %w", err)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.docs, ix.st, ix.dim = docs, nil, s.Dim
	return nil
}

// ensureBuilt makes the searchable structures if restore left them out.
func (ix *Index) ensureBuilt() {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.st == nil {
		ix.st = buildState(ix.docs)
	}
}

// snapshot returns the index as it is stored.
func (ix *Index) snapshot(corpus string) *stored {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return &stored{Version: storeVersion, Pipeline: pipelineVersion(), Embedder: ix.emb.Name, Dim: ix.dim,
		Corpus: corpus, Docs: ix.docs}
}

// state returns the current searchable structures, which stay valid (and
// unchanged) however the index changes later.
func (ix *Index) state() *state {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.st
}
