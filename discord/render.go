package discord

import (
	"fmt"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// Lengths at which quoted document text is cut, in runes.
const (
	maxQuote   = 400
	maxContext = 280
	maxPassage = 1500
)

// RenderAnswer formats a for Discord: the answer with its [n] markers,
// a "low confidence" line when it is answered with a Confidence above 0
// and below citebot.LowConfidence, its notes, then the numbered sources, each with title, author and date,
// chunk ID and the quoted span. Unverified citations are marked. The
// answer keeps its harmless markdown but is defused (no masked links,
// mention tags or spoilers; URLs wrapped in <…> so they do not unfurl);
// quoted document text is escaped so it renders exactly as written. The
// result may be longer than a message: Split it.
func RenderAnswer(a *citebot.Answer) string {
	var b strings.Builder
	text := strings.TrimSpace(a.Answer)
	if text == "" {
		text = "I couldn't find an answer to that in the documents."
	}
	b.WriteString(defuse(text))
	if lowConfidence(a) {
		fmt.Fprintf(&b, "\n-# ⚠️ low confidence (%.0f%%): check the sources", 100*a.Confidence)
	}
	for _, n := range a.Notes {
		fmt.Fprintf(&b, "\n-# %s", escape(oneLine(n)))
	}
	if len(a.Citations) > 0 {
		b.WriteString("\n\n**Sources**")
		for _, c := range a.Citations {
			b.WriteString("\n\n" + renderCitation(c))
		}
	} else if !a.Answered && len(a.Passages) > 0 {
		b.WriteString("\n\n**Closest passages**")
		for _, p := range a.Passages[:min(3, len(a.Passages))] {
			b.WriteString("\n\n" + renderPassage(p, maxQuote))
		}
	}
	return b.String()
}

// lowConfidence reports whether an answer is marked "low confidence"; a
// zero Confidence is not measured.
func lowConfidence(a *citebot.Answer) bool {
	return a.Answered && a.Confidence > 0 && a.Confidence < citebot.LowConfidence
}

// renderCitation is one numbered source: a header line and the quote.
func renderCitation(c citebot.Citation) string {
	head := fmt.Sprintf("**[%d]**", c.N)
	if !c.Supported {
		head += " ⚠️ *unverified* ·"
	}
	head += " " + sourceLine(c.Title, c.Author, c.Date, c.Doc)
	if c.ID != "" { // a byline or date outside the document's chunks has none
		head += " · " + code(c.ID)
	}
	if c.Line > 0 {
		head += fmt.Sprintf(" · line %d", c.Line)
	}
	return head + "\n> " + escape(cut(oneLine(c.Quote), maxQuote))
}

// renderPassage is a passage with its source, quoted up to n runes.
func renderPassage(p citebot.Passage, n int) string {
	return passageHead(p) + "\n> " + escape(cut(oneLine(p.Text), n))
}

// passageHead is a passage's chunk ID, source and line.
func passageHead(p citebot.Passage) string {
	title, author, date := "", "", ""
	if p.Source != nil {
		title, author, date = p.Source.Title, p.Source.Author, p.Source.Date
	}
	head := code(p.ID) + " " + sourceLine(title, author, date, p.Doc)
	if p.Line > 0 {
		head += fmt.Sprintf(" · line %d", p.Line)
	}
	return head
}

// sourceLine is "Title — Author, Date", falling back to the file name.
func sourceLine(title, author, date, doc string) string {
	if title == "" {
		title = path.Base(doc)
	}
	s := "**" + escape(oneLine(title)) + "**"
	var by []string
	for _, v := range []string{author, date} {
		if v = oneLine(v); v != "" {
			by = append(by, escape(v))
		}
	}
	if len(by) > 0 {
		s += " — " + strings.Join(by, ", ")
	}
	return s
}

// renderPartial shows an answer still being written.
func renderPartial(text string) string {
	s := defuse(strings.TrimSpace(text))
	if width(s) > MaxMessage-40 {
		s = Split(s, MaxMessage-40)[0] + " …"
	}
	return s + "\n-# writing…"
}

// renderContext shows a chunk with the text around it and its source.
func renderContext(c citebot.ChunkContext) string {
	var b strings.Builder
	p := c.Passage
	b.WriteString(code(p.ID) + " " + sourceLine(c.Source.Title, c.Source.Author, c.Source.Date, p.Doc))
	b.WriteString("\n" + code(p.Doc))
	switch {
	case c.StartLine > 0 && c.EndLine > c.StartLine:
		fmt.Fprintf(&b, " · lines %d–%d", c.StartLine, c.EndLine)
	case c.StartLine > 0:
		fmt.Fprintf(&b, " · line %d", c.StartLine)
	}
	fmt.Fprintf(&b, " · bytes %d–%d", p.Start, p.End)
	if before := oneLine(c.Before); before != "" {
		b.WriteString("\n-# …" + escape(cutLeft(before, maxContext)))
	}
	b.WriteString("\n> " + escape(cut(oneLine(p.Text), maxPassage)))
	if after := oneLine(c.After); after != "" {
		b.WriteString("\n-# " + escape(cut(after, maxContext)) + "…")
	}
	return b.String()
}

// renderMatches lists where a quote occurs.
func renderMatches(quote string, ps []citebot.Passage, docText func(string) (string, error)) string {
	if len(ps) == 0 {
		return fmt.Sprintf("I couldn't find “%s” in the documents.", escape(cut(oneLine(quote), 200)))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "“%s” — %d match", escape(cut(oneLine(quote), 200)), len(ps))
	if len(ps) > 1 {
		b.WriteString("es")
	}
	for _, p := range ps {
		b.WriteString("\n\n" + renderMatch(p, docText))
		fmt.Fprintf(&b, "\n-# %s · bytes %d–%d", escape(p.Doc), p.Start, p.End)
		if p.ID != "" {
			fmt.Fprintf(&b, " · open it: /cite %s", code(p.ID))
		}
	}
	return b.String()
}

// renderMatch shows a quote's match in its sentence, the matched words in
// bold, with the passage's source; without the document's text, the
// passage as it is.
func renderMatch(p citebot.Passage, docText func(string) (string, error)) string {
	doc, err := docText(p.Doc)
	if err != nil || p.Start < 0 || p.End > len(doc) || p.Start >= p.End {
		return renderPassage(p, maxQuote)
	}
	sp := text.SentenceAround(doc, p.Start, p.End)
	room := max(0, maxQuote-utf8.RuneCountInString(doc[p.Start:p.End])) / 2
	before := tailRunes(oneLine(doc[sp.Start:p.Start]), room)
	after := cut(oneLine(doc[p.End:sp.End]), room)
	match := cut(oneLine(doc[p.Start:p.End]), maxQuote)
	return passageHead(p) + "\n> " + escape(before) + spaceIf(before, doc[sp.Start:p.Start]) + "**" + escape(match) + "**" +
		spaceIf(after, doc[p.End:sp.End]) + escape(after)
}

// spaceIf is a space when the original text had white space at the
// junction with the match and the shown part is not empty.
func spaceIf(shown, orig string) string {
	if shown == "" || strings.TrimSpace(orig) == orig {
		return ""
	}
	return " "
}

// tailRunes is the last n runes of s, with "…" before when it was cut.
func tailRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return "…" + strings.TrimLeft(string(r[len(r)-n:]), " ")
}

