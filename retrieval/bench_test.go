package retrieval

// Benchmarks of issue 2: search latency at 1k/10k/100k chunks compared with
// chromem-go's bare QueryEmbedding on the same vectors, and index
// throughput. Results and commands are in BENCHMARKS.md.
//
//	go test ./retrieval/ -run '^$' -bench . -benchtime 200x
//
// The corpora are synthetic and deterministic: a fixed-seed math/rand
// writes documents of paragraphs of sentences from a Zipf-distributed
// vocabulary of pseudo-words mixed with English function words, so the
// chunker, the block classifier, BM25 and the embedder all see prose-like
// text with realistic term-frequency skew (a few very common terms with
// long posting lists, a long tail of rare ones).

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/citebot/citebot/retrieval/chromem"
	chromemgo "github.com/philippgille/chromem-go"
)

// synthSeed fixes every synthetic corpus and query set.
const synthSeed = 20240611

// synthVocabSize is the number of pseudo-words.
const synthVocabSize = 4000

// synthFunctionWords are real English function words (stop words, so they
// shape sentences and the classifier's stop-word density but are not BM25
// terms) and a few common content words.
var synthFunctionWords = strings.Fields(`the of and to in a is that for it was on with as by at
from this be are were which has had not but or an their its into after over between during
about than more also been would who when there these they could other such only new first
two three years government year said`)

// synthGen writes synthetic documents and queries.
type synthGen struct {
	rng   *rand.Rand
	zipf  *rand.Zipf
	words []string
}

// newSynthGen returns a generator of text from seed over the one
// vocabulary (made from synthSeed), so queries share the corpus's words.
func newSynthGen(seed int64) *synthGen {
	rng := rand.New(rand.NewSource(seed))
	g := &synthGen{rng: rng, zipf: rand.NewZipf(rng, 1.07, 2, synthVocabSize-1), words: synthVocab()}
	return g
}

