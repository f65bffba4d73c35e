package retrieval

// Benchmarks of the vector search of a non-Local embedder (issue 9): the
// exhaustive scan against the HNSW graph, on synthetic normalised
// vectors made in the benchmark (no network, no model).
//
//	go test ./retrieval -run '^$' -bench 'VectorScan' -cpu 1
//	go test ./retrieval -run '^$' -bench 'VectorANN' -cpu 1 -benchtime 200x

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/viterin/vek/vek32"
)

// reportCPU reports the CPU time per operation since cpu, in ms.
func reportCPU(b *testing.B, cpu time.Duration) {
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
}

// synthVectors returns n normalised vectors of dim dimensions, end to
// end: with clusters > 0, each near one of that many random centres (as
// embeddings of a corpus bunch by topic); otherwise uniform on the sphere.
func synthVectors(n, dim, clusters int, seed int64) []float32 {
	r := rand.New(rand.NewSource(seed))
	centres := make([][]float32, clusters)
	for c := range centres {
		centres[c] = gaussVector(r, dim, 1)
	}
	out := make([]float32, 0, n*dim)
	for i := 0; i < n; i++ {
		v := gaussVector(r, dim, 1)
		if clusters > 0 {
			c := centres[r.Intn(clusters)]
			for k := range v {
				v[k] = c[k] + 0.6*v[k]
			}
		}
		normalize(v)
		out = append(out, v...)
	}
	return out
}

func gaussVector(r *rand.Rand, dim int, sd float64) []float32 {
	v := make([]float32, dim)
	for k := range v {
		v[k] = float32(r.NormFloat64() * sd)
	}
	return v
}

// synthQueries returns n query vectors for vecs: each a stored vector
// moved by noise, so that it has near neighbours as a question has.
func synthQueries(vecs []float32, dim, n int, seed int64) [][]float32 {
	r := rand.New(rand.NewSource(seed))
	chunks := len(vecs) / dim
	out := make([][]float32, n)
	for i := range out {
		base := vecs[r.Intn(chunks)*dim:][:dim]
		q := gaussVector(r, dim, 1/math.Sqrt(float64(dim)))
		for k := range q {
			q[k] += base[k]
		}
		normalize(q)
		out[i] = q
	}
	return out
}

// scanSizes are the index sizes (chunks) of BenchmarkVectorScan, by
// dimension, kept under ~150 MB of vectors each.
var scanSizes = map[int][]int{
	384:  {1000, 2000, 5000, 10000, 20000, 50000, 100000},
	768:  {1000, 2000, 5000, 10000, 20000, 50000},
	1536: {1000, 2000, 5000, 10000, 25000},
}

// BenchmarkVectorScan is the exhaustive scan of vectorRanking (one query,
// the fusionDepth nearest) by dimension and index size.
func BenchmarkVectorScan(b *testing.B) {
	for _, dim := range []int{384, 768, 1536} {
		sizes := scanSizes[dim]
		all := synthVectors(sizes[len(sizes)-1], dim, 0, 1)
		qs := synthQueries(all, dim, 64, 2)
		for _, n := range sizes {
			b.Run(fmt.Sprintf("dim=%d/chunks=%d", dim, n), func(b *testing.B) {
				vecs := all[:n*dim]
				cpu := cpuTime()
				for i := 0; b.Loop(); i++ {
					scanVectors(vecs, dim, qs[i%len(qs)], fusionDepth, vek32.Dot)
				}
				reportCPU(b, cpu)
			})
			b.Run(fmt.Sprintf("scalar/dim=%d/chunks=%d", dim, n), func(b *testing.B) {
				// the loop of dot, one core, as scanVectors was before vek32
				vecs := all[:n*dim]
				cpu := cpuTime()
				for i := 0; b.Loop(); i++ {
					q := qs[i%len(qs)]
					h := make([]hit, 0, fusionDepth)
					for c := 0; c < n; c++ {
						h = keepBest(h, hit{int32(c), dot(q, vecs[c*dim:(c+1)*dim])}, fusionDepth)
					}
				}
				reportCPU(b, cpu)
			})
		}
	}
}

// annCase is one configuration of BenchmarkVectorANN.
type annCase struct {
	dim, chunks, clusters int
}

