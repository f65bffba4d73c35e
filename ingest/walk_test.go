package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// deniedFS makes one file unreadable, as a permission error would.
type deniedFS struct {
	fs.FS
	denied string
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if name == d.denied {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.FS.Open(name)
}

func TestWalk(t *testing.T) {
	mfs := fstest.MapFS{
		"b.txt":             {Data: []byte("bee\n")},
		"a/notes.md":        {Data: []byte("# Notes\n")},
		"page.HTML":         {Data: []byte("<p>hi</p>")},
		"empty.txt":         {Data: nil},
		"big.pdf":           {Data: make([]byte, MaxFileBytes+1)},
		"image.png":         {Data: []byte("\x89PNG")},
		"noext":             {Data: []byte("plain")},
		"locked.txt":        {Data: []byte("secret")},
		".hidden/secret.md": {Data: []byte("hidden folders are passed over")},
		".env.txt":          {Data: []byte("hidden files too")},
	}
	fsys := deniedFS{mfs, "locked.txt"}
	files, skips, err := Walk(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, e := range files {
		paths = append(paths, e.Path)
		f, err := Read(fsys, e)
		if err != nil || f.Path != e.Path || len(f.Hash) != 64 || string(f.Data) != string(mfs[f.Path].Data) || e.Size != int64(len(f.Data)) {
			t.Errorf("%s (%d bytes): hash %q, data %q, %v", f.Path, e.Size, f.Hash, f.Data, err)
		}
	}
	if want := []string{"a/notes.md", "b.txt", "page.HTML"}; !reflect.DeepEqual(paths, want) {
		t.Errorf("files %v, want %v", paths, want)
	}
	want := []Skip{
		{"big.pdf", "too large (20 MB > 20 MB)"},
		{"empty.txt", "empty file"},
		{"image.png", "unsupported file type .png"},
		{"locked.txt", "permission denied"},
		{"noext", "unsupported file type (no extension)"},
	}
	if !reflect.DeepEqual(skips, want) {
		t.Errorf("skips %v, want %v", skips, want)
	}
}

func TestWalkMissingRoot(t *testing.T) {
	if _, _, err := Walk(deniedFS{fstest.MapFS{}, "."}); err == nil {
		t.Fatal("Walk of an unreadable root succeeded")
	}
}

// TestRead: Read reads what Walk listed, skips what changed into an empty
// or too large file since, and keeps the listed modification time only
// when it is old enough to trust.
func TestRead(t *testing.T) {
	now := time.Date(2026, 12, 2, 8, 0, 0, 0, time.UTC)
	old := now.Add(-racyWindow)
	mfs := fstest.MapFS{
		"old.txt":   {Data: []byte("old\n"), ModTime: old},
		"new.txt":   {Data: []byte("new\n"), ModTime: now.Add(-racyWindow + time.Millisecond)},
		"later.txt": {Data: []byte("from the future\n"), ModTime: now.Add(time.Hour)},
		"none.txt":  {Data: []byte("no time\n")},
		"gone.txt":  {Data: []byte("x")},
		"empty.txt": {Data: []byte("x")},
		"grew.txt":  {Data: []byte("x")},
	}
	files, _, err := Walk(mfs)
	if err != nil || len(files) != len(mfs) {
		t.Fatalf("Walk: %d files, %v", len(files), err)
	}
	delete(mfs, "gone.txt")
	mfs["empty.txt"] = &fstest.MapFile{}
	mfs["grew.txt"] = &fstest.MapFile{Data: make([]byte, MaxFileBytes+1)}
	wantTime := map[string]bool{"old.txt": true}
	wantErr := map[string]error{"gone.txt": fs.ErrNotExist, "empty.txt": ErrEmpty, "grew.txt": ErrTooLarge}
	for _, e := range files {
		f, err := read(mfs, e, func() time.Time { return now })
		if want := wantErr[e.Path]; want != nil {
			if !errors.Is(err, want) || err.Error() == "" || len(err.Error()) > 40 {
				t.Errorf("%s: err %v, want %v", e.Path, err, want)
			}
			continue
		}
		if err != nil || string(f.Data) != string(mfs[e.Path].Data) {
			t.Errorf("%s: %q, %v", e.Path, f.Data, err)
		}
		if f.ModTime.IsZero() == wantTime[e.Path] || wantTime[e.Path] && !f.ModTime.Equal(old) {
			t.Errorf("%s: ModTime %v", e.Path, f.ModTime)
		}
	}
}

// TestWalkMany: a corpus large enough for Walk to stat its files on
// several goroutines (GOMAXPROCS permitting) is listed as a sequential
// walk would list it: every supported file once, in path order, the
// others skipped, the hidden ones passed over.
func TestWalkMany(t *testing.T) {
	fsys := fstest.MapFS{}
	var want []string
	var skipped int
	for i := range 900 {
		name := fmt.Sprintf("d%d/s%d/f%03d.txt", i%7, i%3, i)
		switch i % 10 {
		case 3:
			name = strings.TrimSuffix(name, ".txt") + ".bin"
			skipped++
		case 5:
			name = fmt.Sprintf("d%d/.hidden/f%03d.txt", i%7, i)
		default:
			want = append(want, name)
		}
		fsys[name] = &fstest.MapFile{Data: []byte("x")}
	}
	sort.Strings(want)
	files, skips, err := Walk(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		got = append(got, f.Path)
	}
	if !reflect.DeepEqual(got, want) || len(skips) != skipped {
		t.Errorf("%d files (want %d), %d skips (want %d)", len(got), len(want), len(skips), skipped)
	}
}