// synthVocab returns the pseudo-words, most frequent first.
var synthVocab = sync.OnceValue(func() []string {
	rng := rand.New(rand.NewSource(synthSeed))
	var words []string
	onsets := strings.Fields("b c d f g h j k l m n p r s t v w z br ch cl dr gr kr pl pr sh st th tr")
	vowels := strings.Fields("a e i o u ai ea io ou")
	codas := []string{"", "", "", "n", "r", "s", "l", "m", "nd", "st", "x"}
	seen := make(map[string]bool)
	for len(words) < synthVocabSize {
		var b strings.Builder
		for s, n := 0, 2+rng.Intn(3); s < n; s++ {
			b.WriteString(onsets[rng.Intn(len(onsets))])
			b.WriteString(vowels[rng.Intn(len(vowels))])
		}
		b.WriteString(codas[rng.Intn(len(codas))])
		w := b.String()
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	return words
})

// word is a Zipf-distributed pseudo-word.
func (g *synthGen) word() string { return g.words[g.zipf.Uint64()] }

// sentence writes one sentence: 8–24 words, about a third of them
// function words, sometimes a number or a capitalised name.
func (g *synthGen) sentence(b *strings.Builder) {
	n := 8 + g.rng.Intn(17)
	for i := 0; i < n; i++ {
		var w string
		switch r := g.rng.Intn(100); {
		case r < 35:
			w = synthFunctionWords[g.rng.Intn(len(synthFunctionWords))]
		case r < 38:
			w = fmt.Sprint(1900 + g.rng.Intn(125))
		case r < 44:
			w = g.word()
			w = strings.ToUpper(w[:1]) + w[1:]
		default:
			w = g.word()
		}
		if i == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		} else {
			if g.rng.Intn(12) == 0 {
				b.WriteByte(',')
			}
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	b.WriteString(".")
}

// doc writes a document of about size bytes: a title line, then paragraphs
// of 2–7 sentences separated by blank lines.
func (g *synthGen) doc(size int) string {
	var b strings.Builder
	b.Grow(size + 512)
	for i := 0; i < 3+g.rng.Intn(4); i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		w := g.word()
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	b.WriteString("\n\n")
	for b.Len() < size {
		for s, n := 0, 2+g.rng.Intn(6); s < n; s++ {
			if s > 0 {
				b.WriteByte(' ')
			}
			g.sentence(&b)
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// query writes a question-like query of 2–5 corpus words.
func (g *synthGen) query() string {
	frames := []string{"What %s?", "When did %s?", "Who %s", "%s", "Why was %s?", "How many %s"}
	n := 2 + g.rng.Intn(4)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.word()
	}
	return fmt.Sprintf(frames[g.rng.Intn(len(frames))], strings.Join(ws, " "))
}

// synthDocBytes is the size of one synthetic document: large enough that
// 100k chunks need only ~1.6k documents.
const synthDocBytes = 40 << 10

// synthCorpus returns a deterministic in-memory corpus of n documents of
// about docBytes each, and its total size in bytes.
func synthCorpus(seed int64, n, docBytes int) (fstest.MapFS, int) {
	g := newSynthGen(seed)
	fsys := fstest.MapFS{}
	total := 0
	for i := 0; i < n; i++ {
		d := g.doc(docBytes)
		fsys[fmt.Sprintf("doc-%05d.txt", i)] = &fstest.MapFile{Data: []byte(d)}
		total += len(d)
	}
	return fsys, total
}

// synthChunksPerDoc estimates how many chunks a synthetic document makes by
// parsing a few of them, so corpora can be sized in chunks.
var synthChunksPerDoc = sync.OnceValue(func() float64 {
	fsys, _ := synthCorpus(synthSeed, 8, synthDocBytes)
	n := 0
	for name, f := range fsys {
		d, err := parse(context.Background(), sourceFile{Path: name, Data: f.Data})
		if err != nil {
			panic(err)
		}
		n += len(d.Chunks)
	}
	return float64(n) / float64(len(fsys))
})

// benchIndex is a synthetic index built once per size.
type benchIndex struct {
	ix      *Index
	chunks  int
	bytes   int
	build   time.Duration
	queries []string
	vecs    [][]float32 // the queries embedded as Search embeds them
	store   func() *chromem.Store
}

var (
	benchMu      sync.Mutex
	benchIndexes = map[int]*benchIndex{}
)

// synthIndex returns the in-memory index of a synthetic corpus of about
// chunks chunks, building it on first use.
func synthIndex(b *testing.B, chunks int) *benchIndex {
	b.Helper()
	benchMu.Lock()
	defer benchMu.Unlock()
	if bi, ok := benchIndexes[chunks]; ok {
		return bi
	}
	ndocs := max(1, int(float64(chunks)/synthChunksPerDoc()+0.5))
	fsys, total := synthCorpus(synthSeed, ndocs, synthDocBytes)
	t0 := time.Now()
	ix, _, err := Open(context.Background(), Corpus{FS: fsys, Name: "synthetic"}, shared(Options{}))
	if err != nil {
		b.Fatal(err)
	}
	bi := &benchIndex{ix: ix, chunks: len(ix.state().chunks), bytes: total, build: time.Since(t0)}
	bi.store = sync.OnceValue(func() *chromem.Store { return vectorStore(ix) })
	g := newSynthGen(synthSeed + 1)
	for i := 0; i < 64; i++ {
		q := g.query()
		v, err := NewQuery(context.Background(), ix.emb, q, 5)
		if err != nil {
			b.Fatal(err)
		}
		bi.queries = append(bi.queries, q)
		bi.vecs = append(bi.vecs, v.Vec)
	}
	b.Logf("synthetic index: %d documents, %.1f MB, %d chunks, built in %v (%.2f MB/s)",
		ndocs, float64(total)/1e6, bi.chunks, bi.build.Round(time.Millisecond), float64(total)/1e6/bi.build.Seconds())
	benchIndexes[chunks] = bi
	return bi
}

// coll is a chromem-go collection of the vectors of the index's chunks
// (which the index itself does not keep with the local embedder), made on
// first use.
func (bi *benchIndex) coll() *chromemgo.Collection { return bi.store().Collection() }

// vectorStore puts the vectors of every chunk of ix in a chromem store.
func vectorStore(ix *Index) *chromem.Store {
	st := ix.state()
	idx := make([]int32, len(st.chunks))
	keys := make([]string, len(st.chunks))
	for i := range idx {
		idx[i], keys[i] = int32(i), fmt.Sprint(i)
	}
	vecs, err := ix.chunkVectors(context.Background(), st, idx)
	if err != nil {
		panic(err)
	}
	s := chromem.New()
	if err := s.Add(context.Background(), keys, vecs); err != nil {
		panic(err)
	}
	return s
}

var benchSizes = []int{1000, 10000, 100000}

// BenchmarkSearch is Index.Search with k=5 over a rotating set of queries.
func BenchmarkSearch(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("chunks=%d", n), func(b *testing.B) {
			bi := synthIndex(b, n)
			ctx := context.Background()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := bi.ix.Search(ctx, bi.queries[i%len(bi.queries)], 5); err != nil {
					b.Fatal(err)
				}
				i++
			}
			b.ReportMetric(float64(bi.chunks), "chunks")
		})
	}
}

// BenchmarkQueryEmbedding is chromem-go's bare Collection.QueryEmbedding on
// the index's own collection, with the same queries embedded beforehand and
// the depth Search asks chromem for.
func BenchmarkQueryEmbedding(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("chunks=%d", n), func(b *testing.B) {
			bi := synthIndex(b, n)
			ctx := context.Background()
			depth := min(fusionDepth, bi.chunks)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := bi.coll().QueryEmbedding(ctx, bi.vecs[i%len(bi.vecs)], depth, nil, nil); err != nil {
					b.Fatal(err)
				}
				i++
			}
			b.ReportMetric(float64(bi.chunks), "chunks")
		})
	}
}

