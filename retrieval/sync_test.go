package retrieval

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
)

// countFS counts the opens of each file (not folders) of a MapFS.
type countFS struct {
	fstest.MapFS
	mu    sync.Mutex
	opens map[string]int
}

func (c *countFS) Open(name string) (fs.File, error) {
	if f, ok := c.MapFS[name]; ok && !f.Mode.IsDir() {
		c.mu.Lock()
		c.opens[name]++
		c.mu.Unlock()
	}
	return c.MapFS.Open(name)
}

// take returns the opens counted since the last call.
func (c *countFS) take() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	o := c.opens
	c.opens = map[string]int{}
	return o
}

// recorder is an Index that records the file stats Sync hands it and the
// terms of the chunks it is sent, and indexes terms when terms is set.
type recorder struct {
	*Index
	terms  bool
	stats  map[string]FileStat
	chunks int // chunks sent
	termed int // of which with terms
}

func (r *recorder) IndexesTerms() bool { return r.terms }

func (r *recorder) RecordFileStats(ctx context.Context, stats map[string]FileStat) error {
	r.stats = stats
	return nil
}

func (r *recorder) Update(ctx context.Context, put []Document, del []string) error {
	for _, d := range put {
		for _, c := range d.Chunks {
			r.chunks++
			if c.Terms != nil {
				r.termed++
			}
		}
	}
	return r.Index.Update(ctx, put, del)
}

// note returns a small document with a distinctive word.
func note(word string) []byte {
	return []byte(fmt.Sprintf("A note on %s.\n\nThe %s was studied by the committee in 1990. It was found to be sound and well kept.\n", word, word))
}

// TestSyncStat: a file whose size and modification time are those the
// backend recorded is not read again; a changed one is, and so is a
// touched one, which stays unchanged and whose new time is recorded.
func TestSyncStat(t *testing.T) {
	old := time.Now().Add(-time.Hour)
	fsys := &countFS{MapFS: fstest.MapFS{}, opens: map[string]int{}}
	for i := range 5 {
		fsys.MapFS[fmt.Sprintf("d%d.txt", i)] = &fstest.MapFile{Data: note(fmt.Sprint("word", i)), ModTime: old}
	}
	c := Corpus{FS: fsys, Name: "test"}
	r := &recorder{Index: NewIndex(HashEmbedder(32))}
	sync := func(wantOpens map[string]int) Report {
		t.Helper()
		rep, err := Sync(context.Background(), c, r, Options{Embedder: HashEmbedder(32)})
		if err != nil {
			t.Fatal(err)
		}
		if got := fsys.take(); !maps.Equal(got, wantOpens) {
			t.Errorf("opened %v, want %v", got, wantOpens)
		}
		return rep
	}
	all := map[string]int{"d0.txt": 1, "d1.txt": 1, "d2.txt": 1, "d3.txt": 1, "d4.txt": 1}
	if rep := sync(all); len(rep.Added) != 5 {
		t.Fatalf("first sync: %+v", rep)
	}
	if r.chunks == 0 || r.termed != 0 {
		t.Errorf("%d chunks sent, %d with terms to a backend that does not index them", r.chunks, r.termed)
	}
	if rep := sync(map[string]int{}); rep.Unchanged != 5 || r.stats != nil {
		t.Errorf("second sync: %+v, stats %v", rep, r.stats)
	}
	later := old.Add(time.Minute)
	fsys.MapFS["d1.txt"] = &fstest.MapFile{Data: note("changed"), ModTime: later}
	fsys.MapFS["d2.txt"] = &fstest.MapFile{Data: note("word2"), ModTime: later}
	rep := sync(map[string]int{"d1.txt": 1, "d2.txt": 1})
	if !reflect.DeepEqual(rep.Changed, []string{"d1.txt"}) || rep.Unchanged != 4 {
		t.Errorf("after a change and a touch: %+v", rep)
	}
	st := r.stats["d2.txt"]
	if len(r.stats) != 1 || !st.ModTime.Equal(later) || st.Size != int64(len(note("word2"))) || st.Hash == "" {
		t.Errorf("recorded stats %+v", r.stats)
	}
	if got := r.Index.Sources()[1]; got.Path != "d1.txt" {
		t.Errorf("sources %+v", r.Index.Sources())
	}
	fs1, _ := r.Index.FileStats(context.Background())
	if !fs1["d1.txt"].ModTime.Equal(later) || fs1["d1.txt"].Size != int64(len(note("changed"))) {
		t.Errorf("stats of the changed file %+v", fs1["d1.txt"])
	}
}

