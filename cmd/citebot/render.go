package main

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// writeAnswer prints a as one JSON line or as readable text; s is the
// streamed preview of the answer, nil when it was not streamed.
func writeAnswer(e *env, a *citebot.Answer, asJSON bool, s *streamed) error {
	if asJSON {
		c := *a
		c.Citations, c.Passages, c.Notes = nonNil(c.Citations), nonNil(c.Passages), nonNil(c.Notes)
		return json.NewEncoder(e.stdout).Encode(&c)
	}
	if s != nil && !s.end(a) {
		printSources(e, a)
		return nil
	}
	printAnswer(e, a)
	return nil
}

// printAnswer renders an answer for reading: the answer (unsupported
// sentences marked where they stand), then its numbered sources, then
// notes.
func printAnswer(e *env, a *citebot.Answer) {
	w := e.stdout
	if a.Answered {
		printProse(e, a)
	} else {
		fmt.Fprintln(w, orText(a.Answer, "The documents do not say."))
	}
	fmt.Fprintln(w)
	printSources(e, a)
}

// printProse prints the answer text as prose: the first letter capitalised
// when it starts mid-sentence, markdown emphasis, images and link targets
// dropped on a terminal (an extractive answer quotes Markdown files too),
// and every sentence the sources do not support marked.
func printProse(e *env, a *citebot.Answer) {
	text := a.Answer
	if e.stdoutTTY {
		text = plainMarkdown(text)
	}
	text = capitalise(text)
	for _, p := range markUnsupported(text, a) {
		if p.mark == "" {
			io.WriteString(e.stdout, p.text)
			continue
		}
		paint(e.stdout, e.color, toneWarn, p.mark)
	}
	fmt.Fprintln(e.stdout)
	if a.Confidence > 0 && a.Confidence < citebot.LowConfidence {
		paint(e.stdout, e.color, toneWarn, fmt.Sprintf("low confidence (%.0f%%): check the sources", 100*a.Confidence))
		fmt.Fprintln(e.stdout)
	}
}

// printSources prints the citations of a (or, when it cites nothing, the
// closest passages) and its notes. A quote the answer already shows word
// for word is not repeated.
func printSources(e *env, a *citebot.Answer) {
	w := e.stdout
	if len(a.Citations) > 0 {
		paint(w, e.color, toneHead, "Sources:")
		fmt.Fprintln(w)
		shown := collapse(markerRe.ReplaceAllString(a.Answer, ""))
		gives := map[int]string{} // citation → the value it gives, when sources differ
		for _, c := range a.Conflicts {
			for _, n := range c.Citations {
				gives[n] = c.Value
			}
		}
		for _, c := range a.Citations {
			fmt.Fprintf(w, "[%d] %s", c.N, describe(c.Title, c.Author, c.Date))
			if !c.Supported {
				paint(w, e.color, toneWarn, " (unverified)")
			}
			if v, ok := gives[c.N]; ok {
				paint(w, e.color, toneWarn, fmt.Sprintf(" (gives %q)", v))
			}
			fmt.Fprintf(w, "\n    %s, bytes %d-%d%s\n", c.Doc, c.Start, c.End, lineRef(c.Line, c.ID))
			if q := collapse(c.Quote); q != "" && !strings.Contains(shown, q) {
				fmt.Fprintf(w, "    %q\n", oneLine(c.Quote, 300))
			}
		}
	} else if len(a.Passages) > 0 {
		paint(w, e.color, toneHead, "Closest passages:")
		fmt.Fprintln(w)
		for _, p := range a.Passages {
			title := ""
			if p.Source != nil {
				title = describe(p.Source.Title, p.Source.Author, p.Source.Date)
			}
			fmt.Fprintf(w, "%d. %s (%s, %s)\n   %s\n", p.Rank, p.ID, p.Doc, title, oneLine(p.Text, 240))
		}
	}
	for _, n := range a.Notes {
		t := toneDim
		if strings.Contains(n, "unverified") || strings.Contains(n, "caution") || strings.Contains(n, "low confidence") {
			t = toneWarn
		}
		paint(w, e.color, t, "note: "+plainNote(n))
		fmt.Fprintln(w)
	}
}

// reWeight is the extractive answerer's refusal in its own terms.
var reWeight = regexp.MustCompile(`no passage carries enough of the question \(best (\d+)% of its weight\)`)

// reConfidence is the extractive answerer's confidence in its own terms.
var reConfidence = regexp.MustCompile(`\(confidence (\d\.\d+), below (\d\.\d+)\)`)

