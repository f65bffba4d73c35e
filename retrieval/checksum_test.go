package retrieval

import (
	"hash/crc32"
	"math/rand"
	"testing"
)

func TestChecksumEqualsCRC32C(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 7, minParallelSum - 1, 2 * minParallelSum, 2*minParallelSum + 13, 5*minParallelSum + 1} {
		data := make([]byte, n)
		rng.Read(data)
		if got, want := checksum(data), crc32.Checksum(data, castagnoli); got != want {
			t.Errorf("%d bytes: checksum %08x, CRC-32C %08x", n, got, want)
		}
	}
}

func TestCRC32Combine(t *testing.T) {
	a, b := []byte("the index of a corpus "), []byte("is checked on every open")
	whole := crc32.Checksum(append(append([]byte{}, a...), b...), castagnoli)
	if got := crc32Combine(crc32.Checksum(a, castagnoli), crc32.Checksum(b, castagnoli), int64(len(b))); got != whole {
		t.Errorf("combined %08x, whole %08x", got, whole)
	}
}
