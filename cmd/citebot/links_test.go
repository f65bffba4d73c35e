package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorpusLinkOutsideIsNotRead: a link in a --corpus folder to a file
// outside it (a secret) is skipped with a reason and never answers.
func TestCorpusLinkOutsideIsNotRead(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	secret := filepath.Join(outside, "secret.txt")
	if err := os.WriteFile(secret, []byte("The database password is hunter2, set in 2019 by the admin team.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("The harbour bridge was built in 1932 by the city council.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(dir, "passwd.txt")); err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	r := runCLI(t, data, "", nil, "index", "--json", "--corpus", dir)
	if r.code != 0 || !strings.Contains(r.stdout, "passwd.txt") || strings.Contains(r.stdout, `"added":["a.txt","passwd.txt"]`) {
		t.Fatalf("index: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = runCLI(t, data, "", nil, "ask", "--json", "--corpus", dir, "What is the database password?")
	if strings.Contains(r.stdout, "hunter2") {
		t.Errorf("the linked secret answers:\n%s", r.stdout)
	}
}
