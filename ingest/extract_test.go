package ingest

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/extract/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// extractText returns the text of a file that is indexed and cited.
func extractText(name string, data []byte) (string, error) {
	x, err := extract(name, data)
	return x.Text, err
}

func TestExtractErrors(t *testing.T) {
	tiny := readFixture(t, "tiny.pdf")
	tests := []struct {
		name    string
		data    []byte
		want    error
		message string
	}{
		{"notes.txt", []byte("a\x00b"), ErrBinary, "binary file (NUL byte at 1)"},
		{"notes.txt", []byte("\xff\xfeh\x00i\x00"), ErrBinary, "binary file (UTF-16 text; convert it to UTF-8)"},
		{"notes.md", []byte("caf\xe9 au lait"), ErrInvalidUTF8, "invalid UTF-8 at byte 3"},
		{"report.docx", []byte("PK\x03\x04"), ErrUnsupported, "unsupported file type .docx"},
		{"README", []byte("hello"), ErrUnsupported, "unsupported file type (no extension)"},
		{"big.txt", make([]byte, MaxFileBytes+1<<20), ErrTooLarge, "too large (21 MB > 20 MB)"},
		{"empty.html", []byte("<html><body><script>x()</script></body></html>"), ErrNoText, "HTML page has no extractable text"},
		{"drawing.pdf", readFixture(t, "notext.pdf"), ErrNoText, "PDF has no extractable text"},
		{"cut.pdf", tiny[:len(tiny)/2], ErrMalformed, ""},
		{"fake.pdf", []byte("this is not a PDF at all"), ErrMalformed, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := extract(tt.name, tt.data)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if tt.message != "" && err.Error() != tt.message {
				t.Errorf("message %q, want %q", err.Error(), tt.message)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("message is not one line: %q", err.Error())
			}
		})
	}
}

func TestExtractText(t *testing.T) {
	for _, name := range []string{"a.txt", "b.MD", "c.markdown"} {
		data := []byte("Title\n\nBody with\u00a0a non-breaking space.\r\n")
		got, err := extractText(name, data)
		if err != nil || got != string(data) {
			t.Errorf("%s: got %q, %v; want the bytes as they are", name, got, err)
		}
	}
}

