package retrieval

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/citebot/citebot/ingest"
)

// statBackend is a backend that holds the files of a corpus as Walk and
// Read find them, without their chunks: Sync of the unchanged corpus then
// costs what telling unchanged files costs, no parsing or indexing.
type statBackend struct {
	*Index
	stats map[string]FileStat
}

func (s statBackend) FileStats(context.Context) (map[string]FileStat, error) { return s.stats, nil }

// BenchmarkSyncUnchanged is Sync of an unchanged ~5 MB corpus on disk
// against a backend that holds it: "stat" with the files' sizes and
// modification times recorded, so none is read; "hash" without them
// (as before they were recorded), so every file is read and hashed.
func BenchmarkSyncUnchanged(b *testing.B) {
	fsys, total := synthCorpus(synthSeed, 5<<20/synthDocBytes, synthDocBytes)
	dir := b.TempDir()
	for name, f := range fsys {
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	c := Corpus{FS: os.DirFS(dir)}
	files, _, err := ingest.Walk(c.FS)
	if err != nil {
		b.Fatal(err)
	}
	stat, hash := map[string]FileStat{}, map[string]FileStat{}
	for _, e := range files {
		f, err := ingest.Read(c.FS, e)
		if err != nil {
			b.Fatal(err)
		}
		stat[e.Path] = FileStat{Hash: f.Hash, Size: e.Size, ModTime: e.ModTime}
		hash[e.Path] = FileStat{Hash: f.Hash}
	}
	for _, bb := range []struct {
		name  string
		stats map[string]FileStat
	}{{"stat", stat}, {"hash", hash}} {
		b.Run(bb.name, func(b *testing.B) {
			sb := statBackend{Index: NewIndex(HashEmbedder(32)), stats: bb.stats}
			b.SetBytes(int64(total))
			b.ReportAllocs()
			for b.Loop() {
				rep, err := Sync(context.Background(), c, sb, Options{Embedder: HashEmbedder(32)})
				if err != nil || rep.Unchanged != len(files) {
					b.Fatalf("%+v, %v", rep, err)
				}
			}
		})
	}
}
