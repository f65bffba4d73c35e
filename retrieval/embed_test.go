package retrieval

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
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
	{"helicoptersbut the Committee's budget, schedule & bridges — naïve café résumé 2019-03-03", 512, "43d609112283339ff5a7ef9d"},
	{"Engineers then studied the old piers, which had settled by about 30 centimetres since 1901. Engineers engineers ENGINEERS.", 64, "4137bc0d5aada0162d0db85b"},
	{"Ünïcödé Straße ΑΘΗΝΑ 東京 emoji 🙂 x y z a b c", 16, "42885089c15127b07af41757"},
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
