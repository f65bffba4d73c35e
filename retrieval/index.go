package retrieval

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"sync"

	"github.com/citebot/citebot/text/synonyms"
)

// Index is the in-process Backend: BM25 over the chunks' words fused with
// the cosine similarity of their vectors. Open keeps it in one file and
// maps that file back in place, so opening a stored index builds nothing
// (see format.go). With a Local embedder (the default HashEmbedder) no
// chunk vectors are kept: the vector signal is computed for the BM25
// candidates of each query only, from their text; with another embedder
// the vectors are kept and searched exhaustively up to Options.ApproxMin
// chunks, and beyond through an HNSW graph that Open and Refresh build
// (annindex.go; an Index of NewIndex alone always scans). It also
// implements citebot.Retriever (Search), bot.TermWeigher and
// bot.DocFreqer. It is safe for concurrent use: searches see the index
// before or after an Update, never in between.
type Index struct {
	emb    Embedder
	bm25   BM25            // Options.BM25, or DefaultBM25
	syn    *synonyms.Table // nil: questions are not expanded by synonyms
	graphs vectorGraphs    // set by Open before any search; min < 0 in an Index of NewIndex

	upd   sync.Mutex // serialises Updates
	spill *textSpill // where the texts being indexed are (nil: the heap); set by refresh under upd

	mu sync.RWMutex
	st *state // replaced whole by Update; never modified
}

// NewIndex returns an empty in-process index that embeds queries with emb
// (the zero Embedder means HashEmbedder(DefaultDim)).
func NewIndex(emb Embedder) *Index {
	if emb.Embed == nil {
		emb = HashEmbedder(DefaultDim)
	}
	return &Index{emb: emb, bm25: DefaultBM25(), st: emptyState(emb.Dim), graphs: vectorGraphs{min: -1}}
}

// keepVectors reports whether the index stores chunk vectors.
func (ix *Index) keepVectors() bool { return !ix.emb.Local }

// IndexesVectors implements VectorIndexer: false with a Local embedder,
// whose chunks need no vectors from Sync.
func (ix *Index) IndexesVectors() bool { return ix.keepVectors() }

// Documents implements Backend.
func (ix *Index) Documents(ctx context.Context) (map[string]string, error) {
	st := ix.state()
	out := make(map[string]string, len(st.docs))
	for _, d := range st.docs {
		out[d.Path] = d.Hash
	}
	return out, nil
}

// FileStats implements Stater.
func (ix *Index) FileStats(ctx context.Context) (map[string]FileStat, error) {
	st := ix.state()
	out := make(map[string]FileStat, len(st.docs))
	for _, d := range st.docs {
		out[d.Path] = FileStat{Hash: d.Hash, Size: d.Size, ModTime: d.ModTime}
	}
	return out, nil
}

// RecordFileStats implements StatRecorder: each document of a path of
// stats whose hash is the one given takes its size and modification
// time, so that the next Sync recognises the file without reading it;
// other entries are ignored. Searches see the change whole, as with
// Update; a stored index keeps the new stats once it is saved again.
func (ix *Index) RecordFileStats(ctx context.Context, stats map[string]FileStat) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ix.upd.Lock()
	defer ix.upd.Unlock()
	old := ix.state()
	if err := old.sums.all(); err != nil { // its texts go into the new state, and are saved
		return err
	}
	docs := slices.Clone(old.docs)
	n := 0
	for i := range docs {
		if s, ok := stats[docs[i].Path]; ok && s.Hash == docs[i].Hash {
			docs[i].Size, docs[i].ModTime = s.Size, s.ModTime
			n++
		}
	}
	if n > 0 {
		st := &state{docs: docs, byID: old.byID, chunks: old.chunks, bm: old.bm, lex: old.lex, vecs: old.vecs, dim: old.dim, sums: old.sums}
		old.ann.mu.Lock()
		st.ann.g = old.ann.g // the same vectors: the same graph
		old.ann.mu.Unlock()
		ix.mu.Lock()
		ix.st = st
		ix.mu.Unlock()
	}
	return nil
}

// Vectors implements Backend. A Local embedder's vectors are not stored:
// they are computed again from the chunks' texts. Stored vectors are
// returned in place, in memory that may be read-only.
func (ix *Index) Vectors(ctx context.Context, hashes []string) (map[string][]float32, error) {
	want := make(map[[12]byte]string, len(hashes))
	for _, h := range hashes {
		want[hashKey(h)] = h
	}
	st := ix.state()
	out := make(map[string][]float32)
	var recompute []int32
	var names []string
	for i := range st.chunks {
		h, ok := want[st.chunks[i].Hash]
		if !ok {
			continue
		}
		delete(want, st.chunks[i].Hash)
		if v := st.vec(int32(i)); v != nil {
			out[h] = v
		} else {
			recompute, names = append(recompute, int32(i)), append(names, h)
		}
	}
	if len(recompute) == 0 {
		return out, nil
	}
	vecs, err := ix.chunkVectors(ctx, st, recompute)
	if err != nil {
		return nil, err
	}
	for k, h := range names {
		out[h] = vecs[k]
	}
	return out, nil
}