// BenchmarkVectorANN builds the HNSW graph of synthetic vectors and
// measures a query (the fusionDepth nearest) and its recall@10 against
// the exhaustive scan; it reports the build's CPU time and heap.
func BenchmarkVectorANN(b *testing.B) {
	cases := []annCase{{384, 10000, 100}, {384, 50000, 100}, {768, 20000, 100}, {384, 20000, 0}, {384, 100000, 100}}
	for _, c := range cases {
		vecs := synthVectors(c.chunks, c.dim, c.clusters, 1)
		qs := synthQueries(vecs, c.dim, 200, 2)
		var g *annGraph
		name := fmt.Sprintf("dim=%d/chunks=%d/clusters=%d", c.dim, c.chunks, c.clusters)
		b.Run(name+"/build", func(b *testing.B) {
			b.N = 1
			heap := heapInUse()
			cpu := cpuTime()
			g = newANNGraph(vecs, c.dim)
			b.ReportMetric(float64(cpuTime()-cpu)/1e9, "cpu-s")
			b.ReportMetric(float64(heapInUse()-heap)/1e6, "heap-MB")
			// the stored graph: its size, and the cost of reading it back
			var buf bytes.Buffer
			if err := g.export(&buf); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(buf.Len())/1e6, "file-MB")
			heap, cpu = heapInUse(), cpuTime()
			back, err := importANNGraph(&buf, c.chunks, c.dim)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(cpuTime()-cpu)/1e9, "import-cpu-s")
			b.ReportMetric(float64(heapInUse()-heap)/1e6, "import-heap-MB")
			runtime.KeepAlive(back)
		})
		for _, ef := range []int{fusionDepth, annEfSearch, 2 * annEfSearch} {
			b.Run(fmt.Sprintf("%s/query/ef=%d", name, ef), func(b *testing.B) {
				g.g.EfSearch = ef
				defer func() { g.g.EfSearch = annEfSearch }()
				cpu := cpuTime()
				for i := 0; b.Loop(); i++ {
					if _, err := g.nearest(qs[i%len(qs)], fusionDepth); err != nil {
						b.Fatal(err)
					}
				}
				reportCPU(b, cpu)
				b.ReportMetric(annRecall(b, g, vecs, c.dim, qs, fusionDepth, 10), "recall@10")
			})
		}
	}
}

// annRecall is the share of the exact k nearest of each query that are
// among the k nearest of the depth that the graph finds.
func annRecall(tb testing.TB, g *annGraph, vecs []float32, dim int, qs [][]float32, depth, k int) float64 {
	found := 0
	for _, q := range qs {
		keys, err := g.nearest(q, depth)
		if err != nil {
			tb.Fatal(err)
		}
		var hits []hit
		for _, key := range keys {
			hits = append(hits, hit{key, vek32.Dot(q, vecs[int(key)*dim:][:dim])})
		}
		sort.Slice(hits, func(i, j int) bool { return hits[i].better(hits[j]) })
		got := map[int32]bool{}
		for _, h := range hits[:min(k, len(hits))] {
			got[h.chunk] = true
		}
		for _, h := range scanVectors(vecs, dim, q, k, vek32.Dot) {
			if got[h.chunk] {
				found++
			}
		}
	}
	return float64(found) / float64(k*len(qs))
}

func heapInUse() int64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	return int64(m.HeapInuse)
}

// BenchmarkVectorANNCorpus measures the graph on the vectors of a real
// text with a fake embedder (HashEmbedder, its vectors stored as a model's
// would be): a corpus folder of scripts/bench-scale.sh, named by
// CITEBOT_ANN_CORPUS (it holds corpus/ and questions.jsonl; skipped
// without it), and its questions as queries.
//
//	CITEBOT_ANN_CORPUS=/tmp/citebot-scale/corpus-5MB-seed1 go test ./retrieval -run '^$' -bench VectorANNCorpus -cpu 1 -benchtime 100x
func BenchmarkVectorANNCorpus(b *testing.B) {
	dir := os.Getenv("CITEBOT_ANN_CORPUS")
	if dir == "" {
		b.Skip("CITEBOT_ANN_CORPUS not set")
	}
	kept := HashEmbedder(DefaultDim)
	kept.Name, kept.Local = "kept", false
	ctx := context.Background()
	ix, _, err := Open(ctx, Corpus{FS: os.DirFS(filepath.Join(dir, "corpus")), Name: dir}, shared(Options{Embedder: kept, ApproxMin: -1}))
	if err != nil {
		b.Fatal(err)
	}
	st := ix.state()
	data, err := os.ReadFile(filepath.Join(dir, "questions.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	var qs [][]float32
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var q struct{ Question string }
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			b.Fatal(err)
		}
		query, err := NewQuery(ctx, kept, q.Question, 5)
		if err != nil {
			b.Fatal(err)
		}
		qs = append(qs, query.Vec)
	}
	cpu := cpuTime()
	g := newANNGraph(st.vecs, st.dim)
	b.Logf("%d chunks of %d dimensions: graph built in %.1f s of CPU", len(st.chunks), st.dim, float64(cpuTime()-cpu)/1e9)
	b.Run("exact", func(b *testing.B) {
		cpu := cpuTime()
		for i := 0; b.Loop(); i++ {
			scanVectors(st.vecs, st.dim, qs[i%len(qs)], fusionDepth, vek32.Dot)
		}
		reportCPU(b, cpu)
	})
	b.Run("hnsw", func(b *testing.B) {
		cpu := cpuTime()
		for i := 0; b.Loop(); i++ {
			g.nearest(qs[i%len(qs)], fusionDepth)
		}
		reportCPU(b, cpu)
		b.ReportMetric(annRecall(b, g, st.vecs, st.dim, qs, fusionDepth, 10), "recall@10")
	})
}
