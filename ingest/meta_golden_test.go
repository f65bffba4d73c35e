package ingest

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// goldenMeta is the golden file of the metadata read from every document
// of the embedded corpus and of the labelled question sets.
const goldenMeta = "testdata/meta.golden"

// TestMetaGolden reads the metadata of every document of the embedded
// corpus and of the labelled sets (saved web pages, wiki articles,
// READMEs) and compares it with the golden file, one line a document:
// path, title, author, date, publisher. A change of the metadata reader
// shows there as the documents it changes; `go test ./ingest -run
// TestMetaGolden -update` rewrites the file once the change is meant.
func TestMetaGolden(t *testing.T) {
	var b strings.Builder
	for _, root := range []string{"../corpus", "../eval/testdata"} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && (d.Name() == "src" || d.Name() == "tools") {
				return fs.SkipDir // a set's saved HTML and scripts, not its documents
			}
			if d.IsDir() || !documentExt[filepath.Ext(p)] || strings.Contains(d.Name(), "README") || strings.Contains(d.Name(), "SOURCES") {
				return nil
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			doc, err := Parse(File{Path: p, Data: data})
			if err != nil {
				return nil // not a document Parse reads
			}
			m := doc.Meta
			fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\n", filepath.ToSlash(p), m.Title, m.Author, m.Date, m.Publisher)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	got := b.String()
	if *update {
		if err := os.WriteFile(goldenMeta, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(goldenMeta)
	if err != nil {
		t.Fatalf("%v (run with -update to write it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < max(len(gl), len(wl)); i++ {
			g, w := lineAt(gl, i), lineAt(wl, i)
			if g != w {
				t.Errorf("line %d:\n got  %s\n want %s", i+1, g, w)
			}
		}
		t.Log("run with -update if the change is meant")
	}
}

// documentExt are the extensions of the documents TestMetaGolden reads.
var documentExt = map[string]bool{".txt": true, ".md": true, ".html": true, ".htm": true, ".pdf": true}

// lineAt returns lines[i], or "" past the last.
func lineAt(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return ""
}