// TestSyncNoModTime: without modification times (an embedded corpus)
// every file is read and compared by its hash.
func TestSyncNoModTime(t *testing.T) {
	fsys := &countFS{MapFS: fstest.MapFS{"a.txt": {Data: note("alpha")}, "b.md": {Data: note("beta")}}, opens: map[string]int{}}
	ix := NewIndex(HashEmbedder(32))
	for range 2 {
		if _, err := Sync(context.Background(), Corpus{FS: fsys}, ix, Options{Embedder: HashEmbedder(32)}); err != nil {
			t.Fatal(err)
		}
		if got := fsys.take(); !maps.Equal(got, map[string]int{"a.txt": 1, "b.md": 1}) {
			t.Errorf("opened %v", got)
		}
	}
	rep, err := Sync(context.Background(), Corpus{FS: fsys}, ix, Options{Embedder: HashEmbedder(32)})
	if err != nil || rep.Unchanged != 2 {
		t.Errorf("%+v, %v", rep, err)
	}
}

// TestSyncListed: Options.Listed gets the files to index and their bytes
// once listed, before any is read; skipped files do not count.
func TestSyncListed(t *testing.T) {
	a, b := note("alpha"), note("beta")
	fsys := &countFS{MapFS: fstest.MapFS{"a.txt": {Data: a}, "b.md": {Data: b}, "c.png": {Data: []byte("\x89PNG")}}, opens: map[string]int{}}
	calls := 0
	opts := Options{Embedder: HashEmbedder(32), Listed: func(files int, bytes int64) {
		calls++
		if opened := fsys.take(); len(opened) > 0 || files != 2 || bytes != int64(len(a)+len(b)) {
			t.Errorf("Listed(%d, %d) after opening %v, want (2, %d) before any", files, bytes, opened, len(a)+len(b))
		}
	}}
	if _, err := Sync(context.Background(), Corpus{FS: fsys}, NewIndex(HashEmbedder(32)), opts); err != nil || calls != 1 {
		t.Fatalf("Listed called %d times, %v", calls, err)
	}
}

// TestSyncTerms: a TermIndexer gets every chunk's terms.
func TestSyncTerms(t *testing.T) {
	r := &recorder{Index: NewIndex(HashEmbedder(32)), terms: true}
	fsys := fstest.MapFS{"a.txt": {Data: note("alpha")}}
	if _, err := Sync(context.Background(), Corpus{FS: fsys}, r, Options{Embedder: HashEmbedder(32)}); err != nil {
		t.Fatal(err)
	}
	if r.chunks == 0 || r.termed != r.chunks {
		t.Errorf("%d of %d chunks with terms", r.termed, r.chunks)
	}
}

// wordRecorder is a TermIndexer and WordCounter holding held's word
// counts, that keeps the terms of the chunks it is sent and the paths
// HeldWords was asked to skip.
type wordRecorder struct {
	*Index
	held  map[string]int
	skip  map[string]bool
	terms map[string][]string // by chunk text
	words map[string]int      // of the last document sent
}

func (r *wordRecorder) IndexesTerms() bool { return true }

func (r *wordRecorder) HeldWords(ctx context.Context, skip map[string]bool) (map[string]int, error) {
	r.skip = skip
	return maps.Clone(r.held), nil
}

func (r *wordRecorder) Update(ctx context.Context, put []Document, del []string) error {
	for _, d := range put {
		r.words = d.Words
		for _, c := range d.Chunks {
			r.terms[c.Text] = c.Terms
		}
	}
	return r.Index.Update(ctx, put, del)
}

