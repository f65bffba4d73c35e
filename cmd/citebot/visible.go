package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// visibleWriter passes text through to w with every C0 and C1 control
// character except newline and tab, and DEL, replaced by its visible
// \uXXXX form, so that document or model text can neither move the
// cursor, clear the screen, hide what follows nor write the clipboard
// (ESC, OSC, CSI sequences lose their introducer). In JSON output the raw
// C0 characters never occur (encoding/json escapes them) and the \uXXXX
// form of a C1 character is the JSON escape of the same character, so JSON
// stays valid and means the same. It is not safe for concurrent use.
type visibleWriter struct {
	w       io.Writer
	pending []byte // an incomplete UTF-8 sequence held back from the last Write
}

// Write writes p made visible. It reports len(p) on success, as the bytes
// of p are all consumed (a trailing partial rune is kept for the next Write).
func (v *visibleWriter) Write(p []byte) (int, error) {
	buf := append(v.pending, p...)
	v.pending = nil
	if n := partialRune(buf); n > 0 {
		v.pending = append([]byte(nil), buf[len(buf)-n:]...)
		buf = buf[:len(buf)-n]
	}
	if _, err := io.WriteString(v.w, visible(string(buf))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// writeRaw writes s to the underlying writer as it is, after any bytes
// held back (made visible). It is for citebot's own escape sequences
// (colour, clearing a streamed preview), never for document or model text.
func (v *visibleWriter) writeRaw(s string) {
	if len(v.pending) > 0 {
		io.WriteString(v.w, visible(string(v.pending)))
		v.pending = nil
	}
	io.WriteString(v.w, s)
}

// partialRune returns how many trailing bytes of b start a UTF-8 sequence
// that is not complete yet.
func partialRune(b []byte) int {
	for n := 1; n <= 3 && n <= len(b); n++ {
		c := b[len(b)-n]
		if c < 0x80 {
			return 0
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(b[len(b)-n:]) {
				return n
			}
			return 0
		}
	}
	return 0
}

// visible returns s with control characters other than newline and tab
// replaced by their \uXXXX form.
func visible(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			fmt.Fprintf(&b, `\u%04x`, r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isControl(r rune) bool {
	return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f
}
