package retrieval

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"
)

// TestUpdateEqualsFreshBuild: an index brought up to date by Update (which
// works out the vocabulary from the previous one) holds exactly the
// structures that building the new corpus from scratch gives.
func TestUpdateEqualsFreshBuild(t *testing.T) {
	ctx := context.Background()
	before := fstest.MapFS{
		"a.txt": {Data: []byte(prose("rivers", 3) + "The helicoptersbut deal was signed.\n")},
		"b.txt": {Data: []byte(prose("bridges", 2))},
		"c.txt": {Data: []byte(prose("canals", 2) + "Helicopters and a deal.\n")},
	}
	after := fstest.MapFS{
		"a.txt": before["a.txt"],
		"b.txt": {Data: []byte(prose("bridges", 3) + "Engineers of JavedBajwa fame.\n")},
		"d.txt": {Data: []byte(prose("dams", 2) + "Helicopters and a deal.\n")},
	}
	ix, _, err := Open(ctx, Corpus{FS: before, Name: "c"}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Refresh(ctx, Corpus{FS: after, Name: "c"}, ix, Options{}); err != nil {
		t.Fatal(err)
	}
	fresh, _, err := Open(ctx, Corpus{FS: after, Name: "c"}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	got, want := ix.state(), fresh.state()
	switch {
	case !slices.Equal(got.chunks, want.chunks):
		t.Error("chunk tables differ")
	case !slices.Equal(got.lex.words.blob, want.lex.words.blob) || !slices.Equal(got.lex.counts, want.lex.counts):
		t.Error("vocabularies differ")
	case !slices.Equal(got.bm.terms.blob, want.bm.terms.blob) || !slices.Equal(got.bm.blob, want.bm.blob) ||
		!slices.Equal(got.bm.lengths, want.bm.lengths) || got.bm.avgLen != want.bm.avgLen:
		t.Error("BM25 indexes differ")
	}
}