// TestSyncTermsSplitAgainstCorpus: words run together in a chunk sent to
// a TermIndexer are split against the counts of the whole corpus, those
// the backend holds (a WordCounter, skipping the documents replaced) and
// those of the documents sent, as the in-process Index splits them.
func TestSyncTermsSplitAgainstCorpus(t *testing.T) {
	fsys := fstest.MapFS{"a.txt": {Data: []byte("Pakistan wanted 20 helicoptersbut got 4.\n")}}
	for _, c := range []struct {
		held  map[string]int
		split bool
	}{
		{map[string]int{"helicopters": 2}, true}, // held elsewhere in the corpus
		{map[string]int{"helicopters": 1}, false},
		{nil, false},
	} {
		r := &wordRecorder{Index: NewIndex(HashEmbedder(32)), held: c.held, terms: map[string][]string{}}
		if _, err := Sync(context.Background(), Corpus{FS: fsys}, r, Options{Embedder: HashEmbedder(32)}); err != nil {
			t.Fatal(err)
		}
		terms := r.terms["Pakistan wanted 20 helicoptersbut got 4."]
		if got := slices.Contains(terms, "helicopt"); got != c.split || !slices.Contains(terms, "helicoptersbut") {
			t.Errorf("held %v: terms %v, want helicopt: %v", c.held, terms, c.split)
		}
		if r.words["helicoptersbut"] != 1 || r.words["pakistan"] != 1 {
			t.Errorf("word counts sent %v, want the document's own", r.words)
		}
		if !r.skip["a.txt"] {
			t.Errorf("HeldWords asked to skip %v, want the document sent", r.skip)
		}
	}
}

// TestSyncParallel: the index is the same whatever the number of cores,
// every chunk has its content hash, and the progress is monotone.
func TestSyncParallel(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 40 {
		fsys[fmt.Sprintf("d%02d.txt", i)] = &fstest.MapFile{Data: []byte(strings.Repeat(string(note(fmt.Sprint("w", i%7))), 1+i%5))}
	}
	fsys["bad.txt"] = &fstest.MapFile{Data: []byte("\x00binary")}
	build := func(procs int) ([]Document, Report) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		var docs []Document
		b := &capture{Index: NewIndex(HashEmbedder(32)), put: &docs}
		last := 0
		opts := Options{Embedder: HashEmbedder(32), Progress: func(stage string, done, total int) {
			if stage != StageReading {
				t.Errorf("stage %q for an index without vectors", stage)
			}
			if done < last || done > total {
				t.Errorf("progress %d/%d after %d", done, total, last)
			}
			last = done
		}}
		rep, err := Sync(context.Background(), Corpus{FS: fsys}, b, opts)
		if err != nil {
			t.Fatal(err)
		}
		return docs, rep
	}
	one, rep1 := build(1)
	four, rep4 := build(4)
	if !reflect.DeepEqual(one, four) || !reflect.DeepEqual(rep1, rep4) {
		t.Errorf("1 and 4 cores differ: %+v\n%+v", rep1, rep4)
	}
	if len(one) != 40 || len(rep1.Skipped) != 1 {
		t.Fatalf("%d documents, %+v", len(one), rep1)
	}
	for _, d := range one {
		for _, c := range d.Chunks {
			if c.Hash != ChunkHash(c.Text) || c.Line == 0 || c.Vec != nil {
				t.Errorf("%s: chunk %+v", d.Path, c)
			}
		}
	}
}

// capture is an Index that keeps what Update is sent.
type capture struct {
	*Index
	put *[]Document
}

func (c *capture) Update(ctx context.Context, put []Document, del []string) error {
	*c.put = append(*c.put, put...)
	return c.Index.Update(ctx, put, del)
}

// TestSyncCanceled: a canceled sync stops with ctx's error and sends
// nothing.
func TestSyncCanceled(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 20 {
		fsys[fmt.Sprintf("d%02d.txt", i)] = &fstest.MapFile{Data: note(fmt.Sprint("w", i))}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var docs []Document
	_, err := Sync(ctx, Corpus{FS: fsys}, &capture{Index: NewIndex(HashEmbedder(32)), put: &docs}, Options{Embedder: HashEmbedder(32)})
	if !errors.Is(err, context.Canceled) || len(docs) != 0 {
		t.Errorf("err %v, %d documents sent", err, len(docs))
	}
}
