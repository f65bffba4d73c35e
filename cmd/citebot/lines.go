package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// maxStdinQuestion bounds one line of `ask -` and `chat` input.
const maxStdinQuestion = 1 << 20

// errLineTooLong is returned by lineReader.next for a line longer than its
// limit; the line has been read past, so reading can go on.
var errLineTooLong = errors.New("line too long")

// lineReader reads input one line at a time, each at most max bytes. It is
// not safe for concurrent use.
type lineReader struct {
	r    *bufio.Reader
	max  int
	line int // number of the last line read, from 1
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64*1024), max: max}
}

// next returns the next line without its line ending. It returns io.EOF at
// the end of the input, and an error wrapping errLineTooLong (with the
// line's number) for a line over the limit, which is skipped.
func (l *lineReader) next() (string, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := l.r.ReadSlice('\n')
		if !tooLong {
			buf = append(buf, chunk...)
			if len(buf) > l.max+2 { // room for "\r\n"
				tooLong, buf = true, nil
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && (err != io.EOF || len(buf) == 0 && !tooLong) {
			return "", err
		}
		l.line++
		if tooLong {
			return "", fmt.Errorf("line %d: %w (over %d bytes), skipped", l.line, errLineTooLong, l.max)
		}
		return trimEOL(string(buf)), nil
	}
}

func trimEOL(s string) string {
	if n := len(s); n > 0 && s[n-1] == '\n' {
		s = s[:n-1]
	}
	if n := len(s); n > 0 && s[n-1] == '\r' {
		s = s[:n-1]
	}
	return s
}
