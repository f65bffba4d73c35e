package retrievaltest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/retrieval"
)

// harness is a backend under test, the corpus synced into it and an
// embedder that counts what it embeds.
type harness struct {
	b        *recorder
	files    fstest.MapFS
	emb      retrieval.Embedder
	embedded atomic.Int64 // texts embedded so far, queries included
}

func newHarness(b retrieval.Backend) *harness {
	h := &harness{b: &recorder{Backend: b}, files: baseCorpus()}
	hash := retrieval.HashEmbedder(64)
	h.emb = retrieval.Embedder{Name: hash.Name, Dim: hash.Dim,
		Embed: func(ctx context.Context, texts []string) ([][]float32, error) {
			h.embedded.Add(int64(len(texts)))
			return hash.Embed(ctx, texts)
		}}
	return h
}

// recorder passes calls to a Backend and records its Updates.
type recorder struct {
	retrieval.Backend
	mu      sync.Mutex
	updates []update
}

// IndexesTerms and IndexesVectors pass on what the wrapped Backend says
// (retrieval.TermIndexer, retrieval.VectorIndexer): Sync reads them by
// type assertion, which a wrapper would otherwise hide.
func (r *recorder) IndexesTerms() bool {
	t, ok := r.Backend.(retrieval.TermIndexer)
	return ok && t.IndexesTerms()
}

func (r *recorder) IndexesVectors() bool {
	v, ok := r.Backend.(retrieval.VectorIndexer)
	return !ok || v.IndexesVectors()
}

// update is the paths one Update put and deleted.
type update struct{ put, del []string }

func (r *recorder) Update(ctx context.Context, put []retrieval.Document, del []string) error {
	u := update{del: slices.Clone(del)}
	for _, d := range put {
		u.put = append(u.put, d.Path)
	}
	r.mu.Lock()
	r.updates = append(r.updates, u)
	r.mu.Unlock()
	return r.Backend.Update(ctx, put, del)
}

// since returns the updates recorded after the first n.
func (r *recorder) since(n int) []update {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.updates[n:])
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.updates)
}

// sync brings the backend in line with h.files.
func (h *harness) sync(t testing.TB) retrieval.Report {
	t.Helper()
	rep, err := retrieval.Sync(context.Background(), retrieval.Corpus{FS: h.files, Name: "suite"}, h.b, retrieval.Options{Embedder: h.emb})
	if err != nil {
		t.Fatalf("Sync: %v", err)
	}
	return rep
}

// search asks the backend a hybrid query for k passages about text.
func (h *harness) search(t testing.TB, text string, k int) []citebot.Passage {
	t.Helper()
	q, err := retrieval.NewQuery(context.Background(), h.emb, text, k)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := h.b.Hybrid(context.Background(), q)
	if err != nil {
		t.Fatalf("Hybrid(%q, %d): %v", text, k, err)
	}
	return ps
}

// chunks returns the number of chunks of doc, from Sources.
func (h *harness) chunks(t testing.TB, doc string) int {
	t.Helper()
	for _, s := range h.b.Sources() {
		if s.Path == doc {
			return s.Chunks
		}
	}
	t.Fatalf("no source %s", doc)
	return 0
}

// prose returns paragraphs of distinct prose about topic.
func prose(topic string, paras int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "A report on %s\n\n", topic)
	for i := 0; i < paras; i++ {
		fmt.Fprintf(&b, "The %s committee met for session %d in the spring of %d and agreed on several measures. "+
			"Members of the %s group discussed the budget, the schedule and the staff needed for the work. "+
			"They noted that progress on %s had been steady since the previous meeting.\n\n", topic, i+1, 1990+i, topic, topic)
	}
	return b.String()
}

// canals is an HTML page, whose extracted text is not its bytes.
const canals = `<html><head><title>Canals of the north</title></head><body><article>
<h1>Canals of the north</h1><p>By Ann Writer</p>
<p>The canal board met again to discuss locks and barges and the budget of the waterways. The board agreed that the
northern locks needed new gates before the winter, and that the barges should pay a fee for every lock they pass.</p>
<p>Boats carried coal and grain along the canal for a century before the railways came. Few of them are left; the
last coal barge made its final trip in 1968 and now lies in the museum by the basin.</p>
</article></body></html>`

// baseCorpus is the corpus every case starts from.
func baseCorpus() fstest.MapFS {
	return fstest.MapFS{
		"a.txt":        {Data: []byte(prose("rivers", 4))},
		"b.md":         {Data: []byte(prose("bridges", 4))},
		"c.html":       {Data: []byte(canals)},
		"notes/d.txt":  {Data: []byte(prose("harbours", 2))},
		"skip.bin":     {Data: []byte("not indexed")},
		".hidden/x.md": {Data: []byte(prose("secrets", 1))},
	}
}

// indexed are the paths of baseCorpus that are indexed, in order.
var indexed = []string{"a.txt", "b.md", "c.html", "notes/d.txt"}

func sha(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// checkExact fails unless every passage is the exact bytes of its
// document at its span, on the line it names, with its Source.
func checkExact(t testing.TB, b retrieval.Backend, what string, ps []citebot.Passage) {
	t.Helper()
	for _, p := range ps {
		doc, err := b.Text(p.Doc)
		if err != nil {
			t.Fatalf("%s: Text(%s): %v", what, p.Doc, err)
		}
		if p.Start < 0 || p.Start > p.End || p.End > len(doc) || doc[p.Start:p.End] != p.Text {
			t.Fatalf("%s: passage %s %d-%d is not the bytes of %s there", what, p.ID, p.Start, p.End, p.Doc)
		}
		if want := 1 + strings.Count(doc[:p.Start], "\n"); p.Line != want {
			t.Errorf("%s: passage %s at line %d, want %d", what, p.ID, p.Line, want)
		}
		if p.Source == nil || p.Source.Path != p.Doc {
			t.Errorf("%s: passage %s has source %+v", what, p.ID, p.Source)
		}
	}
}
