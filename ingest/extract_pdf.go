package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/citebot/citebot/text"
	"github.com/ledongthuc/pdf"
)

// Limits to what a PDF may cost to extract. Interpreting a page costs
// about 2.5 µs and 340 bytes of allocation a byte of its decompressed
// content stream when that is text, and deflate shrinks repeated text a
// thousandfold: an 11 KB file can hold a page of 11 MB. Real pages have
// contents of kilobytes (text) up to a few hundred kilobytes (drawings),
// compressed a few times, and text is no larger than the file.
const (
	maxPDFPages       = 5000    // pages
	maxPDFPageContent = 1 << 20 // bytes of one page's decompressed content
	// the pages' contents may be this many times the size of the file,
	// or pdfContentFloor bytes, whichever is more
	maxPDFInflation = 100
	pdfContentFloor = 2 << 20
)

// extractPDF returns the text of a PDF's pages: lines are rebuilt from the
// positions of the glyphs (pdfLines), a paragraph is one line of text with
// the words a line end broke joined again (joinLines), paragraphs are
// separated by blank lines, and page furniture is left out while a
// paragraph a page break cut is one again (pdfBody). Its title, when its
// first page has one in larger type (pdfTitle), is declared. A PDF with more than maxPDFPages
// pages or more than MaxFileBytes of text is ErrTooLarge; one with a page
// whose content is over maxPDFPageContent or whose contents inflate more
// than maxPDFInflation-fold is ErrTooComplex, found before any page is
// read. The PDF reader panics on malformed files: a panic is an
// ErrMalformed error.
func extractPDF(ctx context.Context, data []byte) (x extracted, err error) {
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
	if r.NumPage() > maxPDFPages {
		return extracted{}, fmt.Errorf("PDF %w (%d pages > %d)", ErrTooLarge, r.NumPage(), maxPDFPages)
	}
	var pages []pdf.Page
	budget := max(pdfContentFloor, maxPDFInflation*int64(len(data))) // content bytes left
	for i := 1; i <= r.NumPage(); i++ {
		if err := ctx.Err(); err != nil {
			return extracted{}, err
		}
		if p := r.Page(i); !p.V.IsNull() {
			if err := pdfPageCost(p, i, &budget); err != nil {
				return extracted{}, err
			}
			pages = append(pages, p)
		}
	}
	var pageParas [][][]string // the lines of each paragraph of each page
	title, titled := "", false // the first page's title, and whether it was read
	n := 0
	for _, p := range pages {
		if err := ctx.Err(); err != nil {
			return extracted{}, err
		}
		paras, sizes := pdfParagraphs(p.Content().Text)
		if !titled && len(paras) > 0 {
			title, titled = pdfTitle(paras, sizes), true
		}
		for _, para := range paras {
			for _, l := range para {
				n += len(l) + 1
			}
		}
		pageParas = append(pageParas, paras)
		if n > MaxFileBytes {
			return extracted{}, fmt.Errorf("PDF %w (over %d MB of text)", ErrTooLarge, MaxFileBytes>>20)
		}
	}
	paras := pdfBody(pageParas)
	words := pdfWords(paras)
	var b strings.Builder
	for _, para := range paras {
		b.WriteString(joinLines(para, words))
		b.WriteString("\n\n")
	}
	txt := strings.TrimSpace(b.String())
	if txt == "" {
		return extracted{}, fmt.Errorf("PDF has %w", ErrNoText)
	}
	x = extracted{Text: txt + "\n"}
	if i := strings.Index(txt, title); title != "" && i >= 0 {
		x.Declared = Meta{Title: title, Spans: []text.Span{{Start: i, End: i + len(title)}}}
	}
	return x, nil
}

// pdfPageCost decompresses the content of page i without interpreting it
// and takes its size from budget: it is ErrTooComplex when it is over
// maxPDFPageContent or the budget. It reads at most that many bytes.
func pdfPageCost(p pdf.Page, i int, budget *int64) error {
	n := pdfContentSize(p.V.Key("Contents"), min(maxPDFPageContent, *budget))
	switch {
	case n > maxPDFPageContent:
		return fmt.Errorf("PDF %w (page %d has over %d MB of content)", ErrTooComplex, i, maxPDFPageContent>>20)
	case n > *budget:
		return fmt.Errorf("PDF %w (its content inflates over %d-fold)", ErrTooComplex, maxPDFInflation)
	}
	*budget -= n
	return nil
}

// pdfContentSize returns the size of the decompressed content stream v
// (or array of streams), or a number over limit once it is over limit.
func pdfContentSize(v pdf.Value, limit int64) int64 {
	if v.Kind() == pdf.Array {
		var n int64
		for i := 0; i < v.Len() && n <= limit; i++ {
			n += pdfContentSize(v.Index(i), limit-n)
		}
		return n
	}
	rc := v.Reader()
	defer rc.Close()
	n, _ := io.Copy(io.Discard, io.LimitReader(rc, limit+1))
	return n
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
