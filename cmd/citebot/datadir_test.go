package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestDataDirWithoutHome: with no cache directory the index goes to a
// private folder in the temporary directory, never to one another user
// made or a link planted there.
func TestDataDirWithoutHome(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("HOME", "")
	t.Setenv("XDG_CACHE_HOME", "")
	t.Setenv("TMPDIR", tmp)
	mine := filepath.Join(tmp, "citebot-"+itoa(os.Getuid()))

	dir, err := dataDir(Config{}, "/some/corpus")
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(dir) != mine {
		t.Fatalf("data dir %s, want one inside %s", dir, mine)
	}
	if fi, err := os.Stat(mine); err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("%s: %v, mode %v; want 0700", mine, err, fi.Mode().Perm())
	}

	if err := os.Chmod(mine, 0o777); err != nil { // widened by someone: narrowed again
		t.Fatal(err)
	}
	if _, err := dataDir(Config{}, "/some/corpus"); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(mine); fi.Mode().Perm() != 0o700 {
		t.Errorf("mode %v after reuse, want 0700", fi.Mode().Perm())
	}

	if err := os.Remove(mine); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(t.TempDir(), mine); err != nil { // planted link
		t.Fatal(err)
	}
	if _, err := dataDir(Config{}, "/some/corpus"); err == nil || !strings.Contains(err.Error(), "--data") {
		t.Errorf("a planted link was accepted (err %v)", err)
	}
	os.Remove(mine)

	if os.Getuid() == 0 { // only root can give a folder to another user
		if err := os.Mkdir(mine, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.Chown(mine, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		if _, err := dataDir(Config{}, "/some/corpus"); err == nil || !strings.Contains(err.Error(), "another user") {
			t.Errorf("a folder of another user was accepted (err %v)", err)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestDataListCleanAndOtherCorpus: data list shows an index with its
// corpus; a data folder built for one corpus is refused for another
// unless --rebuild; data clean removes it.
func TestDataListCleanAndOtherCorpus(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // data list reads the cache root: keep it in the test
	data := t.TempDir()
	corpus := t.TempDir()
	os.WriteFile(filepath.Join(corpus, "a.txt"), []byte("The bridge was built in 1932 by the council.\n"), 0o644)
	if r := runCLI(t, data, "", nil, "index"); r.code != 0 {
		t.Fatalf("index: %s", r.stderr)
	}
	r := runCLI(t, data, "", nil, "data", "list")
	if r.code != 0 || !strings.Contains(r.stdout, "embedded") || !strings.Contains(r.stdout, data) {
		t.Errorf("data list: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = runCLI(t, data, "", nil, "--corpus", corpus, "ask", "When was the bridge built?")
	if r.code != 1 || !strings.Contains(r.stderr, "holds the index of embedded") || !strings.Contains(r.stderr, "--rebuild") {
		t.Errorf("another corpus: exit %d, stderr %q", r.code, r.stderr)
	}
	if r = runCLI(t, data, "", nil, "index", "--rebuild", "--corpus", corpus); r.code != 0 {
		t.Errorf("index --rebuild: exit %d, %s", r.code, r.stderr)
	}
	if r = runCLI(t, data, "", nil, "ask", "--corpus", corpus, "When was the bridge built?"); r.code != 0 || !strings.Contains(r.stdout, "1932") {
		t.Errorf("ask after rebuild: exit %d, %s%s", r.code, r.stdout, r.stderr)
	}
	if r = runCLI(t, data, "", nil, "data", "clean", "--all", "x"); r.code != 2 {
		t.Errorf("clean --all x: exit %d", r.code)
	}
	abs, _ := filepath.Abs(corpus)
	// what a crash or another run may leave beside the index: removed too
	for _, f := range []string{"texts.tmp-123", "build.tmp-456", "index.corrupt", "vectors.hnsw", "manifest.json.tmp-7"} {
		if err := os.WriteFile(filepath.Join(data, f), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	r = runCLI(t, data, "", nil, "data", "clean", corpus)
	if r.code != 0 || !strings.Contains(r.stdout, "removed the index of "+abs) {
		t.Errorf("data clean: exit %d, %s%s", r.code, r.stdout, r.stderr)
	}
	if _, err := os.Stat(data); !os.IsNotExist(err) {
		ents, _ := os.ReadDir(data)
		t.Errorf("data folder still there (%v): %v", err, ents)
	}
	if r = runCLI(t, data, "", nil, "data", "clean", corpus); r.code != 1 || !strings.Contains(r.stderr, "no stored index") {
		t.Errorf("clean again: exit %d, %s", r.code, r.stderr)
	}
}
