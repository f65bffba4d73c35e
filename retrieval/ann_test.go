package retrieval

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/viterin/vek/vek32"
)

// logBuffer collects what an index logs, from any goroutine.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// graphCorpus is a corpus of a few dozen chunks.
func graphCorpus(t *testing.T) string {
	files := map[string]string{}
	for _, topic := range []string{"rivers", "bridges", "canals", "harbours", "lighthouses", "tunnels", "railways", "airports"} {
		files[topic+".txt"] = prose(topic, 4)
	}
	return writeCorpus(t, files)
}

// openGraphs opens the corpus dir into data with an embedder whose vectors
// are stored, with the crossover at approxMin chunks; it returns the log.
func openGraphs(t *testing.T, dir, data string, approxMin int) (*Index, *logBuffer) {
	t.Helper()
	kept := HashEmbedder(DefaultDim)
	kept.Name, kept.Local = "kept", false
	var log logBuffer
	ix, _ := openDir(t, dir, data, Options{Embedder: kept, ApproxMin: approxMin,
		Logger: slog.New(slog.NewTextHandler(&log, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	return ix, &log
}

// ranking returns the vector ranking of query in ix, and the exact one.
func ranking(t *testing.T, ix *Index, query string) (got, exact []hit) {
	t.Helper()
	st := ix.state()
	q, err := NewQuery(context.Background(), ix.emb, query, 5)
	if err != nil {
		t.Fatal(err)
	}
	got, err = ix.vectorRanking(context.Background(), st, q.Vec, nil)
	if err != nil {
		t.Fatal(err)
	}
	return got, scanVectors(st.vecs, st.dim, q.Vec, min(fusionDepth, len(st.chunks)), vek32.Dot)
}

func TestVectorGraphAboveCrossoverOnly(t *testing.T) {
	dir := graphCorpus(t)
	// below the crossover: no graph, the exact ranking
	ix, _ := openGraphs(t, dir, t.TempDir(), 1000)
	if n := len(ix.state().chunks); n <= 10 || n > 1000 {
		t.Fatalf("%d chunks: the test needs between 11 and 1000", n)
	}
	if got, exact := ranking(t, ix, "railways budget"); !reflect.DeepEqual(got, exact) {
		t.Errorf("below the crossover the ranking is not exact:\n got %v\nwant %v", got, exact)
	}
	if ix.state().ann.g != nil || ix.state().ann.tried {
		t.Errorf("a graph was made below the crossover")
	}
	// above it: Open builds and saves the graph, and searches use it
	data := t.TempDir()
	ix, log := openGraphs(t, dir, data, 10)
	st := ix.state()
	if st.ann.g == nil || !strings.Contains(log.String(), "vector graph built") {
		t.Fatalf("no graph built above the crossover; log:\n%s", log)
	}
	if _, err := os.Stat(filepath.Join(data, graphFile)); err != nil {
		t.Fatalf("graph not saved: %v", err)
	}
	got, exact := ranking(t, ix, "railways budget")
	if len(got) == 0 || got[0] != exact[0] {
		t.Errorf("graph's best hit %v, exact %v", got[:min(1, len(got))], exact[0])
	}
	// the ranking is the graph's: one over the first half of the chunks
	// finds those only
	half := len(st.chunks) / 2
	st.ann.g = newANNGraph(st.vecs[:half*st.dim], st.dim)
	got, _ = ranking(t, ix, "railways budget")
	for _, h := range got {
		if int(h.chunk) >= half {
			t.Fatalf("chunk %d ranked, not in the graph", h.chunk)
		}
	}
}

func TestVectorGraphSurvivesReopen(t *testing.T) {
	dir, data := graphCorpus(t), t.TempDir()
	openGraphs(t, dir, data, 10)
	saved, err := os.ReadFile(filepath.Join(data, graphFile))
	if err != nil {
		t.Fatal(err)
	}
	ix, log := openGraphs(t, dir, data, 10)
	if strings.Contains(log.String(), "vector graph built") || ix.state().ann.g != nil {
		t.Errorf("reopening built the graph again; log:\n%s", log)
	}
	if again, _ := os.ReadFile(filepath.Join(data, graphFile)); !bytes.Equal(again, saved) {
		t.Errorf("reopening rewrote the graph file")
	}
	got, exact := ranking(t, ix, "harbours schedule")
	if ix.state().ann.g == nil || len(got) == 0 || got[0] != exact[0] {
		t.Errorf("stored graph not read on the first query (best %v, exact %v); log:\n%s", got, exact[0], log)
	}
}

func TestDamagedVectorGraph(t *testing.T) {
	dir := graphCorpus(t)
	spoil := func(f func([]byte) []byte) func(string) {
		return func(p string) {
			b, _ := os.ReadFile(p)
			os.WriteFile(p, f(b), 0o644)
		}
	}
	// each spoilt file is either rebuilt by Open, or found at the first
	// query, searched around exactly, removed and rebuilt by the next Open
	tests := []struct {
		name    string
		spoil   func(path string)
		rebuilt bool // by the next Open
	}{
		{"missing", func(p string) { os.Remove(p) }, true},
		{"garbage", spoil(func([]byte) []byte { return []byte("not a graph") }), true},
		{"truncated", spoil(func(b []byte) []byte { return b[:len(b)/2] }), false},
		{"flipped byte", spoil(func(b []byte) []byte { b[len(b)/2] ^= 0x40; return b }), false},
		{"another index's", spoil(func(b []byte) []byte { b[10] ^= 1; return b }), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := t.TempDir()
			path := filepath.Join(data, graphFile)
			openGraphs(t, dir, data, 10)
			tc.spoil(path)
			ix, log := openGraphs(t, dir, data, 10)
			if built := strings.Contains(log.String(), "vector graph built"); built != tc.rebuilt {
				t.Fatalf("rebuilt at Open: %v, want %v; log:\n%s", built, tc.rebuilt, log)
			}
			got, exact := ranking(t, ix, "tunnels staff")
			if tc.rebuilt {
				return
			}
			if !reflect.DeepEqual(got, exact) || !strings.Contains(log.String(), "vector graph not used") {
				t.Errorf("damaged graph: not the exact ranking with a note; log:\n%s", log)
			}
			if _, err := os.Stat(path); err == nil {
				t.Errorf("damaged graph file kept")
			}
			if _, log = openGraphs(t, dir, data, 10); !strings.Contains(log.String(), "vector graph built") {
				t.Errorf("damaged graph not rebuilt by the next Open; log:\n%s", log)
			}
		})
	}
}

func TestGraphFileOfWrongContents(t *testing.T) {
	// a whole file (right header and checksum) whose graph does not hold
	// the index's chunks is refused, not used
	ix, _ := openGraphs(t, graphCorpus(t), t.TempDir(), 10)
	st := ix.state()
	data := t.TempDir()
	key := keyOf(st, ix.emb.Name)
	if err := saveGraph(data, key, newANNGraph(st.vecs[:3*st.dim], st.dim)); err != nil {
		t.Fatal(err)
	}
	if _, err := loadGraph(data, key); err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("graph of 3 chunks for %d: %v", len(st.chunks), err)
	}
	if _, err := loadGraph(t.TempDir(), key); err != errNoGraph {
		t.Errorf("no file: %v", err)
	}
}

func TestVectorGraphRebuiltOnChange(t *testing.T) {
	dir, data := graphCorpus(t), t.TempDir()
	ix, _ := openGraphs(t, dir, data, 10)
	before := keyOf(ix.state(), ix.emb.Name)
	if err := os.WriteFile(filepath.Join(dir, "canals.txt"), []byte(prose("canals", 6)), 0o644); err != nil {
		t.Fatal(err)
	}
	var log logBuffer
	opts := Options{Embedder: ix.emb, DataDir: data, ApproxMin: 10, Logger: slog.New(slog.NewTextHandler(&log, nil))}
	if _, err := Refresh(context.Background(), Corpus{FS: os.DirFS(dir), Name: dir}, ix, opts); err != nil {
		t.Fatal(err)
	}
	after := keyOf(ix.state(), ix.emb.Name)
	if after == before || !graphCurrent(data, after) || ix.state().ann.g == nil {
		t.Errorf("graph not rebuilt for the changed corpus; log:\n%s", log.String())
	}
	if got, exact := ranking(t, ix, "canals session 6"); len(got) == 0 || got[0] != exact[0] {
		t.Errorf("after the change: best %v, exact %v", got[:min(1, len(got))], exact[0])
	}
}

func TestVectorGraphConcurrentSearches(t *testing.T) {
	// the first queries race to read the stored graph; all get the same
	// ranking
	dir, data := graphCorpus(t), t.TempDir()
	openGraphs(t, dir, data, 10)
	ix, _ := openGraphs(t, dir, data, 10)
	want, _ := ranking(t, openIndexOnly(t, dir, data), "airports staff")
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			st := ix.state()
			q, _ := NewQuery(context.Background(), ix.emb, "airports staff", 5)
			got, err := ix.vectorRanking(context.Background(), st, q.Vec, nil)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("concurrent search: %v, %v; want %v", got, err, want)
			}
		})
	}
	wg.Wait()
}

