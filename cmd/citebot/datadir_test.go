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