// renderSources lists the documents of the corpus.
func renderSources(srcs []citebot.Source) string {
	if len(srcs) == 0 {
		return "There are no documents yet."
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**%d document", len(srcs))
	if len(srcs) != 1 {
		b.WriteString("s")
	}
	b.WriteString("**")
	for _, s := range srcs {
		fmt.Fprintf(&b, "\n• %s %s · %d chunks", code(s.ID), sourceLine(s.Title, s.Author, s.Date, s.Path), s.Chunks)
	}
	return b.String()
}

// helpText explains the commands.
const helpText = "**citebot** answers questions from its documents and cites the exact passages.\n" +
	"• `/ask question:<text>` — ask; add `private:True` to see the answer alone.\n" +
	"• `/cite ref:<chunk ID or \"quoted text\">` — show a passage in context, or find where a quote occurs.\n" +
	"• `/sources` — list the documents.\n" +
	"• Mention me with a question and I reply; reply to my answer, or keep asking in the thread, to follow up.\n" +
	"-# Claims carry [n] markers; each source shows the quoted span and its chunk ID. ⚠️ marks a citation that could not be verified."

// code formats s as an inline code span.
func code(s string) string {
	s = strings.ReplaceAll(oneLine(s), "`", "'")
	if s == "" {
		s = "?"
	}
	return "`" + s + "`"
}

// oneLine collapses runs of white space, newlines included, to one space,
// dropping the block-quote markers of a quoted passage's wrapped lines
// (text.UnquoteLines).
func oneLine(s string) string { return strings.Join(strings.Fields(text.UnquoteLines(s)), " ") }

// cut shortens s to at most n runes at a word boundary, marking the cut.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	if i := strings.LastIndexFunc(string(r), unicode.IsSpace); i > len(string(r))/2 {
		return strings.TrimSpace(string(r)[:i]) + "…"
	}
	return string(r) + "…"
}

// cutLeft keeps at most the last n runes of s, at a word boundary.
func cutLeft(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	t := string(r[len(r)-n:])
	if i := strings.IndexFunc(t, unicode.IsSpace); i >= 0 && i < len(t)/2 {
		t = t[i+1:]
	}
	return t
}
