package ingest

import (
	"cmp"
	"regexp"
	"strings"

	"github.com/citebot/citebot/text"
	"go.yaml.in/yaml/v3"
)

// maxFrontMatter bounds how far into a Markdown file its front matter may
// end.
const maxFrontMatter = 8 << 10

// frontMatter is the YAML front matter of a Markdown file: the "---" line
// that opens the file, "key: value" lines, and a closing "---" (or "...")
// line, which static site generators (Jekyll, Hugo) and documentation
// sites read for a page's title, author and date. The zero value is no
// front matter.
type frontMatter struct {
	span                text.Span // the front matter, fences included
	title, author, date frontField
}

// frontField is a front matter's value and the span of its line.
type frontField struct {
	value string
	span  text.Span
}

// reFence matches a front matter's fence line.
var reFence = regexp.MustCompile(`(?m)^(?:---|\.\.\.)[ \t]*\r?$`)

// readFrontMatter returns the front matter doc opens with, if any: a
// document whose first line is "---" and whose lines up to the next fence
// parse as a YAML mapping. A Markdown file that opens with a horizontal
// rule has no mapping after it, and no front matter.
func readFrontMatter(doc string) (frontMatter, bool) {
	first, _, ok := strings.Cut(doc, "\n")
	if !ok || strings.TrimRight(first, " \t\r") != "---" {
		return frontMatter{}, false
	}
	start := len(first) + 1
	end := reFence.FindStringIndex(doc[start:min(len(doc), maxFrontMatter)])
	if end == nil {
		return frontMatter{}, false
	}
	root, ok := parseYAML(doc[start : start+end[0]])
	if !ok || len(root.Content) != 1 || root.Content[0].Kind != yaml.MappingNode {
		return frontMatter{}, false
	}
	fm := frontMatter{span: text.Span{Start: 0, End: start + end[1]}}
	fm.fields(doc, start, root.Content[0])
	return fm, true
}

// parseYAML parses s as a YAML document; a parser that panics on some
// input reads as none.
func parseYAML(s string) (root yaml.Node, ok bool) {
	defer func() {
		if recover() != nil {
			root, ok = yaml.Node{}, false
		}
	}()
	err := yaml.Unmarshal([]byte(s), &root)
	return root, err == nil
}

// fields reads the title, author and date of mapping m, the front matter
// whose body starts at byte start of doc.
func (fm *frontMatter) fields(doc string, start int, m *yaml.Node) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		key, val := strings.ToLower(m.Content[i].Value), m.Content[i+1]
		v := scalarList(val)
		if v == "" {
			continue
		}
		var f *frontField
		switch key {
		case "title":
			f = &fm.title
		case "author", "authors":
			f = &fm.author
		case "date", "published", "publishdate", "pubdate":
			f = &fm.date
		}
		if f != nil && f.value == "" {
			*f = frontField{oneLine(v), lineSpan(doc, start, m.Content[i].Line)}
		}
	}
}

// scalarList returns a scalar's value, or a sequence's scalars joined
// with ", " ("authors: [Jane Roe, John Doe]"); "" for anything else.
func scalarList(n *yaml.Node) string {
	switch n.Kind {
	case yaml.ScalarNode:
		return strings.TrimSpace(n.Value)
	case yaml.SequenceNode:
		var vs []string
		for _, c := range n.Content {
			if c.Kind == yaml.ScalarNode && strings.TrimSpace(c.Value) != "" {
				vs = append(vs, strings.TrimSpace(c.Value))
			}
		}
		return strings.Join(vs, ", ")
	}
	return ""
}

// lineSpan returns the span of line (1-based) of the text of doc that
// starts at byte start, without its line break.
func lineSpan(doc string, start, line int) text.Span {
	i := start
	for ; line > 1; line-- {
		j := strings.IndexByte(doc[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	end := i + strings.IndexByte(doc[i:], '\n')
	if end < i {
		end = len(doc)
	}
	return text.Span{Start: i, End: i + len(strings.TrimRight(doc[i:end], " \t\r"))}
}

// hide makes the blocks within the front matter boilerplate: its keys and
// values are no prose to cite. A block that goes on past the closing
// fence, with no blank line after it, keeps what follows the fence.
func (fm frontMatter) hide(doc string, blocks []block) []block {
	for i := range blocks {
		b := &blocks[i]
		switch {
		case b.End <= fm.span.End:
			b.Content, b.Reason = false, "front matter"
		case b.Start < fm.span.End:
			b.Start = fm.span.End + len(doc[fm.span.End:b.End]) - len(strings.TrimLeft(doc[fm.span.End:b.End], " \t\r\n"))
		}
	}
	return blocks
}

// fill gives m the front matter's title, author and date where m has
// none, with the spans of their lines.
func (fm frontMatter) fill(m Meta) Meta {
	for _, p := range []struct {
		dst *string
		src frontField
	}{{&m.Title, fm.title}, {&m.Author, fm.author}, {&m.Date, fm.date}} {
		if *p.dst == "" && p.src.value != "" {
			*p.dst = p.src.value
			m.Spans = append(m.Spans, p.src.span)
		}
	}
	if m.Date != "" && m.Date == fm.date.value && m.ISODate == "" {
		m.ISODate = cmp.Or(isoDate(m.Date), isoDate(prefix(m.Date, len("2006-01-02")))) // "2023-05-01T10:00:00Z"
	}
	m.Spans = uniqueSpans(m.Spans)
	return m
}
