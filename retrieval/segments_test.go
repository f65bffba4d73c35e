package retrieval

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"testing"
)

// TestSegmentsMerge checks that postings written out in segments at
// arbitrary points and merged are byte for byte those of one builder.
func TestSegmentsMerge(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	whole := newPostingsBuilder()
	parts := newPostingsBuilder()
	f, err := os.CreateTemp(t.TempDir(), "segs")
	if err != nil {
		t.Fatal(err)
	}
	sf := newSegmentFile(f)
	defer sf.close()
	for chunk := int32(0); chunk < 3000; chunk++ {
		for k := range 1 + rng.Intn(12) {
			term := fmt.Sprintf("t%d", rng.Intn(400)*(k%3+1))
			if rng.Intn(50) == 0 {
				term = string(bytes.Repeat([]byte{'x'}, 200+rng.Intn(200))) // longer than any buffer
			}
			if i, ok := whole.index[term]; ok && whole.lists[i].last == chunk {
				continue
			}
			tf := uint32(1 + rng.Intn(3)*rng.Intn(2))
			whole.add(term, chunk, tf)
			parts.add(term, chunk, tf)
		}
		if rng.Intn(200) == 0 || chunk == 1000 {
			if err := sf.flush(parts); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := sf.flush(parts); err != nil {
		t.Fatal(err)
	}
	if err := sf.flush(parts); err != nil { // an empty segment
		t.Fatal(err)
	}
	wantTerms, wantOffs, wantBlob, err := whole.finish()
	if err != nil {
		t.Fatal(err)
	}
	var blob bytes.Buffer
	terms, offs, err := sf.merge(&blob)
	if err != nil {
		t.Fatal(err)
	}
	if len(sf.segs) < 10 {
		t.Fatalf("only %d segments", len(sf.segs))
	}
	if !bytes.Equal(terms.blob, wantTerms.blob) || fmt.Sprint(terms.offs) != fmt.Sprint(wantTerms.offs) {
		t.Error("term tables differ")
	}
	if fmt.Sprint(offs) != fmt.Sprint(wantOffs) || !bytes.Equal(blob.Bytes(), wantBlob) {
		t.Errorf("postings differ: %d bytes, want %d", blob.Len(), len(wantBlob))
	}
}

// TestJoinListsBadPiece: a list that does not decode (a segment damaged
// on disk) fails the merge instead of being cut short.
func TestJoinListsBadPiece(t *testing.T) {
	if _, err := joinLists(nil, []*segCursor{{term: []byte("bridge"), df: 1}}); err == nil {
		t.Error("joinLists of an empty piece: no error")
	}
}
