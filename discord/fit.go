package discord

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/citebot/citebot"
)

// maxAnswerMessages is the most messages one answer may become.
const maxAnswerMessages = 4

// noteCut is the note shown under an answer cut to fit.
const noteCut = "(answer cut: too long for Discord)"

// fitAnswer renders a and splits it to Discord's limits, in at most
// maxAnswerMessages messages: past that, the answer text is cut at a
// sentence or word boundary, noted, and the sources keep only the
// citations whose markers remain in the kept text.
func fitAnswer(a *citebot.Answer) []string {
	pieces := Split(RenderAnswer(a), MaxMessage)
	if len(pieces) <= maxAnswerMessages {
		return pieces
	}
	text := strings.TrimSpace(a.Answer)
	for n := len(text) * maxAnswerMessages / len(pieces); n > 0; n = n * 4 / 5 {
		if p := Split(RenderAnswer(cutAnswer(a, text, n)), MaxMessage); len(p) <= maxAnswerMessages {
			return p
		}
	}
	// Not even the sources fit: keep the first messages and say so.
	pieces = pieces[:maxAnswerMessages]
	last := pieces[maxAnswerMessages-1]
	pieces[maxAnswerMessages-1] = Split(last, MaxMessage-len(noteCut)-8)[0] + "\n-# " + noteCut
	return pieces
}

// cutAnswer returns a copy of a whose answer is text cut to about n
// bytes, with a note, and only the citations still marked in it.
func cutAnswer(a *citebot.Answer, text string, n int) *citebot.Answer {
	c := *a
	kept := cutText(text, n)
	c.Answer = kept + " …"
	c.Notes = append([]string{noteCut}, a.Notes...)
	marked := markers(kept)
	c.Citations = nil
	for _, ct := range a.Citations {
		if marked[ct.N] {
			c.Citations = append(c.Citations, ct)
		}
	}
	return &c
}

// cutText cuts s to at most n bytes: after a sentence when one ends in
// the second half, else at a space, never inside a citation marker, link
// or other span.
func cutText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	p := n
	if i := strings.LastIndexAny(s[:n], ".!?\n"); i >= n/2 {
		p = i + 1
	} else if i := strings.LastIndexByte(s[:n], ' '); i >= n/2 {
		p = i
	}
	for _, sp := range scanSpans(s) {
		if sp.delim == "" && sp.start < p && p < sp.end {
			p = sp.start
		}
	}
	return strings.TrimSpace(s[:p])
}

// markers returns the citation numbers marked in s, as [3] or [1, 2].
func markers(s string) map[int]bool {
	out := map[int]bool{}
	for i := strings.IndexByte(s, '['); i >= 0; {
		if end := citeEnd(s, i); end > 0 {
			for _, f := range strings.FieldsFunc(s[i+1:end-1], func(r rune) bool { return r == ',' || r == ' ' }) {
				if n, err := strconv.Atoi(f); err == nil {
					out[n] = true
				}
			}
		}
		j := strings.IndexByte(s[i+1:], '[')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return out
}
