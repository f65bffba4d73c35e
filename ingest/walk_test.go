package ingest

import (
	"io/fs"
	"reflect"
	"testing"
	"testing/fstest"
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
	files, skips, err := Walk(deniedFS{mfs, "locked.txt"})
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
		if len(f.Hash) != 64 || string(f.Data) != string(mfs[f.Path].Data) {
			t.Errorf("%s: hash %q, data %q", f.Path, f.Hash, f.Data)
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
