package retrieval

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"unsafe"
)

// The stored index (storeVersion 6) is one file of sections:
//
//	header   magic "citebot" and the version byte ("citebot\x06"), version
//	         uint32, byte-order mark uint32
//	sections each at a multiple of 8 bytes, zero-padded
//	sums     the block sums section: the CRC-32C (Castagnoli) of each
//	         blockSize block of every byte before it, uint32 each
//	table    one secEntry per section, the sums included
//	footer   table offset uint64, section count uint32, endMagic,
//	         CRC-32C of every byte from the sums to here, uint32
//
// Integers are in the byte order of the machine that wrote the file (the
// mark says which), so that sections are read in place as typed arrays.
// Writing streams the sections through the block sums. Reading checks the
// header, the footer, the table and the sums (the footer's CRC-32C), and
// hands out the sections with a blockSums that checks each block when it
// is first used (blocks.go): every byte is checked before it is used, but
// opening does not read the bytes it does not use.

// storeVersion changes whenever the stored format or the chunking changes;
// a stored index of another version is rebuilt. Version 2 keeps the
// metadata fields a Source shows instead of the detector's Meta; version 3
// ends the file with a checksum of everything before it; version 4 is a
// file of sections read in place (format.go), not a gob; version 5 has a
// checksum per block instead of one for the whole file; version 6 keeps a
// chunk's metadata flag in the top bit of its line (28 bytes a chunk, not 32).
const storeVersion = 6

// errIncompatible marks a stored index that cannot be used as it is.
var errIncompatible = errors.New("incompatible index")

var (
	fileMagic = [8]byte{'c', 'i', 't', 'e', 'b', 'o', 't', storeVersion}
	endMagic  = [8]byte{'c', 'i', 't', 'e', 'e', 'n', 'd', storeVersion}
)

const (
	headerBytes = 16
	footerBytes = 24
	byteOrder   = 0x01020304 // written natively: reads back so on a machine of the same order
)

// secBlockSums is the ID of the block sums section; the IDs of the others
// are the store's (storeio.go).
const secBlockSums = 1 << 31

// secEntry locates one section of the file.
type secEntry struct {
	ID  uint32
	_   uint32
	Off uint64
	Len uint64
}

// fileWriter streams sections into w, summing them as it goes.
type fileWriter struct {
	w     *bufio.Writer
	off   uint64
	table []secEntry
	err   error

	sums    []uint32 // of the blocks written whole
	cur     uint32   // of the block being written
	tailing bool     // the sums are written: sum into tail
	tail    uint32
}

func newFileWriter(w *bufio.Writer) *fileWriter {
	fw := &fileWriter{w: w}
	var h [headerBytes]byte
	copy(h[:], fileMagic[:])
	binary.LittleEndian.PutUint32(h[8:], storeVersion)
	*(*uint32)(unsafe.Pointer(&h[12])) = byteOrder
	fw.write(h[:])
	return fw
}

func (fw *fileWriter) write(b []byte) {
	if fw.err != nil || len(b) == 0 {
		return
	}
	if _, fw.err = fw.w.Write(b); fw.err != nil {
		return
	}
	if fw.tailing {
		fw.tail = crc32.Update(fw.tail, castagnoli, b)
		fw.off += uint64(len(b))
		return
	}
	for len(b) > 0 {
		n := min(len(b), blockSize-int(fw.off%blockSize))
		fw.cur = crc32.Update(fw.cur, castagnoli, b[:n])
		fw.off += uint64(n)
		b = b[n:]
		if fw.off%blockSize == 0 {
			fw.sums, fw.cur = append(fw.sums, fw.cur), 0
		}
	}
}

// pad writes zeros up to the next multiple of 8.
func (fw *fileWriter) pad() {
	var zeros [8]byte
	fw.write(zeros[:(8-fw.off%8)%8])
}

// section writes one section made of parts, end to end.
func (fw *fileWriter) section(id uint32, parts ...[]byte) {
	fw.pad()
	e := secEntry{ID: id, Off: fw.off}
	for _, p := range parts {
		fw.write(p)
		e.Len += uint64(len(p))
	}
	fw.table = append(fw.table, e)
}

// sectionFunc writes one section by calling fill, which writes through
// write; for sections streamed piece by piece.
func (fw *fileWriter) sectionFunc(id uint32, fill func(write func([]byte))) {
	fw.pad()
	e := secEntry{ID: id, Off: fw.off}
	fill(fw.write)
	e.Len = fw.off - e.Off
	fw.table = append(fw.table, e)
}

