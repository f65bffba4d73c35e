package ingest

import "errors"

// MaxFileBytes is the largest file that is read and extracted: Walk skips
// larger files, and Read and Parse return an error wrapping ErrTooLarge
// for them.
const MaxFileBytes = 20 << 20

// Sentinel errors of Parse. Each error Parse returns wraps one of them, and
// its message is a one-line reason fit for the index report ("binary
// file", "invalid UTF-8 at byte 12", "unsupported file type .docx", "PDF
// has no extractable text", "too large (52 MB > 20 MB)", "no indexable
// text", "HTML too complex (elements nested deeper than 512 levels)").
var (
	ErrUnsupported = errors.New("unsupported file type")
	// ErrEmpty is a file that Read found empty.
	ErrEmpty       = errors.New("empty file")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrBinary      = errors.New("binary file")
	ErrTooLarge    = errors.New("too large")
	ErrNoText      = errors.New("no extractable text")
	ErrMalformed   = errors.New("malformed")
	ErrEncrypted   = errors.New("encrypted")
	// ErrTooComplex is a file whose structure would take too long to
	// extract, such as HTML nested thousands of levels deep.
	ErrTooComplex = errors.New("too complex")
	// ErrNoChunks is a text that has no content to index: all of it was
	// judged boilerplate, or it has no sentences.
	ErrNoChunks = errors.New("no indexable text")
)
