package ingest

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestWalkLinks plants links in a corpus folder made by the test: links
// that lead out of it (relative, absolute, through a linked folder, to a
// folder) are skipped, and so are links to folders and hidden files inside
// it; links to files inside it are read under their own name.
func TestWalkLinks(t *testing.T) {
	tmp := t.TempDir()
	corpus := filepath.Join(tmp, "corpus")
	write := func(name, data string) {
		t.Helper()
		p := filepath.Join(tmp, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, name string) {
		t.Helper()
		if err := os.Symlink(target, filepath.Join(corpus, name)); err != nil {
			t.Skipf("cannot make links here: %v", err)
		}
	}
	write("secret.txt", "the password is swordfish\n")
	write("corpus/a.txt", "alpha\n")
	write("corpus/notes/n.md", "notes\n")
	write("corpus/.env", "TOKEN=hidden\n")
	link("../secret.txt", "passwd.txt")
	link(filepath.Join(tmp, "secret.txt"), "abs.txt")
	link("notes/../../secret.txt", "dotdot.txt")
	link("..", "up")
	link("up/secret.txt", "via-up.txt")
	link("notes", "docs")
	link("a.txt", "inside.txt")
	link("inside.txt", "chain.txt")
	link("notes/../a.txt", "lexical.txt")
	link(".env", "env.txt")
	link("loop2.txt", "loop1.txt")
	link("loop1.txt", "loop2.txt")

	fsys := os.DirFS(corpus)
	files, skips, err := Walk(fsys)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range files {
		f, err := Read(fsys, e)
		if err != nil {
			t.Fatalf("Read %s: %v", e.Path, err)
		}
		got[f.Path] = string(f.Data)
	}
	want := map[string]string{"a.txt": "alpha\n", "chain.txt": "alpha\n", "inside.txt": "alpha\n", "lexical.txt": "alpha\n", "notes/n.md": "notes\n"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("files %v, want %v", got, want)
	}
	wantSkips := []Skip{
		{"abs.txt", "link to an absolute path (not followed)"},
		{"docs", "link to a folder (not followed)"},
		{"dotdot.txt", "link points outside the corpus"},
		{"env.txt", "link to a hidden file (not followed)"},
		{"loop1.txt", "too many levels of symbolic links"},
		{"loop2.txt", "too many levels of symbolic links"},
		{"passwd.txt", "link points outside the corpus"},
		{"up", "link points outside the corpus"},
		{"via-up.txt", "link points outside the corpus"},
	}
	if !reflect.DeepEqual(skips, wantSkips) {
		t.Errorf("skips:\n%v\nwant\n%v", skips, wantSkips)
	}
}

// statOnly is a file system with a Stat but no ReadLink: Walk follows its
// links wherever they lead.
type statOnly struct{ fsys fs.StatFS }

func (s statOnly) Open(name string) (fs.File, error)     { return s.fsys.Open(name) }
func (s statOnly) Stat(name string) (fs.FileInfo, error) { return s.fsys.Stat(name) }

// TestWalkLinksStatFS: on an fs.StatFS without fs.ReadLinkFS a link to a
// file is listed with the size of the file it leads to.
func TestWalkLinksStatFS(t *testing.T) {
	corpus := t.TempDir()
	if err := os.WriteFile(filepath.Join(corpus, "a.txt"), []byte("alpha\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a.txt", filepath.Join(corpus, "inside.txt")); err != nil {
		t.Skipf("cannot make links here: %v", err)
	}
	files, skips, err := Walk(statOnly{os.DirFS(corpus).(fs.StatFS)})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || files[1].Path != "inside.txt" || files[1].Size != 6 || len(skips) != 0 {
		t.Errorf("files %+v, skips %v: want a.txt and inside.txt of 6 bytes", files, skips)
	}
}
