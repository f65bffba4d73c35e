package retrieval

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"
)

func TestRefreshUpdatesAnOpenIndexAndSavesIt(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.txt": prose("rivers", 2), "b.txt": prose("bridges", 2)})
	data := t.TempDir()
	c := Corpus{FS: os.DirFS(dir), Name: dir}
	ix, _ := openDir(t, dir, data, Options{})

	if err := os.WriteFile(filepath.Join(dir, "b.txt"), []byte(prose("lighthouses", 2)), 0o644); err != nil {
		t.Fatal(err)
	}
	age(t, dir, "b.txt") // settled: a slow second refresh records no new time
	if err := os.Remove(filepath.Join(dir, "a.txt")); err != nil {
		t.Fatal(err)
	}
	rep, err := Refresh(context.Background(), c, ix, Options{DataDir: data})
	if err != nil {
		t.Fatalf("Refresh: %v", err)
	}
	if len(rep.Changed) != 1 || rep.Changed[0] != "b.txt" || len(rep.Removed) != 1 || rep.Removed[0] != "a.txt" || !rep.Saved {
		t.Errorf("report = changed %v removed %v saved %v, want b.txt changed, a.txt removed, saved", rep.Changed, rep.Removed, rep.Saved)
	}
	if ps, _ := ix.Search(context.Background(), "lighthouses committee", 1); len(ps) != 1 || ps[0].Doc != "b.txt" {
		t.Errorf("search after refresh = %v, want b.txt", ps)
	}
	if ps, _ := ix.Search(context.Background(), "rivers", 5); len(ps) != 0 {
		t.Errorf("removed document still found: %v", ps)
	}

	again, err := Refresh(context.Background(), c, ix, Options{DataDir: data})
	if err != nil || len(again.Changed)+len(again.Added)+len(again.Removed) != 0 || again.Saved {
		t.Errorf("second refresh = %+v, %v; want nothing changed and nothing saved", again, err)
	}
	_, reopened := openDir(t, dir, data, Options{})
	if reopened.Unchanged != 1 || len(reopened.Changed)+len(reopened.Added)+len(reopened.Removed) != 0 {
		t.Errorf("reopen after refresh = %+v, want the saved index current", reopened)
	}
}

func TestFileStatsListEveryDocument(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.txt": prose("rivers", 1), "sub/b.md": prose("bridges", 1)})
	ix, _ := openDir(t, dir, "", Options{})
	stats, err := ix.FileStats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := ix.Documents(context.Background())
	if len(stats) != len(docs) {
		t.Fatalf("%d stats for %d documents", len(stats), len(docs))
	}
	for p, h := range docs {
		if stats[p].Hash != h {
			t.Errorf("%s: stat hash %q, document hash %q", p, stats[p].Hash, h)
		}
	}
}

// TestTouchedFileIsReadOnce: a file whose modification time changes but
// not its bytes is read (hashed) once, found unchanged, and its new time
// is saved, so that the next Open does not read it again.
func TestTouchedFileIsReadOnce(t *testing.T) {
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	fsys := &countFS{MapFS: fstest.MapFS{
		"a.txt": {Data: []byte(prose("rivers", 2)), ModTime: old},
		"b.txt": {Data: []byte(prose("bridges", 2)), ModTime: old},
	}, opens: map[string]int{}}
	c := Corpus{FS: fsys, Name: "test"}
	data := t.TempDir()
	open := func(wantOpens map[string]int) Report {
		t.Helper()
		_, rep, err := Open(context.Background(), c, shared(Options{DataDir: data}))
		if err != nil {
			t.Fatal(err)
		}
		if got := fsys.take(); !maps.Equal(got, wantOpens) {
			t.Errorf("opened %v, want %v", got, wantOpens)
		}
		return rep
	}
	open(map[string]int{"a.txt": 1, "b.txt": 1})
	fsys.MapFS["b.txt"].ModTime = old.Add(time.Minute)
	if rep := open(map[string]int{"b.txt": 1}); rep.Unchanged != 2 || !rep.Saved {
		t.Errorf("after a touch: %+v, want both unchanged and the new time saved", rep)
	}
	if rep := open(map[string]int{}); rep.Unchanged != 2 || rep.Saved {
		t.Errorf("open after the touch was recorded: %+v, want nothing read or saved", rep)
	}
}
