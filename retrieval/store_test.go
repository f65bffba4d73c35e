package retrieval

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeCorpus writes files (name → content) into a new temporary folder.
func writeCorpus(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// age sets the modification time of the named files of dir an hour back.
func age(t *testing.T, dir string, names ...string) {
	t.Helper()
	past := time.Now().Add(-time.Hour)
	for _, n := range names {
		if err := os.Chtimes(filepath.Join(dir, n), past, past); err != nil {
			t.Fatal(err)
		}
	}
}

// prose returns a few paragraphs of distinct prose about topic.
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

func openDir(t *testing.T, dir, data string, opts Options) (*Index, Report) {
	t.Helper()
	opts.DataDir = data
	ix, rep, err := Open(context.Background(), Corpus{FS: os.DirFS(dir), Name: dir}, shared(opts))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return ix, rep
}

func TestIncrementalIndex(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.txt": prose("rivers", 3), "b.md": prose("bridges", 3), "c.txt": prose("canals", 3)})
	// files as old as a corpus's usually are: a file written within the
	// last two seconds has no modification time to trust yet (ingest.Read),
	// and on a slow run the second open would find it settled and record it
	age(t, dir, "a.txt", "b.md", "c.txt")
	data := t.TempDir()
	local, _ := openDir(t, dir, t.TempDir(), Options{})
	if _, rep := openDir(t, dir, t.TempDir(), Options{}); rep.Embedded != 0 || local.IndexesVectors() {
		t.Errorf("the local embedder's vectors were computed at indexing: %+v", rep)
	}
	// an embedder whose vectors are kept: only changed chunks are embedded
	kept := HashEmbedder(DefaultDim)
	kept.Name, kept.Local = "kept", false
	_, rep := openDir(t, dir, data, Options{Embedder: kept})
	if len(rep.Added) != 3 || !rep.Saved || rep.Embedded == 0 {
		t.Fatalf("first open: %+v", rep)
	}
	_, rep = openDir(t, dir, data, Options{Embedder: kept})
	if rep.Unchanged != 3 || rep.Embedded != 0 || rep.Saved || len(rep.Added)+len(rep.Changed)+len(rep.Removed) != 0 {
		t.Fatalf("second open re-did work: %+v", rep)
	}
	// change one paragraph of b.md, remove c.txt
	changed := strings.Replace(prose("bridges", 3), "session 2", "session two", 1)
	os.WriteFile(filepath.Join(dir, "b.md"), []byte(changed), 0o644)
	os.Remove(filepath.Join(dir, "c.txt"))
	ix, rep := openDir(t, dir, data, Options{Embedder: kept})
	if len(rep.Changed) != 1 || len(rep.Removed) != 1 || rep.Unchanged != 1 {
		t.Fatalf("after edit: %+v", rep)
	}
	st := ix.state()
	if rep.Embedded == 0 || rep.Embedded >= st.byPath("b.md").n+1 {
		t.Errorf("re-embedded %d chunks; only the changed ones should be", rep.Embedded)
	}
	seen := map[string]bool{}
	for i := range st.chunks {
		id := st.passage(int32(i), 0).ID
		if seen[id] {
			t.Errorf("duplicate chunk %s", id)
		}
		seen[id] = true
		if st.docOf(int32(i)).Path == "c.txt" {
			t.Errorf("removed document still indexed")
		}
	}
	ps, _ := ix.Search(context.Background(), "session two bridges", 1)
	if len(ps) == 0 || !strings.Contains(ps[0].Text, "session two") {
		t.Errorf("changed text not found: %+v", ps)
	}
}

func TestCorruptOrIncompatibleIndexIsRebuilt(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.txt": prose("rivers", 2)})
	tests := []struct {
		name  string
		spoil func(data string)
		opts  Options
		why   string
	}{
		{"garbage", func(d string) { os.WriteFile(filepath.Join(d, indexFile), []byte("not a gob"), 0o644) }, Options{}, "unreadable"},
		{"truncated", func(d string) {
			b, _ := os.ReadFile(filepath.Join(d, indexFile))
			os.WriteFile(filepath.Join(d, indexFile), b[:len(b)/2], 0o644)
		}, Options{}, "unreadable"},
		{"other embedder", func(string) {}, Options{Embedder: HashEmbedder(64)}, "embedded with"},
		{"rebuild asked", func(string) {}, Options{Rebuild: true}, "rebuild requested"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := t.TempDir()
			openDir(t, dir, data, Options{})
			tt.spoil(data)
			ix, rep := openDir(t, dir, data, tt.opts)
			if !strings.Contains(rep.Rebuilt, tt.why) || len(rep.Added) != 1 || !rep.Saved {
				t.Errorf("report %+v, want a rebuild because %q", rep, tt.why)
			}
			if ps, _ := ix.Search(context.Background(), "rivers budget", 1); len(ps) != 1 {
				t.Errorf("rebuilt index does not search")
			}
		})
	}
}

func TestInterruptedIndexKeepsPreviousIndex(t *testing.T) {
	files := map[string]string{}
	for i := 0; i < 12; i++ {
		files[fmt.Sprintf("doc%02d.txt", i)] = prose(fmt.Sprintf("topic%d", i), 8)
	}
	dir := writeCorpus(t, files)
	data := t.TempDir()
	openDir(t, dir, data, Options{Embedder: HashEmbedder(32)})
	before, err := os.ReadFile(filepath.Join(data, indexFile))
	if err != nil {
		t.Fatal(err)
	}
	// switch embedder (forces re-embedding everything) and interrupt midway
	ctx, cancel := context.WithCancel(context.Background())
	opts := Options{DataDir: data, Progress: func(string, int, int) { cancel() }}
	_, _, err = Open(ctx, Corpus{FS: os.DirFS(dir), Name: dir}, shared(opts))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted Open: err = %v", err)
	}
	after, _ := os.ReadFile(filepath.Join(data, indexFile))
	if string(before) != string(after) {
		t.Fatal("interrupted indexing changed the stored index")
	}
	leftovers, _ := filepath.Glob(filepath.Join(data, "*.tmp-*"))
	if len(leftovers) != 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
	_, rep := openDir(t, dir, data, Options{Embedder: HashEmbedder(32)})
	if rep.Unchanged != 12 || rep.Rebuilt != "" {
		t.Errorf("previous index not usable after interruption: %+v", rep)
	}
}

func TestStaleTempFileIgnored(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.txt": prose("rivers", 2)})
	data := t.TempDir()
	openDir(t, dir, data, Options{})
	// a crash during a write leaves a partial temporary file beside the index
	os.WriteFile(filepath.Join(data, indexFile+".tmp-123"), []byte("partial"), 0o644)
	_, rep := openDir(t, dir, data, Options{})
	if rep.Unchanged != 1 || rep.Rebuilt != "" {
		t.Errorf("stale temp file disturbed the index: %+v", rep)
	}
}

func TestUnwritableDataDirStillAnswers(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.txt": prose("rivers", 2)})
	blocker := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocker, []byte("x"), 0o644)
	ix, rep, err := Open(context.Background(), Corpus{FS: os.DirFS(dir), Name: dir}, shared(Options{DataDir: filepath.Join(blocker, "sub")}))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if rep.Saved || rep.SaveError == "" {
		t.Errorf("report %+v, want a save error", rep)
	}
	if ps, _ := ix.Search(context.Background(), "rivers budget", 1); len(ps) != 1 {
		t.Error("in-memory index does not search")
	}
}
