package ingest

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/citebot/citebot/text"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// htmlMeta is what a page declares about itself.
type htmlMeta struct {
	Title, Author, Site string
	Date                time.Time
}

// extractHTML returns the main content of an HTML page as text (see
// mainContent for the extractor) after a header of its metadata. A page
// nested deeper than maxHTMLDepth, or that would cost more than
// maxHTMLWork, is ErrTooComplex: extracting it could take minutes. The
// page's file name (base) tells its links to itself ("faq.html#q1").
func extractHTML(ctx context.Context, base string, data []byte) (x extracted, err error) {
	defer func() {
		if r := recover(); r != nil {
			x, err = extracted{}, fmt.Errorf("%w HTML: %v", ErrMalformed, r)
		}
	}()
	page, err := utf8HTML(data)
	if err != nil {
		return extracted{}, err
	}
	if depth, work := htmlShape(page, maxHTMLDepth, maxHTMLWork); depth > maxHTMLDepth {
		return extracted{}, fmt.Errorf("HTML %w (elements nested deeper than %d levels)", ErrTooComplex, maxHTMLDepth)
	} else if work > maxHTMLWork {
		return extracted{}, fmt.Errorf("HTML %w (too much text or too many elements nested deeply)", ErrTooComplex)
	}
	if err := ctx.Err(); err != nil {
		return extracted{}, err
	}
	node, hm, err := mainContent(page)
	if err != nil {
		return extracted{}, err
	}
	if err := ctx.Err(); err != nil {
		return extracted{}, err
	}
	body := renderHTML(node, base)
	if strings.TrimSpace(body) == "" {
		return extracted{}, fmt.Errorf("HTML page has %w", ErrNoText)
	}
	return withHeader(hm, body), nil
}

// utf8HTML returns the page as UTF-8: as it is when it is valid UTF-8,
// else decoded from the charset it declares (windows-1252 if none).
func utf8HTML(data []byte) ([]byte, error) {
	if utf8.Valid(data) {
		return data, nil
	}
	enc, name, _ := charset.DetermineEncoding(data, "text/html")
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return nil, fmt.Errorf("%w (decoding %s: %v)", ErrInvalidUTF8, name, err)
	}
	return out, nil
}

// withHeader puts the page's metadata before its text, one line each, in
// the forms detectMeta reads, and returns them also as Meta with spans.
// A first paragraph that repeats the title is dropped.
func withHeader(hm htmlMeta, body string) extracted {
	title, author, site := oneLine(hm.Title), oneLine(hm.Author), oneLine(hm.Site)
	author = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(author, "By "), "by "))
	if first, rest, _ := strings.Cut(body, "\n\n"); title != "" && text.Fold(first) == text.Fold(title) {
		body = rest
	}
	var b strings.Builder
	var m Meta
	line := func(s string) {
		m.Spans = append(m.Spans, text.Span{Start: b.Len(), End: b.Len() + len(s)})
		b.WriteString(s)
		b.WriteString("\n\n")
	}
	date := ""
	if !hm.Date.IsZero() {
		date = hm.Date.Format(time.DateOnly)
	}
	if title != "" {
		line(title)
	}
	if author != "" {
		line("By " + author)
	}
	switch {
	case site != "" && date != "":
		line("Published in " + site + ", " + date + ".")
	case site != "":
		line("Source: " + site)
	case date != "":
		line("Published " + date + ".")
	}
	b.WriteString(body)
	m.Title, m.Author, m.Publisher, m.Date, m.ISODate = title, author, site, date, date
	return extracted{Text: b.String(), Declared: m}
}
