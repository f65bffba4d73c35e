package retrieval

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"math"
	"strings"
	"testing"
)

// embedPins are texts whose hashing-embedder vectors are pinned bit for
// bit: stored indexes and the answers of the eval sets depend on them.
var embedPins = []struct {
	text string
	dim  int
	want string // hex SHA-256 prefix of the vector's float32 bits, little-endian
}{
	{"", 512, "c71873f6f3105b15ca6cd4b1"},
	{"the of and", 512, "c71873f6f3105b15ca6cd4b1"},
	{"Rivers", 512, "c35e15e9355fbd5acc443cd0"},
	{"The river was first bridged in 1851. It carried traffic for a century and a half before it was replaced.", 512, "7a52da7687c0c5e3a36700b7"},
	{"helicoptersbut the Committee's budget, schedule & bridges — naïve café résumé 2019-03-03", 512, "9370d66abf414755cf08327f"},
	{"Engineers then studied the old piers, which had settled by about 30 centimetres since 1901. Engineers engineers ENGINEERS.", 64, "4137bc0d5aada0162d0db85b"},
	{"Ünïcödé Straße ΑΘΗΝΑ 東京 emoji 🙂 x y z a b c", 16, "f09ab7382c27bb70bd36acf8"},
	{"word word word word word word word word pair pair pair", 7, "a95dabd610e4dc8c7ee886c5"},
}

// vecDigest hashes the bits of v.
func vecDigest(v []float32) string {
	h := sha256.New()
	var b [4]byte
	for _, x := range v {
		binary.LittleEndian.PutUint32(b[:], math.Float32bits(x))
		h.Write(b[:])
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// TestHashVectorPinned pins hashVector's output bit for bit.
func TestHashVectorPinned(t *testing.T) {
	for _, p := range embedPins {
		if got := vecDigest(hashVector(p.text, p.dim)); got != p.want {
			t.Errorf("hashVector(%q, %d) digest %s, want %s", p.text, p.dim, got, p.want)
		}
	}
}

// TestHashVectorSpec: hashVector gives the bits of hashVectorSorted, its
// specification, on prose with crowded buckets (small dimensions) and
// without.
func TestHashVectorSpec(t *testing.T) {
	g := newSynthGen(synthSeed)
	texts := []string{probeText, g.doc(4000)}
	for range 200 {
		var b strings.Builder
		g.sentence(&b)
		g.sentence(&b)
		texts = append(texts, b.String())
	}
	var h hasher // reused, as HashEmbedder reuses it
	for _, s := range texts {
		for _, dim := range []int{1, 3, 16, 64, 512} {
			if got, want := h.vector(s, dim), hashVectorSorted(s, dim); !sameBits(got, want) {
				t.Fatalf("dim %d, %.60q: differs from the specification", dim, s)
			}
		}
	}
}

// probeText has stop words, pairs, long words, digits and non-ASCII.
const probeText = "The river was first bridged in 1851; helicoptersbut the Committee's naïve café résumé — Straße ΑΘΗΝΑ 東京 2019-03-03."

// TestHasherCollision: two features with one hash are told apart, so
// that hashVector can fall back to the specification.
func TestHasherCollision(t *testing.T) {
	h := hasher{index: map[uint64]int{}}
	if !h.add(feature{kind: 'w', a: "river", hash: 7}) || !h.add(feature{kind: 'w', a: "river", hash: 7}) {
		t.Fatal("the same feature twice is a collision")
	}
	if h.add(feature{kind: 'p', a: "river", hash: 7}) || len(h.feats) != 1 || h.feats[0].n != 3 {
		t.Errorf("a collision was not reported: %+v", h.feats)
	}
}

// TestHashEmbedderBatch: a batch embedded on every core is the texts
// embedded one by one, in order.
func TestHashEmbedderBatch(t *testing.T) {
	g := newSynthGen(synthSeed + 2)
	texts := make([]string, 300)
	for i := range texts {
		var b strings.Builder
		g.sentence(&b)
		texts[i] = b.String()
	}
	vecs, err := HashEmbedder(64).Embed(context.Background(), texts)
	if err != nil || len(vecs) != len(texts) {
		t.Fatalf("%d vectors, %v", len(vecs), err)
	}
	for i, s := range texts {
		if !sameBits(vecs[i], hashVectorSorted(s, 64)) {
			t.Fatalf("vector %d differs", i)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := HashEmbedder(64).Embed(ctx, texts); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled embed: %v", err)
	}
}

// FuzzHashVector: hashVector gives the bits of its specification.
func FuzzHashVector(f *testing.F) {
	f.Add(probeText, 16)
	f.Add("word word word pair pair", 3)
	f.Fuzz(func(t *testing.T, s string, dim int) {
		dim = 1 + abs(dim)%600
		if got, want := hashVector(s, dim), hashVectorSorted(s, dim); !sameBits(got, want) {
			t.Errorf("dim %d, %q: differs from the specification", dim, s)
		}
	})
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// sameBits reports whether a and b hold the same float32 bits.
func sameBits(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}

// BenchmarkHashVector compares hashVector with its specification on
// chunk-sized synthetic prose, with a new hasher for each text and with
// one reused, as HashEmbedder does.
func BenchmarkHashVector(b *testing.B) {
	g := newSynthGen(synthSeed)
	texts := make([]string, 64)
	for i := range texts {
		var sb strings.Builder
		for range 5 {
			g.sentence(&sb)
			sb.WriteByte(' ')
		}
		texts[i] = sb.String()
	}
	for _, bb := range []struct {
		name string
		fn   func(string, int) []float32
	}{{"spec", hashVectorSorted}, {"new", hashVector}, {"reused", new(hasher).vector}} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				bb.fn(texts[i%len(texts)], DefaultDim)
				i++
			}
		})
	}
}
