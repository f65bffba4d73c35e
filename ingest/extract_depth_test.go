package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// nested returns a page with the text inside n copies of open and close.
func nested(n int, open, close string) string {
	return "<html><body>" + strings.Repeat(open, n) + "<p>Deep text here.</p>" + strings.Repeat(close, n) + "</body></html>"
}

// utf16Page encodes a page as UTF-16LE with a byte order mark.
func utf16Page(s string) string {
	var b strings.Builder
	b.WriteString("\xff\xfe")
	for _, u := range utf16.Encode([]rune(s)) {
		b.WriteByte(byte(u))
		b.WriteByte(byte(u >> 8))
	}
	return b.String()
}

// refuseWithin is how soon a page too complex to extract must be refused:
// far below the seconds to minutes that extracting it would take.
const refuseWithin = 5 * time.Second

// TestDeepHTMLIsRefused checks that pages nested thousands of levels deep,
// which take minutes to parse, and pages with many elements or much text
// hundreds of levels deep, which take seconds to minutes to extract, are
// refused at once as ErrTooComplex.
func TestDeepHTMLIsRefused(t *testing.T) {
	for name, page := range map[string]string{
		"20k divs":        nested(20000, "<div>", "</div>"),
		"100k divs":       nested(100000, "<div>", "</div>"),
		"unclosed divs":   nested(100000, "<div>", ""),
		"self-closing":    nested(100000, "<div/>", ""),
		"spans in tables": nested(20000, "<table><tr><td><span>", "</span></td></tr></table>"),
		"stray end tags":  nested(20000, "<div><table><caption></div>", ""),
		"UTF-16 divs":     utf16Page(nested(20000, "<div>", "</div>")),
		"deep elements":   nested(400, "<div>", "") + strings.Repeat("<p>x</p>", 20000),
		"deep text":       nested(400, "<div>", "") + strings.Repeat("Some words in a sentence. ", 40000),
	} {
		start := time.Now()
		_, err := extract("deep.html", []byte(page))
		if !errors.Is(err, ErrTooComplex) || !strings.HasPrefix(err.Error(), "HTML too complex (") {
			t.Errorf("%s: err %v, want ErrTooComplex", name, err)
		}
		// alone each takes milliseconds; the bound leaves room for a loaded
		// machine running every package's tests at once (1s failed once so)
		if d := time.Since(start); d > refuseWithin {
			t.Errorf("%s: refused after %v", name, d)
		}
	}
}

// TestShallowHTMLIsRead checks that long pages whose elements the parser
// closes by themselves (paragraphs, list items, table cells without end
// tags) are not taken for deep ones.
func TestShallowHTMLIsRead(t *testing.T) {
	for name, page := range map[string]string{
		"unclosed paragraphs": "<html><body>" + strings.Repeat("<p>A paragraph of text.", 2000),
		"unclosed items":      "<ul>" + strings.Repeat("<li>An item of a list.", 2000) + "</ul>",
		"unclosed cells":      "<table>" + strings.Repeat("<tr><td>A cell<td>Another cell", 2000) + "</table>",
		"void elements":       strings.Repeat("<p>Text<br><img src=x><hr></p>", 2000),
		"nested 200":          nested(200, "<div>", "</div>"),
	} {
		if d, w := htmlShape([]byte(page), maxHTMLDepth, maxHTMLWork); d > 200 || w > maxHTMLWork/10 {
			t.Errorf("%s: depth %d, work %d", name, d, w)
		}
	}
}
