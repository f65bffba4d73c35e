package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	d, err := Parse(File{Path: "probe.txt", Hash: "h", Data: []byte(probeDoc)})
	if err != nil {
		t.Fatal(err)
	}
	if d.Path != "probe.txt" || d.Hash != "h" || d.Text != probeDoc {
		t.Errorf("document %q %q: text is not the file", d.Path, d.Hash)
	}
	if d.Meta.Title == "" || d.Meta.Author == "" || d.Declared.Title != "" || d.Declared.Spans != nil {
		t.Errorf("meta %+v, declared %+v", d.Meta, d.Declared)
	}
	last := -1
	for _, c := range d.Chunks {
		sum := sha256.Sum256([]byte(d.Text[c.Start:c.End]))
		if c.Start < last || c.Start >= c.End || c.End > len(d.Text) || c.Hash != hex.EncodeToString(sum[:12]) {
			t.Errorf("bad chunk %+v after %d", c, last)
		}
		last = c.Start
	}
	if len(d.Chunks) == 0 {
		t.Error("no chunks")
	}
}

func TestParseDeclaredHTML(t *testing.T) {
	d, err := Parse(File{Path: "article.html", Data: readFixture(t, "article.html")})
	if err != nil {
		t.Fatal(err)
	}
	m := d.Declared
	if m.Title != "Water Found on a Distant Moon" || m.Author != "Jane Roe" || m.Publisher != "The Daily Planet" ||
		m.ISODate != "2021-03-17" || len(m.Spans) != 3 || !strings.HasPrefix(d.Text, d.Text[m.Spans[0].Start:m.Spans[0].End]) {
		t.Errorf("declared %+v", m)
	}
}

// TestParseDeclaredTitle: a page in which no line reads as a title (it
// starts in lower case) takes its <title>, cited at the top of its text,
// where a chunk holds it.
func TestParseDeclaredTitle(t *testing.T) {
	page := "<html><head><title>zlib Usage Example</title></head><body><h2>zlib Usage Example</h2>" +
		"<p>We often get questions about how the deflate() and inflate() functions should be used, when to provide " +
		"more input and when to use more output, so here is an annotated example in C of simple routines.</p></body></html>"
	d, err := Parse(File{Path: "zlib_how.html", Data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.Title != "zlib Usage Example" || len(d.Meta.Spans) != 1 || d.Text[d.Meta.Spans[0].Start:d.Meta.Spans[0].End] != d.Meta.Title {
		t.Errorf("meta %+v", d.Meta)
	}
	if c := d.Chunks[0]; c.Start > d.Meta.Spans[0].Start || c.End < d.Meta.Spans[0].End {
		t.Errorf("first chunk %+v does not hold the title", c)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tt := range []struct {
		name, data string
		want       error
	}{
		{"a.docx", "x", ErrUnsupported},
		{"a.txt", "\x00", ErrBinary},
		{"a.txt", "\n\n \n", ErrNoChunks},
	} {
		if _, err := Parse(File{Path: tt.name, Data: []byte(tt.data)}); !errors.Is(err, tt.want) {
			t.Errorf("%s %q: err %v, want %v", tt.name, tt.data, err, tt.want)
		}
	}
}

// TestFingerprint pins the pipeline fingerprint: stored indexes carry it,
// and a new value makes every one of them be rebuilt. Change the value
// here only together with a change of the pipeline's output.
func TestFingerprint(t *testing.T) {
	if got, want := Fingerprint(), "b0b190550e40ebb01795ae0c"; got != want {
		t.Errorf("Fingerprint() = %s, want %s", got, want)
	}
}
