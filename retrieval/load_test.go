package retrieval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestBadCorpusFilesAreSkippedWithReasons(t *testing.T) {
	dir := writeCorpus(t, map[string]string{
		"good.txt":          prose("rivers", 2),
		"notes/good.md":     prose("bridges", 2),
		"empty.txt":         "",
		"binary.txt":        "abc\x00\x01\x02def",
		"latin1.txt":        "caf\xe9 au lait, na\xefve r\xe9sum\xe9",
		"image.png":         "\x89PNG\r\n",
		"noext":             "plain",
		".hidden/secret.md": "hidden folders are passed over",
	})
	big, err := os.Create(filepath.Join(dir, "big.txt"))
	if err != nil {
		t.Fatal(err)
	}
	big.Truncate(50 << 20) // a sparse 50 MB file
	big.Close()
	os.Symlink("missing.txt", filepath.Join(dir, "broken.txt"))
	os.Symlink("loop-b.txt", filepath.Join(dir, "loop-a.txt"))
	os.Symlink("loop-a.txt", filepath.Join(dir, "loop-b.txt"))
	os.Symlink(".", filepath.Join(dir, "self"))

	ix, rep := openDir(t, dir, "", Options{})
	if got := len(ix.Sources()); got != 2 {
		t.Errorf("%d documents indexed, want 2 (good.txt, notes/good.md)", got)
	}
	want := map[string]string{
		"empty.txt":  "empty",
		"binary.txt": "binary",
		"latin1.txt": "UTF-8",
		"image.png":  "unsupported",
		"noext":      "unsupported",
		"big.txt":    "too large",
		"broken.txt": "does not exist",
		"loop-a.txt": "symbolic links",
		"loop-b.txt": "symbolic links",
	}
	got := map[string]string{}
	for _, s := range rep.Skipped {
		got[s.Path] = s.Reason
	}
	for path, reason := range want {
		if !strings.Contains(got[path], reason) {
			t.Errorf("skip reason for %s = %q, want it to mention %q", path, got[path], reason)
		}
	}
	for path := range got {
		if strings.HasPrefix(path, ".hidden") {
			t.Errorf("hidden folder was read: %s", path)
		}
	}
}

// A file that cannot be read is skipped with its reason by ingest.Walk
// (ingest.TestWalk); TestBadCorpusFilesAreSkippedWithReasons shows that
// Open reports Walk's skips.

func TestMissingCorpusIsAnError(t *testing.T) {
	_, _, err := Open(context.Background(), Corpus{FS: os.DirFS(filepath.Join(t.TempDir(), "nope"))}, Options{})
	if err == nil {
		t.Fatal("Open of a missing folder succeeded")
	}
}

func TestEmptyCorpus(t *testing.T) {
	ix, _, err := Open(context.Background(), Corpus{FS: fstest.MapFS{}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ps, err := ix.Search(context.Background(), "anything", 5)
	if err != nil || len(ps) != 0 {
		t.Errorf("search of an empty index = %v, %v", ps, err)
	}
}

func TestDocIDs(t *testing.T) {
	tests := []struct {
		paths []string
		want  []string
	}{
		{[]string{"dawn-2019.txt", "tribune-2020.txt"}, []string{"dawn", "tribune"}},
		{[]string{"000_abc.txt", "001_def.txt"}, []string{"000", "001"}},
		{[]string{"news_a.txt", "news_b.txt", "a/news_a.md"}, []string{"news-a", "news-b", "news-a-2"}},
		{[]string{"Ünïcode Ñame.txt", "!!!.md"}, []string{"unicode", "doc"}},
	}
	for _, tt := range tests {
		ids := docIDs(tt.paths)
		for i, p := range tt.paths {
			if ids[p] != tt.want[i] {
				t.Errorf("docIDs(%v)[%s] = %q, want %q", tt.paths, p, ids[p], tt.want[i])
			}
		}
	}
}