// Update implements Backend. It checks the documents first (paths unique,
// spans inside the text, and, when it keeps vectors, a vector for every chunk, all of one dimension)
// and fails before changing anything if they are wrong or ctx is done;
// del is applied before put. It builds the searchable structures of all
// documents anew, as Open would from scratch (the vocabulary is updated
// from the current one, but every chunk is analysed again: its terms
// depend on the counts of words over the corpus), then swaps them in.
func (ix *Index) Update(ctx context.Context, put []Document, del []string) error {
	if len(put) == 0 && len(del) == 0 {
		return nil
	}
	ix.upd.Lock()
	defer ix.upd.Unlock()
	old := ix.state()
	recs, dim, err := records(put, old.dim, ix.keepVectors())
	if err != nil {
		return err
	}
	return ix.update(ctx, old, recs, dim, del)
}

// takesRecords reports whether Sync may hand the index records
// (updateRecords) instead of Documents: with a Local embedder, whose
// chunks need no vectors, lines or terms. The chunks of a large corpus,
// all held until the update, then fill a third of the heap that
// Documents would.
func (ix *Index) takesRecords() bool { return !ix.keepVectors() }

// updateRecords is Update of documents that Sync parsed, as records.
func (ix *Index) updateRecords(ctx context.Context, recs []*docRec, del []string) error {
	if len(recs) == 0 && len(del) == 0 {
		return nil
	}
	ix.upd.Lock()
	defer ix.upd.Unlock()
	old := ix.state()
	return ix.update(ctx, old, recs, old.dim, del)
}

// update makes the state of old with the documents of del removed and
// recs put, whose vectors have dim dimensions, and swaps it in.
func (ix *Index) update(ctx context.Context, old *state, recs []*docRec, dim int, del []string) error {
	if err := old.sums.all(); err != nil { // its texts go into the new state
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	gone := slices.Clone(del)
	for _, r := range recs {
		gone = append(gone, r.Path)
	}
	st, err := buildState(merge(old.records(), recs, del), dim, ix.keepVectors(), old.nextVocabulary(recs, gone, ix.spill.release), ix.spill)
	if err != nil {
		return err
	}
	ix.mu.Lock()
	ix.st = st
	ix.mu.Unlock()
	return nil
}

// records checks documents and turns them into records, with their
// vectors when keep; dim is the dimension of the vectors (0: the first
// vector's), returned as found.
func records(put []Document, dim int, keep bool) ([]*docRec, int, error) {
	out := make([]*docRec, len(put))
	seen := make(map[string]bool, len(put))
	for i, d := range put {
		if d.Path == "" || seen[d.Path] {
			return nil, dim, fmt.Errorf("document %q: empty or repeated path", d.Path)
		}
		seen[d.Path] = true
		if len(d.Text) > 1<<32-1 {
			return nil, dim, fmt.Errorf("document %s: too large", d.Path)
		}
		for n, c := range d.Chunks {
			if dim == 0 && keep {
				dim = len(c.Vec)
			}
			switch {
			case c.Start < 0 || c.Start > c.End || c.End > len(d.Text):
				return nil, dim, fmt.Errorf("document %s chunk %d: span %d-%d outside the text", d.Path, n+1, c.Start, c.End)
			case c.Hash == "" || keep && len(c.Vec) == 0:
				return nil, dim, fmt.Errorf("document %s chunk %d: no content hash or vector", d.Path, n+1)
			case keep && len(c.Vec) != dim:
				return nil, dim, fmt.Errorf("document %s chunk %d: vector of %d dimensions, want %d", d.Path, n+1, len(c.Vec), dim)
			}
		}
		r := recordOf(&d)
		if keep {
			r.Vecs = make([][]float32, len(d.Chunks))
			for n, c := range d.Chunks {
				r.Vecs[n] = c.Vec
			}
		}
		out[i] = r
	}
	return out, dim, nil
}

// recordOf returns the record of a parsed document, whose chunks' spans
// and hashes are right and whose text's offsets fit 32 bits.
func recordOf(d *Document) *docRec {
	r := &docRec{Path: d.Path, Hash: d.Hash, Text: d.Text, Size: d.Size, ModTime: d.ModTime, Title: d.Title,
		Author: d.Author, Date: d.Date, Publisher: d.Publisher, Pieces: make([]pieceRec, len(d.Chunks))}
	for i, c := range d.Chunks {
		r.Pieces[i] = pieceRec{Start: uint32(c.Start), End: uint32(c.End), Meta: c.Meta, Hash: hashKey(c.Hash)}
	}
	return r
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

// state returns the current searchable structures, which stay valid (and
// unchanged) however the index changes later.
func (ix *Index) state() *state {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.st
}

// setState replaces the state of an index that no search uses yet.
func (ix *Index) setState(st *state) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.st = st
}
