package retrieval

import (
	"fmt"
	"io"
	"log/slog"
	"math/rand"
	"sync"

	"github.com/coder/hnsw"
)

// DefaultApproxMin is the size of an index, in chunks, above which the
// stored vectors of a non-Local embedder are searched through an HNSW
// graph (annGraph) instead of exhaustively. Measured on this project's
// 2-core machine (BENCHMARKS.md, "Exhaustive scan or HNSW"), the exact
// scan costs more than twice bleve's BM25 query from about 2,000 chunks of
// 768 dimensions (5–10k of 384), but coder/hnsw's query costs more than
// the scan until about 10,000 chunks of 768 dimensions (15k of 384, fewer
// of 1536, the default model's): up to here the vector ranking stays
// exact, and is also the cheaper.
const DefaultApproxMin = 10000

// Parameters of the graph: M neighbours a node (coder/hnsw's default for
// OpenAI-sized embeddings), efBuild candidates while inserting, efSearch
// while searching. On clustered synthetic vectors (BenchmarkVectorANN)
// efSearch 128 gives recall@10 0.98 at 20k × 768 and 0.93 at 50k × 384,
// for 2.3 ms a query; 256 gives 0.96 at 50k for 3.0 ms.
const (
	annM        = 16
	annEfBuild  = 64
	annEfSearch = 128
)

// vectorGraphs says where and from which size an Index searches its
// stored vectors through an HNSW graph (annindex.go).
type vectorGraphs struct {
	dir string // the data dir, which holds graphFile; "": graphs in memory only
	min int    // chunks above which a graph is used; negative: never
	log *slog.Logger
}

// annSlot holds the graph of one state once it is built or read.
type annSlot struct {
	mu    sync.Mutex
	g     *annGraph
	tried bool // reading a stored graph was tried
}

// annGraph is an approximate nearest-neighbour index over the vectors of
// one state: an HNSW graph of github.com/coder/hnsw whose keys are chunk
// indexes. It is built (or imported) whole and then only searched:
// nearest may be called concurrently. A nil *annGraph is no graph, and
// its caller searches exactly. The graph holds its own copy of the
// vectors once imported; a graph just built refers to the vectors it was
// given, which must outlive it.
type annGraph struct {
	g *hnsw.Graph[int32]
}

// newANNGraph builds the graph of n = len(vecs)/dim vectors, which must
// be normalised, inserting them in chunk order with a fixed seed.
func newANNGraph(vecs []float32, dim int) *annGraph {
	g := newHNSW()
	for i := 0; i < len(vecs)/dim; i++ {
		g.Add(hnsw.MakeNode(int32(i), vecs[i*dim:(i+1)*dim:(i+1)*dim]))
	}
	g.EfSearch = annEfSearch
	return &annGraph{g: g}
}

func newHNSW() *hnsw.Graph[int32] {
	g := hnsw.NewGraph[int32]()
	g.M, g.EfSearch, g.Rng = annM, annEfBuild, rand.New(rand.NewSource(1))
	return g
}

// nearest returns the keys of about the n vectors nearest to vec (by
// cosine), nearest first. A graph that panics (it is a library's, read
// from a file) is reported as an error.
func (a *annGraph) nearest(vec []float32, n int) (keys []int32, err error) {
	defer func() {
		if r := recover(); r != nil {
			keys, err = nil, fmt.Errorf("hnsw search: %v", r)
		}
	}()
	if len(vec) != a.g.Dims() {
		return nil, fmt.Errorf("hnsw search: query of %d dimensions, graph of %d", len(vec), a.g.Dims())
	}
	nodes := a.g.Search(vec, n)
	keys = make([]int32, len(nodes))
	for i, nd := range nodes {
		keys[i] = nd.Key
	}
	return keys, nil
}

// export writes the graph in coder/hnsw's encoding.
func (a *annGraph) export(w io.Writer) error {
	if err := a.g.Export(w); err != nil {
		return fmt.Errorf("export hnsw graph: %w", err)
	}
	return nil
}

// importANNGraph reads a graph that export wrote, which must hold the
// vectors of chunks 0..n-1, of dim dimensions. The input must be whole
// (checked by its caller): coder/hnsw trusts the lengths it reads, and a
// panic while importing is reported as an error.
func importANNGraph(r io.Reader, n, dim int) (a *annGraph, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("import hnsw graph: %v", p)
		}
	}()
	g := newHNSW()
	if err := g.Import(r); err != nil {
		return nil, fmt.Errorf("import hnsw graph: %w", err)
	}
	if g.Len() != n || n > 0 && g.Dims() != dim {
		return nil, fmt.Errorf("import hnsw graph: %d vectors of %d dimensions, want %d of %d", g.Len(), g.Dims(), n, dim)
	}
	for i := 0; i < n; i++ {
		if _, ok := g.Lookup(int32(i)); !ok {
			return nil, fmt.Errorf("import hnsw graph: chunk %d missing", i)
		}
	}
	g.EfSearch = annEfSearch
	return &annGraph{g: g}, nil
}