// plainNote says a note in plain words: the refusal that speaks of
// weights says what was missing instead, and confidences are percentages.
func plainNote(n string) string {
	n = reWeight.ReplaceAllString(n, "no passage of the documents matches enough of the question's important words (the closest matches about $1% of them)")
	return reConfidence.ReplaceAllStringFunc(n, func(m string) string {
		p := reConfidence.FindStringSubmatch(m)
		return fmt.Sprintf("(the best candidate is %s likely right; citebot answers from %s)", pctOf(p[1]), pctOf(p[2]))
	})
}

// pctOf writes a probability such as "0.26" as "26%".
func pctOf(p string) string {
	var f float64
	fmt.Sscan(p, &f)
	return fmt.Sprintf("%.0f%%", 100*f)
}

// markerRe matches the citation markers of an answer: [1], [1, 2].
var markerRe = regexp.MustCompile(`\s*\[\d+(?:,\s*\d+)*\]`)

// collapse folds white space runs to one space and trims, dropping the
// block-quote markers of a quoted passage's wrapped lines (text.UnquoteLines).
func collapse(s string) string { return strings.Join(strings.Fields(text.UnquoteLines(s)), " ") }

// capitalise upper-cases the first letter of an answer that starts in
// lower case (mid-sentence), for display; citations keep the exact bytes.
// An answer that opens with code ("db := chromem.NewDB()", "go install
// ./cmd/x", "ps -o pid,comm") or with an identifier ("ffi_type_sint32",
// "iPhone", "x86") is left as it is.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) || looksLikeCode(s) || isIdentifier(strings.Fields(s)[0]) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// isIdentifier reports whether w is written the way names in code are,
// whose case matters: with an underscore, a digit or a capital after its
// first letter.
func isIdentifier(w string) bool {
	for i, r := range w {
		if r == '_' || unicode.IsDigit(r) || i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// looksLikeCode reports whether the first part of an answer, up to its
// first citation marker, reads as code (text.LooksLikeCode).
func looksLikeCode(s string) bool {
	if loc := markerRe.FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	return text.LooksLikeCode(s)
}

// reEmphasis matches markdown emphasis and code spans: **x**, __x__, *x*,
// `x`; stripEmphasis judges where each may start and end.
var reEmphasis = regexp.MustCompile("\\*\\*([^*\\n]+)\\*\\*|__([^_\\n]+)__|\\*([^*\\s][^*\\n]*)\\*|`([^`\\n]+)`")

// reHeading matches a markdown heading's hashes.
var reHeading = regexp.MustCompile(`(?m)^#{1,6}[ \t]+`)

// plainMarkdown drops markdown images, link targets, emphasis and heading
// marks so that an answer, an LLM's or one quoted from a Markdown file,
// reads as prose on a terminal.
func plainMarkdown(s string) string {
	s = text.MarkdownLinkText(s)
	s = stripEmphasis(s)
	return reHeading.ReplaceAllString(s, "")
}

// stripEmphasis drops the marks of the emphasis and code spans of s that
// reEmphasis matches, keeping those that are not markup to a reader:
// delimiters inside a word or number ("2*3*4", "snake__case__name") and
// content that ends in a space ("*.go and *.md").
func stripEmphasis(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range reEmphasis.FindAllStringSubmatchIndex(s, -1) {
		inner := -1
		for g := 1; g <= 4; g++ {
			if m[2*g] >= 0 {
				inner = g
			}
		}
		content := s[m[2*inner]:m[2*inner+1]]
		code := inner == 4
		if !code && (wordByteAround(s, m[0], m[1]) || strings.TrimRight(content, " \t") != content) {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(content)
		last = m[1]
	}
	if last == 0 {
		return s
	}
	return b.String() + s[last:]
}

// wordByteAround reports whether s has a letter or digit just before
// start or just at end.
func wordByteAround(s string, start, end int) bool {
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:start]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(s[end:])
	return end < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func describe(title, author, date string) string {
	parts := []string{orText(title, "untitled")}
	if author != "" {
		parts = append(parts, author)
	}
	if date != "" {
		parts = append(parts, date)
	}
	return strings.Join(parts, " · ")
}

func lineRef(line int, id string) string {
	s := ""
	if line > 0 {
		s = fmt.Sprintf(", line %d", line)
	}
	if id != "" {
		s += ", chunk " + id
	}
	return s
}

// oneLine collapses white space and cuts s to at most n bytes on a rune
// boundary, marking a cut with an ellipsis.
func oneLine(s string, n int) string {
	s = collapse(s)
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

func orText(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}