// BenchmarkSearchVsBare alternates Index.Search and the bare chromem query
// for the same query, timing each, and reports their ratio (the issue's
// target is ratio ≤ 1.3 at 100k chunks). ns/op is the sum of both.
func BenchmarkSearchVsBare(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("chunks=%d", n), func(b *testing.B) {
			bi := synthIndex(b, n)
			ctx := context.Background()
			depth := min(fusionDepth, bi.chunks)
			var search, bare time.Duration
			i := 0
			for b.Loop() {
				q := i % len(bi.queries)
				t0 := time.Now()
				if _, err := bi.ix.Search(ctx, bi.queries[q], 5); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				if _, err := bi.coll().QueryEmbedding(ctx, bi.vecs[q], depth, nil, nil); err != nil {
					b.Fatal(err)
				}
				t2 := time.Now()
				search += t1.Sub(t0)
				bare += t2.Sub(t1)
				i++
			}
			b.ReportMetric(float64(search.Nanoseconds())/float64(i), "search-ns/op")
			b.ReportMetric(float64(bare.Nanoseconds())/float64(i), "bare-ns/op")
			b.ReportMetric(float64(search)/float64(bare), "ratio")
			b.ReportMetric(float64(bi.chunks), "chunks")
			b.ReportMetric(bi.build.Seconds(), "build-s")
		})
	}
}

// BenchmarkIndex is Open in memory on a ~5 MB synthetic corpus; MB/s is
// the text indexing throughput (extraction, classification, chunking,
// embedding, BM25 and the vector collection).
func BenchmarkIndex(b *testing.B) {
	fsys, total := synthCorpus(synthSeed, 5<<20/synthDocBytes, synthDocBytes)
	c := Corpus{FS: fsys, Name: "synthetic"}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	var chunks int
	for b.Loop() {
		ix, _, err := Open(context.Background(), c, shared(Options{}))
		if err != nil {
			b.Fatal(err)
		}
		chunks = len(ix.state().chunks)
	}
	b.ReportMetric(float64(chunks), "chunks")
}

// BenchmarkOpenStored is Open of an unchanged corpus of about 10k chunks
// whose index is stored: the cold start of a process (walk and hash the
// files, decode the index, build BM25 and the vector store).
func BenchmarkOpenStored(b *testing.B) {
	ndocs := max(1, int(10000/synthChunksPerDoc()+0.5))
	fsys, _ := synthCorpus(synthSeed, ndocs, synthDocBytes)
	c := Corpus{FS: fsys, Name: "synthetic"}
	data := b.TempDir()
	if _, _, err := Open(context.Background(), c, shared(Options{DataDir: data})); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_, rep, err := Open(context.Background(), c, shared(Options{DataDir: data}))
		if err != nil || rep.Unchanged != ndocs || rep.Saved {
			b.Fatalf("Open: %+v, %v", rep, err)
		}
	}
}

// BenchmarkAnalyzeQuery is the tolerant query analysis alone over the
// synthetic index's vocabulary, with every word of the questions misspelt
// (the worst case: a correction per word); Search pays it once per question.
func BenchmarkAnalyzeQuery(b *testing.B) {
	for _, n := range benchSizes[:2] {
		b.Run(fmt.Sprintf("chunks=%d", n), func(b *testing.B) {
			bi := synthIndex(b, n)
			// every word misspelt: the worst case, a correction per word
			qs := make([]string, len(bi.queries))
			for i, q := range bi.queries {
				w := strings.Fields(q)
				for j := range w {
					if len(w[j]) > 3 {
						w[j] = w[j][:2] + "q" + w[j][2:]
					}
				}
				qs[i] = strings.Join(w, " ")
			}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				bi.ix.AnalyzeQuery(qs[i%len(qs)])
				i++
			}
		})
	}
}
