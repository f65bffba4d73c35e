package retrieval

import (
	"context"
	"testing"
)

// TestRepeatedChunkTextsBothFound: two chunks of one text in a document
// are both found, at one score, whether the index keeps vectors (another
// embedder) or computes them (a Local one).
func TestRepeatedChunkTextsBothFound(t *testing.T) {
	ctx := context.Background()
	txt := "Glaciers melt.\n\nRivers rise.\n\nGlaciers melt.\n"
	vec := func(s string) []float32 { return hashVector(s, 16) }
	d := Document{Path: "g.txt", Hash: "x", Text: txt}
	for _, sp := range [][2]int{{0, 14}, {16, 28}, {30, 44}} {
		s := txt[sp[0]:sp[1]]
		d.Chunks = append(d.Chunks, Chunk{Start: sp[0], End: sp[1], Text: s, Hash: ChunkHash(s), Vec: vec(s)})
	}
	stored := HashEmbedder(16)
	stored.Local = false
	for _, emb := range []Embedder{HashEmbedder(16), stored} {
		ix := NewIndex(emb)
		if err := ix.Update(ctx, []Document{d}, nil); err != nil {
			t.Fatal(err)
		}
		if got := ix.state().vecs != nil; got != !emb.Local {
			t.Errorf("local %v: vectors kept: %v", emb.Local, got)
		}
		q, _ := NewQuery(ctx, ix.emb, "glaciers melt", 5)
		ps, err := ix.Hybrid(ctx, q)
		if err != nil || len(ps) < 2 || ps[0].ID != "g#1" || ps[1].ID != "g#3" || ps[0].Score != ps[1].Score {
			t.Fatalf("local %v: Hybrid = %+v, %v; want g#1 and g#3 first at one score", emb.Local, ps, err)
		}
		vs, err := ix.Vectors(ctx, []string{ChunkHash("Rivers rise."), "unknown"})
		if err != nil || len(vs) != 1 || dot(vs[ChunkHash("Rivers rise.")], vec("Rivers rise.")) < 0.999 {
			t.Errorf("local %v: Vectors = %v, %v", emb.Local, vs, err)
		}
	}
}