// finish writes the block sums, the table and the footer.
func (fw *fileWriter) finish() error {
	fw.pad()
	if fw.off%blockSize != 0 {
		fw.sums = append(fw.sums, fw.cur)
	}
	fw.tailing = true
	fw.section(secBlockSums, bytesOf(fw.sums))
	fw.pad()
	tableOff := fw.off
	fw.write(bytesOf(fw.table))
	var f [footerBytes - 4]byte
	binary.LittleEndian.PutUint64(f[0:], tableOff)
	binary.LittleEndian.PutUint32(f[8:], uint32(len(fw.table)))
	copy(f[12:], endMagic[:])
	fw.write(f[:])
	if fw.err != nil {
		return fw.err
	}
	var sum [4]byte
	binary.LittleEndian.PutUint32(sum[:], fw.tail)
	_, err := fw.w.Write(sum[:]) // the checksum does not cover itself
	return err
}

// sections checks data as a stored index and returns its sections by ID,
// with the blockSums that checks their bytes (none is checked yet). Errors
// wrap errIncompatible and say what is wrong: another format, an
// unreadable (e.g. truncated) file, or a checksum mismatch of the table.
func sections(data []byte) (map[uint32][]byte, *blockSums, error) {
	if err := checkHeader(data); err != nil {
		return nil, nil, err
	}
	foot := data[len(data)-footerBytes:]
	tableOff, n := binary.LittleEndian.Uint64(foot), uint64(binary.LittleEndian.Uint32(foot[8:]))
	end := uint64(len(data) - footerBytes)
	size := uint64(unsafe.Sizeof(secEntry{}))
	if tableOff%8 != 0 || tableOff > end || (end-tableOff)/size != n || (end-tableOff)%size != 0 {
		return nil, nil, fmt.Errorf("%w: stored index is unreadable (bad section table)", errIncompatible)
	}
	out := make(map[uint32][]byte, n)
	sumsOff := uint64(0)
	for _, e := range viewOf[secEntry](data[tableOff:end]) {
		if e.Off%8 != 0 || e.Off < headerBytes || e.Off > tableOff || e.Len > tableOff-e.Off {
			return nil, nil, fmt.Errorf("%w: stored index is inconsistent (section %d out of bounds)", errIncompatible, e.ID)
		}
		out[e.ID] = data[e.Off : e.Off+e.Len : e.Off+e.Len]
		if e.ID == secBlockSums {
			sumsOff = e.Off
		}
	}
	if sumsOff == 0 {
		return nil, nil, fmt.Errorf("%w: stored index is unreadable (no block sums)", errIncompatible)
	}
	if crc32.Checksum(data[sumsOff:len(data)-4], castagnoli) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return nil, nil, fmt.Errorf("%w: stored index was altered or damaged (checksum mismatch)", errIncompatible)
	}
	bs, err := newBlockSums(data[:sumsOff], viewOf[uint32](out[secBlockSums]))
	if err != nil {
		return nil, nil, fmt.Errorf("%w: stored index is inconsistent (%v)", errIncompatible, err)
	}
	delete(out, secBlockSums)
	return out, bs, nil
}

// checkHeader checks that data begins and ends as a stored index of this
// version and byte order.
func checkHeader(data []byte) error {
	if len(data) < headerBytes || !bytes.Equal(data[:8], fileMagic[:]) {
		if oldFormat(data) {
			return fmt.Errorf("%w: stored index has an older format (3), this citebot writes %d", errIncompatible, storeVersion)
		}
		if len(data) >= headerBytes && bytes.Equal(data[:7], fileMagic[:7]) {
			return fmt.Errorf("%w: stored index has format %d, this citebot writes %d", errIncompatible, data[7], storeVersion)
		}
		return fmt.Errorf("%w: stored index is unreadable (not an index file)", errIncompatible)
	}
	if v := binary.LittleEndian.Uint32(data[8:]); v != storeVersion {
		return fmt.Errorf("%w: stored index has format %d, this citebot writes %d", errIncompatible, v, storeVersion)
	}
	if *(*uint32)(unsafe.Pointer(&data[12])) != byteOrder {
		return fmt.Errorf("%w: stored index was written on a machine of another byte order", errIncompatible)
	}
	if len(data) < headerBytes+footerBytes || !bytes.Equal(data[len(data)-12:len(data)-4], endMagic[:]) {
		return fmt.Errorf("%w: stored index is unreadable (truncated)", errIncompatible)
	}
	return nil
}

// oldFormat reports whether data looks like a gob-encoded index of
// storeVersion 3 or before: gob writes the field names of the stored
// struct first.
func oldFormat(data []byte) bool {
	head := data[:min(len(data), 512)]
	return bytes.Contains(head, []byte("Pipeline")) && bytes.Contains(head, []byte("Embedder"))
}
