package retrieval

import (
	"hash/crc32"
	"runtime"
	"sync"
)

// castagnoli is the table of the CRC-32C that ends an index file.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// castagnoliPoly is the reversed Castagnoli polynomial of crc32.Castagnoli.
const castagnoliPoly = 0x82f63b78

// minParallelSum is the size below which checksum does not split its input.
const minParallelSum = 8 << 20

// checksum is crc32.Checksum(data, castagnoli), computed on every
// processor for a large input: each part's CRC is computed apart and the
// parts are combined (crc32Combine). Reading a mapped index faults its
// pages in, so this also spreads that cost over the cores.
func checksum(data []byte) uint32 {
	parts := min(runtime.GOMAXPROCS(0), len(data)/minParallelSum)
	if parts < 2 {
		return crc32.Checksum(data, castagnoli)
	}
	sums := make([]uint32, parts)
	size := len(data) / parts
	var wg sync.WaitGroup
	for i := range parts {
		lo, hi := i*size, (i+1)*size
		if i == parts-1 {
			hi = len(data)
		}
		wg.Go(func() { sums[i] = crc32.Checksum(data[lo:hi], castagnoli) })
	}
	wg.Wait()
	sum := sums[0]
	for i := 1; i < parts; i++ {
		n := size
		if i == parts-1 {
			n = len(data) - i*size
		}
		sum = crc32Combine(sum, sums[i], int64(n))
	}
	return sum
}

// crc32Combine returns the CRC of A followed by B from the CRCs of A and
// of B and the length of B, as zlib's crc32_combine does: it appends
// len2 zero bytes to crc1 by repeated squaring of the operator that
// appends one zero bit, in GF(2).
func crc32Combine(crc1, crc2 uint32, len2 int64) uint32 {
	if len2 <= 0 {
		return crc1
	}
	var even, odd [32]uint32
	odd[0] = castagnoliPoly // the operator for one zero bit
	row := uint32(1)
	for n := 1; n < 32; n++ {
		odd[n] = row
		row <<= 1
	}
	gf2Square(&even, &odd) // two zero bits
	gf2Square(&odd, &even) // four zero bits
	for {
		gf2Square(&even, &odd)
		if len2&1 != 0 {
			crc1 = gf2Times(&even, crc1)
		}
		if len2 >>= 1; len2 == 0 {
			break
		}
		gf2Square(&odd, &even)
		if len2&1 != 0 {
			crc1 = gf2Times(&odd, crc1)
		}
		if len2 >>= 1; len2 == 0 {
			break
		}
	}
	return crc1 ^ crc2
}

// gf2Times multiplies the 32×32 GF(2) matrix mat by vec.
func gf2Times(mat *[32]uint32, vec uint32) uint32 {
	var sum uint32
	for i := 0; vec != 0; i, vec = i+1, vec>>1 {
		if vec&1 != 0 {
			sum ^= mat[i]
		}
	}
	return sum
}

// gf2Square sets square to mat × mat.
func gf2Square(square, mat *[32]uint32) {
	for n := range 32 {
		square[n] = gf2Times(mat, mat[n])
	}
}
