package retrieval

import (
	"context"
	"slices"
	"testing"
)

func TestVectorKeysUniqueAndPositionFree(t *testing.T) {
	r := &docRec{Path: "a.txt", Pieces: []pieceRec{{Hash: "h1"}, {Hash: "h2"}, {Hash: "h1"}, {Hash: "h1"}}}
	want := []string{"a.txt\x00h1", "a.txt\x00h2", "a.txt\x00h1\x002", "a.txt\x00h1\x003"}
	if got := vectorKeys(r); !slices.Equal(got, want) {
		t.Errorf("vectorKeys = %q, want %q", got, want)
	}
	// a chunk inserted before keeps the keys of the others
	r.Pieces = append([]pieceRec{{Hash: "h0"}}, r.Pieces...)
	if got := vectorKeys(r); !slices.Equal(got[1:], want) {
		t.Errorf("after an insertion vectorKeys = %q", got)
	}
}

func TestRepeatedChunkTextsBothFound(t *testing.T) {
	ctx := context.Background()
	txt := "Glaciers melt.\n\nRivers rise.\n\nGlaciers melt.\n"
	vec := func(s string) []float32 { return hashVector(s, 16) }
	d := Document{Path: "g.txt", Hash: "x", Text: txt}
	for _, sp := range [][2]int{{0, 14}, {16, 28}, {30, 44}} {
		s := txt[sp[0]:sp[1]]
		d.Chunks = append(d.Chunks, Chunk{Start: sp[0], End: sp[1], Text: s, Hash: ChunkHash(s), Vec: vec(s)})
	}
	ix := NewIndex(HashEmbedder(16), nil)
	if err := ix.Update(ctx, []Document{d}, nil); err != nil {
		t.Fatal(err)
	}
	q, _ := NewQuery(ctx, ix.emb, "glaciers melt", 5)
	ps, err := ix.Hybrid(ctx, q)
	if err != nil || len(ps) < 2 || ps[0].ID != "g#1" || ps[1].ID != "g#3" || ps[0].Score != ps[1].Score {
		t.Fatalf("Hybrid = %+v, %v; want g#1 and g#3 first at one score", ps, err)
	}
}
