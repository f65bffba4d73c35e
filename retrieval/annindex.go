package retrieval

import (
	"errors"
	"os"
	"path/filepath"
	"time"
)

// approximate reports whether the vectors of st are searched through an
// HNSW graph: they are stored (a non-Local embedder), and st has more
// chunks than the index's crossover (Options.ApproxMin).
func (ix *Index) approximate(st *state) bool {
	return st.vecs != nil && ix.graphs.min >= 0 && len(st.chunks) > ix.graphs.min
}

// graphOf returns the graph of st, reading it from the data dir on the
// first call; nil, so that the caller scans exactly, when there is none
// or it cannot be used. That is logged once for st; a damaged file is
// removed, so that the next Open or Refresh builds the graph again.
// Safe for concurrent use: callers wait while the graph is read.
func (ix *Index) graphOf(st *state) *annGraph {
	st.ann.mu.Lock()
	defer st.ann.mu.Unlock()
	if st.ann.g != nil || st.ann.tried {
		return st.ann.g
	}
	st.ann.tried = true
	log := ix.graphs.log
	if ix.graphs.dir == "" {
		log.Info("no vector graph for this index: vectors are scanned exactly", "chunks", len(st.chunks))
		return nil
	}
	start := time.Now()
	g, err := loadGraph(ix.graphs.dir, keyOf(st, ix.emb.Name))
	if err != nil {
		log.Warn("vector graph not used: vectors are scanned exactly until Open or Refresh builds one", "err", err)
		if errors.Is(err, errBadGraph) {
			os.Remove(filepath.Join(ix.graphs.dir, graphFile))
		}
		return nil
	}
	log.Debug("vector graph read", "chunks", len(st.chunks), "seconds", time.Since(start).Seconds())
	st.ann.g = g
	return g
}

// prepareGraph gives st a graph when it is searched approximately: a
// graph file in the data dir made for the same vectors is kept, to be read
// on the first query (graphOf); otherwise the graph is built now, unless
// st has one already, from all the vectors (a change of the corpus
// rebuilds it whole), and saved beside the index. A graph that cannot be saved is still used, and
// logged. Open and Refresh call it after each sync.
func (ix *Index) prepareGraph(st *state) {
	if !ix.approximate(st) {
		return
	}
	key := keyOf(st, ix.emb.Name)
	if ix.graphs.dir != "" && graphCurrent(ix.graphs.dir, key) {
		return
	}
	log := ix.graphs.log
	st.ann.mu.Lock()
	g := st.ann.g // built by an earlier call (a Refresh that changed nothing)
	st.ann.mu.Unlock()
	if g == nil {
		start := time.Now()
		g = newANNGraph(st.vecs, st.dim)
		log.Info("vector graph built", "chunks", len(st.chunks), "seconds", time.Since(start).Seconds())
		st.ann.mu.Lock()
		st.ann.g = g
		st.ann.mu.Unlock()
	}
	if ix.graphs.dir == "" {
		return
	}
	if err := saveGraph(ix.graphs.dir, key, g); err != nil {
		log.Warn("vector graph not saved", "dir", ix.graphs.dir, "err", err)
	}
}
