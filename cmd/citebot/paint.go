package main

import (
	"io"

	"github.com/muesli/termenv"
)

// A tone is how a piece of output stands out on a colour terminal.
type tone int

const (
	toneWarn  tone = iota + 1 // unverified citations, low confidence
	toneDim                   // notes, locations
	toneMatch                 // the matched words of a quote
	toneHead                  // headings such as "Sources:"
)

// paint writes s to w, styled by t when colour is on. The text itself is
// made visible (control characters escaped) before the style's own escape
// sequences are added, and those go to the terminal directly, so document
// or model text can never emit a sequence of its own.
func paint(w io.Writer, color bool, t tone, s string) {
	vw, ok := w.(*visibleWriter)
	if !color || !ok || s == "" {
		io.WriteString(w, s)
		return
	}
	st := termenv.Style{}
	switch t {
	case toneWarn:
		st = st.Foreground(termenv.ANSI.Color("3")).Bold()
	case toneDim:
		st = st.Faint()
	case toneMatch:
		st = st.Underline().Bold()
	case toneHead:
		st = st.Bold()
	}
	vw.writeRaw(st.Styled(visible(s)))
}
