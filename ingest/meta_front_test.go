package ingest

import (
	"slices"
	"strings"
	"testing"
)

// TestFrontMatter: a Markdown file's YAML front matter names its title,
// authors and date, each cited by its line, and is no prose to index; a
// horizontal rule, front matter that is no mapping or no YAML, or a .txt
// file's dashes declare nothing.
func TestFrontMatter(t *testing.T) {
	for _, tt := range []struct {
		name, path, doc          string
		title, author, date, iso string
		cited                    []string // the lines the metadata cites
		content                  string   // a block kept as content
		hidden                   string   // a block not kept, "" for none
	}{
		{
			name: "title, authors and a date with a time", path: "a.md",
			doc:   "---\ntitle: \"Bridges, Old and New\"\nauthors: [Jane Roe, Jon Doe]\ndate: 2023-05-01T10:00:00Z\nlayout: article\n---\n\nThe valley has six bridges. The oldest was built in 1820 of stone.\n",
			title: "Bridges, Old and New", author: "Jane Roe, Jon Doe", date: "2023-05-01", iso: "2023-05-01",
			cited:   []string{`title: "Bridges, Old and New"`, "authors: [Jane Roe, Jon Doe]", "date: 2023-05-01T10:00:00Z"},
			content: "The valley has six bridges.", hidden: "layout: article",
		},
		{
			name: "a heading names the title; the front matter the author", path: "b.markdown",
			doc:   "---\nauthor: Jane Roe\ndate: June 6, 2022\ntags: [rivers]\n---\n\n# The Six Bridges\n\nThe valley has six bridges. The oldest was built in 1820 of stone.\n",
			title: "The Six Bridges", author: "Jane Roe", date: "June 6, 2022", iso: "2022-06-06",
			cited:   []string{"author: Jane Roe", "date: June 6, 2022", "# The Six Bridges"},
			content: "The valley has six bridges.", hidden: "tags: [rivers]",
		},
		{
			name: "no blank line after a closing \"...\"", path: "f.md",
			doc:   "---\ntitle: Bridges\n...\nThe valley has six bridges. The oldest was built in 1820 of stone.\n",
			title: "Bridges", cited: []string{"title: Bridges"},
			content: "The valley has six bridges.", hidden: "...",
		},
		{
			name: "a rule above prose is no front matter", path: "c.md",
			doc:     "---\nThe valley has six bridges. The oldest was built in 1820 of stone.\n---\n\nMore on the bridges follows below, with their builders.\n",
			content: "The valley has six bridges.",
		},
		{
			name: "front matter that is no YAML declares nothing", path: "e.md",
			doc:     "---\ntitle: [Bridges\n---\n\nThe valley has six bridges. The oldest was built in 1820 of stone.\n",
			content: "The valley has six bridges.",
		},
		{
			name: "a text file declares nothing", path: "d.txt",
			doc:     "---\ntitle: Bridges\n---\n\nThe valley has six bridges. The oldest was built in 1820 of stone.\n",
			content: "The valley has six bridges.",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(File{Path: tt.path, Data: []byte(tt.doc)})
			if err != nil {
				t.Fatal(err)
			}
			m := d.Meta
			if tt.title != "" && m.Title != tt.title || m.Author != tt.author || m.Date != tt.date || m.ISODate != tt.iso {
				t.Errorf("meta = %q, %q, %q, %q; want %q, %q, %q, %q", m.Title, m.Author, m.Date, m.ISODate, tt.title, tt.author, tt.date, tt.iso)
			}
			var cited []string
			for _, sp := range m.Spans {
				cited = append(cited, d.Text[sp.Start:sp.End])
			}
			for _, want := range tt.cited {
				if !slices.Contains(cited, want) {
					t.Errorf("cited lines %q lack %q", cited, want)
				}
			}
			if tt.hidden != "" && chunked(d, tt.hidden) {
				t.Errorf("%q is indexed", tt.hidden)
			}
			if !chunked(d, tt.content) {
				t.Errorf("%q is not indexed", tt.content)
			}
		})
	}
}

// chunked reports whether a chunk of d holds s.
func chunked(d *Document, s string) bool {
	for _, c := range d.Chunks {
		if strings.Contains(d.Text[c.Start:c.End], s) {
			return true
		}
	}
	return false
}
