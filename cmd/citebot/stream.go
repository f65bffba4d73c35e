package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/mattn/go-runewidth"

	"github.com/citebot/citebot"
)

// streamed is the preview of an answer printed as the LLM writes it.
// Once the answer is checked, the preview is replaced: on a terminal it
// is cleared and the checked answer printed in its place; elsewhere the
// checked answer follows a separator when it differs from the preview
// (unsupported sentences marked, or the stream broke off). It is not safe
// for concurrent use.
type streamed struct {
	e    *env
	text strings.Builder
}

func newStreamed(e *env) *streamed { return &streamed{e: e} }

// write prints a piece of the answer as it arrives.
func (s *streamed) write(d string) {
	s.text.WriteString(d)
	io.WriteString(s.e.stdout, d)
}

// end takes the preview back before a is printed, and reports whether a's
// text must be printed (false when the preview already shows it as is).
func (s *streamed) end(a *citebot.Answer) bool {
	if s.text.Len() == 0 {
		return true
	}
	if s.clear() {
		return true
	}
	fmt.Fprint(s.e.stdout, "\n\n")
	switch {
	case a.Mode != citebot.ModeLLM:
		fmt.Fprintln(s.e.stdout, "--- the LLM's answer broke off; the answer from the documents follows ---")
	case hasMark(a):
		fmt.Fprintln(s.e.stdout, "--- checked against the sources; unsupported sentences are marked ---")
	default:
		return false
	}
	return true
}

// hasMark reports whether a's text gets a mark.
func hasMark(a *citebot.Answer) bool {
	for _, p := range markUnsupported(a.Answer, a) {
		if p.mark != "" {
			return true
		}
	}
	return false
}

// clear erases the preview from a terminal, when the whole of it is still
// on the screen; it reports whether it did.
func (s *streamed) clear() bool {
	vw, ok := s.e.stdout.(*visibleWriter)
	if !ok || !s.e.stdoutTTY || s.e.width <= 0 || s.e.height <= 0 {
		return false
	}
	rows := 0
	for _, line := range strings.Split(s.text.String(), "\n") {
		rows += max(1, (runewidth.StringWidth(visible(line))+s.e.width-1)/s.e.width)
	}
	if rows >= s.e.height {
		return false
	}
	seq := "\r"
	if rows > 1 {
		seq += fmt.Sprintf("\x1b[%dA", rows-1)
	}
	vw.writeRaw(seq + "\x1b[J")
	return true
}
