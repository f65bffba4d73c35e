package retrieval

import "unsafe"

// The sections of a stored index are read in place: these views give a
// byte slice of a section the type it was written as, in the machine's
// byte order (the file's header records it; another order is rebuilt).
// Sections start at multiples of 8 bytes of a page-aligned mapping or of a
// slice from make, so the views are aligned. The views alias their bytes:
// neither side may be modified while the other is in use.

// viewOf returns b as a slice of T; trailing bytes that do not make a
// whole T are left out.
func viewOf[T any](b []byte) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	if len(b) < size {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), len(b)/size)
}

// bytesOf returns the bytes of s.
func bytesOf[T any](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	var zero T
	return unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s)*int(unsafe.Sizeof(zero)))
}

// stringAt returns b[off:off+n] as a string sharing b's bytes.
func stringAt(b []byte, off, n uint64) string {
	if n == 0 {
		return ""
	}
	return unsafe.String(&b[off], int(n))
}
