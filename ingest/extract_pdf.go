package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/ledongthuc/pdf"
)

// maxPDFPages is how many pages of a PDF are read.
const maxPDFPages = 5000

// extractPDF returns the text of a PDF's pages: lines are rebuilt from the
// positions of the glyphs, a paragraph is one line of text, paragraphs and
// pages are separated by blank lines. The PDF reader panics on malformed
// files: a panic is an ErrMalformed error.
func extractPDF(data []byte) (x extracted, err error) {
	defer func() {
		if r := recover(); r != nil {
			x, err = extracted{}, fmt.Errorf("%w PDF (%v)", ErrMalformed, firstLine(fmt.Sprint(r)))
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	switch {
	case errors.Is(err, pdf.ErrInvalidPassword):
		return extracted{}, fmt.Errorf("%w PDF (password required)", ErrEncrypted)
	case err != nil:
		return extracted{}, fmt.Errorf("%w PDF (%s)", ErrMalformed, strings.TrimPrefix(firstLine(err.Error()), "malformed PDF: "))
	}
	var b strings.Builder
	for i := 1; i <= min(r.NumPage(), maxPDFPages) && b.Len() < MaxFileBytes; i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		for _, para := range pdfParagraphs(p.Content().Text) {
			b.WriteString(para)
			b.WriteString("\n\n")
		}
	}
	txt := strings.TrimSpace(b.String())
	if txt == "" {
		return extracted{}, fmt.Errorf("PDF has %w", ErrNoText)
	}
	return extracted{Text: txt + "\n"}, nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// pdfLine is a line of glyphs at one height.
type pdfLine struct {
	y, size float64
	text    strings.Builder
}

// pdfParagraphs groups a page's glyphs, in content order, into lines by
// their height and the lines into paragraphs: a paragraph ends where the
// gap to the next line is wider than 1.6 lines, where the text moves up (a
// new column) or where the font size changes (a heading).
func pdfParagraphs(glyphs []pdf.Text) []string {
	lines := pdfLines(glyphs)
	var out []string
	var para []string
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			gap, size := prev.y-l.y, math.Max(math.Max(prev.size, l.size), 1)
			if gap > 1.6*size || gap < -size || math.Abs(prev.size-l.size) > 0.2*size {
				out = appendPara(out, para)
				para = para[:0]
			}
		}
		para = append(para, l.text.String())
	}
	return appendPara(out, para)
}

// appendPara joins the lines of a paragraph with spaces (none after a
// hyphen) and appends it to out unless it is blank.
func appendPara(out, lines []string) []string {
	var b strings.Builder
	for _, l := range lines {
		l = oneLine(l)
		if l == "" {
			continue
		}
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
			b.WriteByte(' ')
		}
		b.WriteString(l)
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}

// pdfLines rebuilds lines from glyphs: a glyph more than half its size
// above or below the line starts a new one; a gap wider than 0.15 of the
// font size inside a line is a space.
func pdfLines(glyphs []pdf.Text) []*pdfLine {
	var lines []*pdfLine
	var cur *pdfLine
	var end float64 // x where the last glyph ended
	for _, g := range glyphs {
		size := math.Max(g.FontSize, 1)
		if cur == nil || math.Abs(g.Y-cur.y) > 0.5*size {
			cur = &pdfLine{y: g.Y, size: g.FontSize}
			lines = append(lines, cur)
		} else if (g.X > end+0.15*size || g.X < end-2*size) && g.S != " " && !strings.HasSuffix(cur.text.String(), " ") {
			cur.text.WriteByte(' ')
		}
		cur.text.WriteString(g.S)
		end = g.X + g.W
	}
	return lines
}