// openIndexOnly opens the stored index of dir again, its graph read.
func openIndexOnly(t *testing.T, dir, data string) *Index {
	ix, _ := openGraphs(t, dir, data, 10)
	if ix.graphOf(ix.state()) == nil {
		t.Fatal("no stored graph")
	}
	return ix
}

// TestVectorGraphKeptOnRefresh: without a data dir, a Refresh that changes
// nothing, or only files' times, keeps the graph instead of building it
// again.
func TestVectorGraphKeptOnRefresh(t *testing.T) {
	dir := graphCorpus(t)
	ix, log := openGraphs(t, dir, "", 10)
	g := ix.state().ann.g
	if g == nil || !strings.Contains(log.String(), "vector graph built") {
		t.Fatalf("no graph built; log:\n%s", log)
	}
	later := time.Now().Add(-time.Minute).Truncate(time.Second)
	if err := os.Chtimes(filepath.Join(dir, "canals.txt"), later, later); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		var log logBuffer
		opts := Options{Embedder: ix.emb, ApproxMin: 10, Logger: slog.New(slog.NewTextHandler(&log, nil))}
		if _, err := Refresh(context.Background(), Corpus{FS: os.DirFS(dir), Name: dir}, ix, opts); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(log.String(), "vector graph built") || ix.state().ann.g != g {
			t.Errorf("graph built again; log:\n%s", log.String())
		}
	}
}
