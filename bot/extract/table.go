package extract

import (
	"strings"

	"github.com/citebot/citebot/text"
)

// tableRow returns, when the best candidate is the header row of a table
// ("|Library | Avg Speed | Accuracy (%)"), the header and the row of the
// same passage that says the most of the question's words the header
// does not ("| Sentences | 1.96 | 98.95" for "what accuracy does
// sentences get"): a header names the columns, a row holds the values.
// It reports false when the best is no table row or no row says any.
func tableRow(cands []candidate, q question) ([]candidate, bool) {
	best := cands[0]
	if best.pair || best.answer != "" || !isTableRow(best.text) || !headerRow(best) {
		return nil, false
	}
	header := map[string]bool{}
	for _, t := range q.tokens(best.text) {
		header[t.Norm] = true
	}
	var row *candidate
	most := 0
	for i, c := range cands[1:] {
		if c.pair || c.p != best.p || c.start <= best.start || !isTableRow(c.text) {
			continue
		}
		n := 0
		for _, t := range q.tokens(c.text) {
			if !header[t.Norm] && !text.IsStop(t.Norm) && q.has(t) {
				n++
			}
		}
		if n > most {
			row, most = &cands[1+i], n
		}
	}
	if row == nil {
		return nil, false
	}
	return []candidate{best, belowRule(*row)}, true
}

// belowRule returns c without the line of dashes that opens it, when one
// does (the sentence splitter keeps it with the first row under it): its
// text and span start at the next line, so that its citation quotes the
// row alone.
func belowRule(c candidate) candidate {
	first, rest, ok := strings.Cut(c.text, "\n")
	if !ok || !isTableRule(first) {
		return c
	}
	skip := len(c.text) - len(strings.TrimLeft(rest, " \t\r\n"))
	c.text, c.start, c.line = c.text[skip:], c.start+skip, c.line+strings.Count(c.text[:skip], "\n")
	c.view = c.text
	return c
}

// headerRow reports whether c is a table's header: the line after it in
// its passage is a line of dashes (isTableRule).
func headerRow(c candidate) bool {
	after := c.p.Text[min(len(c.p.Text), max(0, c.end-c.p.Start)):]
	after = strings.TrimLeft(after, " \t\r\n")
	line, _, _ := strings.Cut(after, "\n")
	return isTableRule(line)
}

// isTableRule reports whether s is the line of dashes under a Markdown
// table's header ("|:---|:---:|").
func isTableRule(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "|") && strings.Trim(s, "|:- \t") == ""
}

// isTableRow reports whether s is a row of a Markdown table with words in
// it: it starts with "|" and is not the line of dashes under a header.
func isTableRow(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "|") && !isTableRule(s)
}
