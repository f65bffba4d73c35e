package ingest

import (
	"bytes"
	"context"
	"fmt"
	"path"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// extracted is the text of a file and the metadata its format declares
// (an HTML page's title, author, site and date; a PDF's title). For HTML
// the declared metadata also opens Text as lines detectMeta reads
// ("Title", "By Author", "Published in Site, 2012-03-21."), and
// Declared.Spans point at them; a PDF's title is a paragraph of its text,
// where Declared.Spans[0] points.
type extracted struct {
	Text     string
	Declared Meta
	front    frontMatter // a Markdown file's front matter
}

// extract returns the text of a file by its extension: .txt, .md and
// .markdown are the file's bytes as they are (valid UTF-8 without NUL
// bytes), with a Markdown file's front matter read; .html and .htm are
// the page's main content, paragraphs separated by blank lines, after a
// header of the metadata the page declares; .pdf is the text of its
// pages, one paragraph a line. Other extensions are ErrUnsupported; files
// over 20 MB are ErrTooLarge.
func extract(name string, data []byte) (extracted, error) {
	return extractContext(context.Background(), name, data)
}

// extractContext is extract that stops with ctx.Err() once ctx is done:
// between the pages of a PDF, before and after the parse of a page.
func extractContext(ctx context.Context, name string, data []byte) (extracted, error) {
	if len(data) > MaxFileBytes {
		return extracted{}, fmt.Errorf("%w (%d MB > %d MB)", ErrTooLarge, (len(data)+(1<<20)-1)>>20, MaxFileBytes>>20)
	}
	ext := strings.ToLower(path.Ext(name))
	switch ext {
	case ".txt", ".md", ".markdown":
		if err := checkText(data); err != nil {
			return extracted{}, err
		}
		x := extracted{Text: string(data)}
		if ext != ".txt" {
			x.front, _ = readFrontMatter(x.Text)
		}
		return x, nil
	case ".html", ".htm":
		return extractHTML(ctx, path.Base(name), data)
	case ".pdf":
		return extractPDF(ctx, data)
	case "":
		return extracted{}, fmt.Errorf("%w (no extension)", ErrUnsupported)
	}
	return extracted{}, fmt.Errorf("%w %s", ErrUnsupported, printableExt(ext))
}

// printableExt returns ext fit for a one-line message: quoted if it has
// spaces or unprintable characters, cut if long.
func printableExt(ext string) string {
	if len(ext) > 16 {
		ext = strings.ToValidUTF8(ext[:16], "") + "…"
	}
	for _, r := range ext {
		if !unicode.IsGraphic(r) || unicode.IsSpace(r) {
			return strconv.QuoteToGraphic(ext)
		}
	}
	return ext
}

// checkText reports why data is not UTF-8 text: NUL bytes make it binary
// (or UTF-16, which is named), invalid sequences are reported with their
// offset.
func checkText(data []byte) error {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return fmt.Errorf("%w (UTF-16 text; convert it to UTF-8)", ErrBinary)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w (NUL byte at %d)", ErrBinary, i)
	}
	if utf8.Valid(data) {
		return nil
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return fmt.Errorf("%w at byte %d", ErrInvalidUTF8, i)
		}
		i += n
	}
	return ErrInvalidUTF8
}