func TestExtractHTML(t *testing.T) {
	x, err := extract("article.html", readFixture(t, "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("text:\n%s", x.Text)
	for _, want := range []string{
		"Water Found on a Distant Moon\n\nBy Jane Roe\n\nPublished in The Daily Planet, 2021-03-17.\n\n",
		"reshape the search for life beyond the Earth.\n\nThe team used data",
		"comparing it with models of an ocean hidden under the ice.",
		"\n\nWhat comes next\n\n",
		"The mission's next steps are:\na radar survey,\nand a lander.",
		"Year\tEvent",
	} {
		if !strings.Contains(x.Text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	for _, noise := range []string{"Sport", "Weather", "Great article", "Leave a Reply", "All rights reserved",
		"tracking", "font-family", "Markets rally"} {
		if strings.Contains(x.Text, noise) {
			t.Errorf("text keeps page furniture %q", noise)
		}
	}
	want := Meta{Title: "Water Found on a Distant Moon", Author: "Jane Roe", Publisher: "The Daily Planet",
		Date: "2021-03-17", ISODate: "2021-03-17"}
	got := detectMeta(x.Text, classify(x.Text))
	for _, m := range []Meta{x.Declared, got} {
		if m.Title != want.Title || m.Author != want.Author || m.Publisher != want.Publisher || m.ISODate != want.ISODate {
			t.Errorf("meta %+v, want %+v", m, want)
		}
	}
	if len(x.Declared.Spans) != 3 || x.Text[x.Declared.Spans[1].Start:x.Declared.Spans[1].End] != "By Jane Roe" {
		t.Errorf("meta spans %v", x.Declared.Spans)
	}
}

// TestExtractHTMLManual reads a page of a manual (probeHTML): when
// Readability's cut of the <title> after a colon leaves a bracket open,
// the title is what comes before the brackets, the navigation line of rel links and the permalinks
// after headings are dropped, and prose with a rel link stays.
func TestExtractHTMLManual(t *testing.T) {
	x, err := extract("manual.html", []byte(probeHTML))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("text:\n%s", x.Text)
	if want := "Simple Example"; x.Declared.Title != want {
		t.Errorf("title %q, want %q", x.Declared.Title, want)
	}
	for _, want := range []string{"\n\n2.2 Building the first bridge\n\n", "the next section describes", "\n\nNotes\n\n", "bridge_init(&b, 420);"} {
		if !strings.Contains(x.Text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if d, err := Parse(File{Path: "manual.html", Data: []byte(probeHTML)}); err != nil || d.Meta.Title != "Simple Example" {
		t.Errorf("parsed title: %+v %v, want the page's, not its first section's", d, err)
	}
	for _, noise := range []string{"Next:", "Previous", "Using probe", "[Index]", "¶"} {
		if strings.Contains(x.Text, noise) {
			t.Errorf("text keeps %q", noise)
		}
	}
}

// TestRenderHTMLNavigation: a block of rel links with their labels and a
// table of contents (links to the page itself, numbered) are navigation
// and are not rendered, wherever they are (Readability keeps some); prose
// with a rel link or a link into the page, and a list of links to other
// pages, stay. Table cells are separated by a tab alone.
func TestRenderHTMLNavigation(t *testing.T) {
	page := `<div><dl><dt>1. <a href="#bg">Background</a></dt><dd>1.1. <a href="features.html#q1">How do you say it?</a></dd>
		<dd>1.2. <a href="file:///features.html#q2">Where does the name come from?</a></dd></dl>
		<table><tr class="question"><td><a name="q1"></a><b>1.1.</b>
		</td><td> How do you say it? </td></tr></table><p>See <a href="#q2">where the name comes from</a>.</p>
		<p>Next: <a href="b.html" rel="next">Index</a>, Previous: <a href="a.html" rel="prev">Memory Usage</a>,
		Up: <a href="up.html" rel="up">libffi</a> &nbsp; [<a href="i.html" rel="index">Index</a>]</p>
		<table class="navheader"><tr><td><a href="a.html" rel="prev">Prev</a></td><td>Chapter 2</td><td><a href="b.html" rel="next">Next</a></td></tr></table>
		<h2>4 Missing Features</h2><p>libffi is missing a few features, listed in the <a href="b.html" rel="next">next section</a>.</p>
		<ul><li><a href="v.html">Variadic closures</a></li><li><a href="f.html">Bit fields</a></li></ul></div>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	got := renderHTML(doc, "features.html")
	want := "1.1.\tHow do you say it?\n\nSee where the name comes from.\n\n4 Missing Features\n\nlibffi is missing a few features, listed in the next section.\n\nVariadic closures\n\nBit fields"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestRenderHTMLLinkParagraphs: a paragraph (or a <div> of no blocks)
// that is mostly the text of links is not rendered: the "Related: ..." and
// "[Read: ...]" lines Readability keeps inside an article, a section link
// above it. Prose with links, a heading that is a link and a list of links
// stay.
func TestRenderHTMLLinkParagraphs(t *testing.T) {
	page := `<div><div><a href="/biz">Biz &amp; IT</a> —</div><h1><a href="/post">Neon signs</a></h1>
		<p>The first neon sign was lit in <a href="/paris">Paris</a> in 1910, by Georges Claude.</p>
		<p> <a href="/rich.html"><span>Related: Rich are paying more in taxes but not as much as they used to</span></a> </p>
		<p><i><a href="/tunisia.html">[Read: Why Tunisia, Arab Spring’s sole success story, suffers from violence]</a></i></p>
		<p>See <a href="/a">the report</a> of the <a href="/b">Stanford Center on Poverty</a> for the figures of 2015.</p>
		<ul><li><a href="v.html">Variadic closures</a></li></ul></div>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	got := renderHTML(doc, "a.html")
	want := "Neon signs\n\nThe first neon sign was lit in Paris in 1910, by Georges Claude.\n\n" +
		"See the report of the Stanford Center on Poverty for the figures of 2015.\n\nVariadic closures"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestRenderHTMLCredits: a caption's credit, marked by its microdata
// (itemprop copyrightHolder, creditText), is not rendered; the caption is.
func TestRenderHTMLCredits(t *testing.T) {
	page := `<figure><img src="a.jpg"><figcaption itemprop="caption description"><span>Peacekeepers at a refugee camp in Sudan on Monday.</span>
		<span itemprop="copyrightHolder"><span>Credit</span> Ashraf Shazly/Agence France-Presse — Getty Images </span></figcaption></figure>
		<figure><figcaption><span>Workers at a training center in Queens.</span><span itemprop="creditText"><span>Credit</span><span>Chang W. Lee</span></span></figcaption></figure>
		<p>Sudan is one of the poorest countries in Africa.</p>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "Peacekeepers at a refugee camp in Sudan on Monday.\n\nWorkers at a training center in Queens.\n\nSudan is one of the poorest countries in Africa."
	if got := renderHTML(doc, ""); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestRenderHTMLCode: a page's code is written as Markdown writes it,
// inline code in backticks and a <pre> as a fenced block, so that
// "sync.Mutex" is no sentence break and a program no prose; inline code
// with a backtick, or empty, stays as it is.
func TestRenderHTMLCode(t *testing.T) {
	page := "<p>The <code>sync</code> package has two types, <code> sync.Mutex </code>and <kbd>sync.RWMutex</kbd>.</p>" +
		"<pre><code>var l sync.Mutex\n\nfunc main() {\n\tl.Lock()\n}</code></pre>" +
		"<p>Run <code>a`b</code>, <code>x\ny</code> or <code></code> once.</p>"
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "The `sync` package has two types, `sync.Mutex` and `sync.RWMutex`.\n\n" +
		"```\nvar l sync.Mutex\n\nfunc main() {\n\tl.Lock()\n}\n```\n\nRun a`b, `x y` or once."
	if got := renderHTML(doc, ""); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestRenderHTMLSoftHyphens: soft hyphens, word joiners and byte-order
// marks are dropped from a page's text, in <pre> too; zero-width joiners
// (emoji, scripts) stay.
func TestRenderHTMLSoftHyphens(t *testing.T) {
	page := "<p>Aside from Vladi&shy;mir Putin, Netan\u00adyahu&#8288; and\ufeff Obama\u200d</p><pre>Netan&shy;yahu</pre>"
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := renderHTML(doc, ""), "Aside from Vladimir Putin, Netanyahu and Obama\u200d\n\n```\nNetanyahu\n```"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestWithoutTrailingBrackets(t *testing.T) {
	for _, tt := range []struct{ title, cut, want string }{
		{"Simple Example (libffi: the portable library)", "the portable library)", "Simple Example"},
		{"Types [docs: a (small) manual]", "a (small) manual]", "Types"},
		{"(libffi: the portable library)", "the portable library)", "(libffi: the portable library)"},
		{"Simple Example (libffi: the portable library)", "other)", "Simple Example (libffi: the portable library)"},
		{"Simple Example", "Example", "Simple Example"},
	} {
		if got := withoutTrailingBrackets(tt.title, tt.cut); got != tt.want {
			t.Errorf("withoutTrailingBrackets(%q, %q) = %q, want %q", tt.title, tt.cut, got, tt.want)
		}
	}
}

func TestBracketsBalanced(t *testing.T) {
	for s, want := range map[string]bool{
		"": true, "Types (libffi: the library)": true, "a [b (c) {d}]": true,
		"the library)": false, "Types (libffi": false, "a (b]": false, ")(": false,
	} {
		if got := bracketsBalanced(s); got != want {
			t.Errorf("bracketsBalanced(%q) = %v", s, got)
		}
	}
}

func TestExtractHTMLCharset(t *testing.T) {
	page := []byte("<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 notes</title></head><body><article>" +
		"<p>The caf\xe9 on the corner serves the best coffee in town, and it has done so for more than forty years, " +
		"since the day it opened its doors to the students of the university nearby.</p></article></body></html>")
	got, err := extractText("cafe.htm", page)
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(got) || !strings.Contains(got, "The café on the corner") {
		t.Errorf("not decoded: %q", got)
	}
}

func TestExtractPDF(t *testing.T) {
	got, err := extractText("tiny.pdf", readFixture(t, "tiny.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	want := "A Tiny Test Document\n\n" +
		"The quick brown fox jumps over the lazy dog near the river bank, and the dog does not mind at all.\n\n" +
		"Water was found on the moon in 2021.\n\n" +
		"Page two has one more sentence.\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("a.pdf", readFixture(f, "tiny.pdf"))
	f.Add("a.pdf", readFixture(f, "notext.pdf"))
	f.Add("a.html", readFixture(f, "article.html"))
	f.Add("a.htm", []byte("<p>caf\xe9<br><pre> x </pre><table><tr><td>1"))
	f.Add("a.txt", []byte("plain\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		x, err := extract(name, data)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error is not one line: %q", err.Error())
			}
			return
		}
		if !utf8.ValidString(x.Text) || bytes.IndexByte([]byte(x.Text), 0) >= 0 && !strings.HasSuffix(name, "pdf") {
			t.Fatalf("text is not clean UTF-8: %q", x.Text)
		}
		for _, sp := range x.Declared.Spans {
			if sp.Start < 0 || sp.End > len(x.Text) || sp.End < sp.Start {
				t.Fatalf("span %v out of bounds", sp)
			}
		}
	})
}

// FuzzHTMLDepth: pages of any nesting, closed or not, are either read or
// refused quickly as too complex; never slow, never a panic.
func FuzzHTMLDepth(f *testing.F) {
	f.Add(uint16(10), "p", "text", true)
	f.Add(uint16(600), "div", "x", false)
	f.Add(uint16(3000), "span", "", true)
	f.Add(uint16(1000), "table", "cell", false)
	f.Fuzz(func(t *testing.T, depth uint16, tag, inner string, closed bool) {
		if !isTagName(tag) || len(inner) > 200 {
			return
		}
		n := int(depth % 20000)
		var b strings.Builder
		b.WriteString("<html><body>")
		for range n {
			b.WriteString("<" + tag + ">" + inner)
		}
		if closed {
			for range n {
				b.WriteString("</" + tag + ">")
			}
		}
		start := time.Now()
		_, err := extract("page.html", []byte(b.String()))
		if took := time.Since(start); took > 10*time.Second {
			t.Fatalf("%d levels of <%s>: %v (%v)", n, tag, took, err)
		}
	})
}

func isTagName(s string) bool {
	if s == "" || len(s) > 10 {
		return false
	}
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
