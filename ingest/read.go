package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"time"
)

// racyWindow is how long after a file's modification time its content may
// still change without the time changing: file systems keep times in steps
// as coarse as 2 s (FAT), so a write in the same step as the one that
// gave the time leaves it as it was.
const racyWindow = 2 * time.Second

// skipError is a file error that reads as a skip reason without the path.
type skipError struct {
	reason string
	err    error
}

func (e *skipError) Error() string { return e.reason }
func (e *skipError) Unwrap() error { return e.err }

// Read reads the file that e lists in fsys whole, at most MaxFileBytes,
// and hashes it. A file that proves empty or larger than MaxFileBytes when
// read (it changed since Walk) is an error wrapping ErrEmpty or
// ErrTooLarge, one that cannot be read the file system's error; every
// error reads as a one-line skip reason without the path. The File's
// ModTime is e.ModTime, or zero when e was modified less than racyWindow
// before the read (or after it): the file could change again and keep that
// time, so the time cannot show later that the file is unchanged. It may
// be called concurrently if fsys may.
func Read(fsys fs.FS, e Entry) (File, error) { return read(fsys, e, time.Now) }

// read is Read with a clock.
func read(fsys fs.FS, e Entry, clock func() time.Time) (File, error) {
	target := e.target
	if target == "" {
		target = e.Path
	}
	now := clock()
	data, err := readAll(fsys, target, e.Size)
	if err != nil {
		return File{}, err
	}
	sum := sha256.Sum256(data)
	f := File{Path: e.Path, Hash: hex.EncodeToString(sum[:]), Data: data, ModTime: e.ModTime}
	if !e.ModTime.IsZero() && now.Sub(e.ModTime) < racyWindow {
		f.ModTime = time.Time{}
	}
	return f, nil
}

// readAll reads name, whose size was listed as size, up to MaxFileBytes.
func readAll(fsys fs.FS, name string, size int64) ([]byte, error) {
	fh, err := fsys.Open(name)
	if err != nil {
		return nil, &skipError{shortErr(err), err}
	}
	defer fh.Close()
	var buf bytes.Buffer
	buf.Grow(int(min(max(size, 0), MaxFileBytes)) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(fh, MaxFileBytes+1)); err != nil {
		return nil, &skipError{shortErr(err), err}
	}
	switch n := buf.Len(); {
	case n > MaxFileBytes:
		return nil, fmt.Errorf("%w (over %d MB)", ErrTooLarge, MaxFileBytes>>20)
	case n == 0:
		return nil, ErrEmpty
	}
	return buf.Bytes(), nil
}
