package retrieval

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"unsafe"
)

// The stored index (storeVersion 4) is one file of sections:
//
//	header   magic "citebot\x04", version uint32, byte-order mark uint32
//	sections each at a multiple of 8 bytes, zero-padded
//	table    one secEntry per section
//	footer   table offset uint64, section count uint32, endMagic,
//	         CRC-32C (Castagnoli) of every byte before it, uint32
//
// Integers are in the byte order of the machine that wrote the file (the
// mark says which), so that sections are read in place as typed arrays.
// Writing streams the sections through the checksum; reading checks the
// header, the footer, the table and then the checksum before any section
// is used.

// storeVersion changes whenever the stored format or the chunking changes;
// a stored index of another version is rebuilt. Version 2 keeps the
// metadata fields a Source shows instead of the detector's Meta; version 3
// ends the file with a checksum of everything before it; version 4 is a
// file of sections read in place (format.go), not a gob.
const storeVersion = 4

// errIncompatible marks a stored index that cannot be used as it is.
var errIncompatible = errors.New("incompatible index")

var (
	fileMagic = [8]byte{'c', 'i', 't', 'e', 'b', 'o', 't', 4}
	endMagic  = [8]byte{'c', 'i', 't', 'e', 'e', 'n', 'd', 4}
)

const (
	headerBytes = 16
	footerBytes = 24
	byteOrder   = 0x01020304 // written natively: reads back so on a machine of the same order
)

// secEntry locates one section of the file.
type secEntry struct {
	ID  uint32
	_   uint32
	Off uint64
	Len uint64
}

// fileWriter streams sections into w, summing them as it goes.
type fileWriter struct {
	w     io.Writer // w and the checksum
	crc   hash.Hash32
	off   uint64
	table []secEntry
	err   error
}

func newFileWriter(w *bufio.Writer) *fileWriter {
	fw := &fileWriter{crc: crc32.New(castagnoli)}
	fw.w = io.MultiWriter(w, fw.crc)
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
	_, fw.err = fw.w.Write(b)
	fw.off += uint64(len(b))
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

// finish writes the table and the footer.
func (fw *fileWriter) finish() error {
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
	binary.LittleEndian.PutUint32(sum[:], fw.crc.Sum32())
	_, err := fw.w.Write(sum[:]) // the checksum does not cover itself
	return err
}

// sections checks data as a stored index and returns its sections by ID.
// Errors wrap errIncompatible and say what is wrong: another format, an
// unreadable (e.g. truncated) file, or a checksum mismatch.
func sections(data []byte) (map[uint32][]byte, error) {
	if len(data) < headerBytes || !bytes.Equal(data[:8], fileMagic[:]) {
		if oldFormat(data) {
			return nil, fmt.Errorf("%w: stored index has an older format (3), this citebot writes %d", errIncompatible, storeVersion)
		}
		return nil, fmt.Errorf("%w: stored index is unreadable (not an index file)", errIncompatible)
	}
	if v := binary.LittleEndian.Uint32(data[8:]); v != storeVersion {
		return nil, fmt.Errorf("%w: stored index has format %d, this citebot writes %d", errIncompatible, v, storeVersion)
	}
	if *(*uint32)(unsafe.Pointer(&data[12])) != byteOrder {
		return nil, fmt.Errorf("%w: stored index was written on a machine of another byte order", errIncompatible)
	}
	if len(data) < headerBytes+footerBytes || !bytes.Equal(data[len(data)-12:len(data)-4], endMagic[:]) {
		return nil, fmt.Errorf("%w: stored index is unreadable (truncated)", errIncompatible)
	}
	foot := data[len(data)-footerBytes:]
	tableOff, n := binary.LittleEndian.Uint64(foot), uint64(binary.LittleEndian.Uint32(foot[8:]))
	end := uint64(len(data) - footerBytes)
	size := uint64(unsafe.Sizeof(secEntry{}))
	if tableOff%8 != 0 || tableOff > end || (end-tableOff)/size != n || (end-tableOff)%size != 0 {
		return nil, fmt.Errorf("%w: stored index is unreadable (bad section table)", errIncompatible)
	}
	sum := binary.LittleEndian.Uint32(data[len(data)-4:])
	if checksum(data[:len(data)-4]) != sum {
		return nil, fmt.Errorf("%w: stored index was altered or damaged (checksum mismatch)", errIncompatible)
	}
	out := make(map[uint32][]byte, n)
	for _, e := range viewOf[secEntry](data[tableOff:end]) {
		if e.Off%8 != 0 || e.Off < headerBytes || e.Off > tableOff || e.Len > tableOff-e.Off {
			return nil, fmt.Errorf("%w: stored index is inconsistent (section %d out of bounds)", errIncompatible, e.ID)
		}
		out[e.ID] = data[e.Off : e.Off+e.Len : e.Off+e.Len]
	}
	return out, nil
}

// oldFormat reports whether data looks like a gob-encoded index of
// storeVersion 3 or before: gob writes the field names of the stored
// struct first.
func oldFormat(data []byte) bool {
	head := data[:min(len(data), 512)]
	return bytes.Contains(head, []byte("Pipeline")) && bytes.Contains(head, []byte("Embedder"))
}
