package ingest

import (
	"bytes"

	"golang.org/x/net/html"
)

// Limits to what a page may cost to extract. Parsing and readability
// cost grows with the depth of each element and of each byte of text:
// 20,000 nested <div>s take seconds to parse and 100,000 minutes; 4 MB of
// text inside 400 <div>s take 30 s. The real pages of the readability and
// trafilatura test suites (1,334 pages) nest at most 40 levels deep by
// htmlShape's count, and cost at most 105,000 units of work (0.1 s).
const (
	maxHTMLDepth = 512
	// maxHTMLWork is about 5 s of extraction: a unit is an element times
	// the elements it is inside, or 64 bytes of text times the same,
	// which cost about a microsecond each. A 20 MB page whose text is 16
	// levels deep is within it.
	maxHTMLWork = 5_000_000
)

// Elements that htmlShape does not count: void elements, the page's own
// html, head and body, and elements the parser closes when a sibling
// starts (<p>, <li>, table rows and cells, ...), which nest only through
// elements that are counted.
var (
	depthUncounted = nameSet(`area base br col embed hr img input keygen link meta param source track wbr
		basefont bgsound frame image html head body p li dt dd option optgroup tr td th tbody thead tfoot
		colgroup rb rt rp rtc`)
	// an end tag does not close an element below one of these
	depthBoundary = nameSet(`table caption marquee object applet template button svg math`)
)

// htmlShape returns how deeply the elements of page nest, as far as a
// tokenizer can tell without building the tree, and how much work
// extracting it takes in the units of maxHTMLWork. It stops as soon as
// the depth is over maxDepth or the work over maxWork. It is linear in the
// size of the page.
func htmlShape(page []byte, maxDepth int, maxWork int64) (depth int, work int64) {
	z := html.NewTokenizer(bytes.NewReader(page))
	var stack []string // open elements, by name
	foreign := 0       // svg and math elements open
	var textWork int64 // bytes of text times their depth
	for depth <= maxDepth && work+textWork/64 <= maxWork {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return depth, work + textWork/64
		case html.TextToken:
			textWork += int64(len(stack)) * int64(len(z.Raw()))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			n := string(name)
			work += int64(len(stack))
			if depthUncounted[n] || tt == html.SelfClosingTagToken && foreign > 0 {
				continue
			}
			if n == "svg" || n == "math" {
				foreign++
			}
			stack = append(stack, n)
			depth = max(depth, len(stack))
		case html.EndTagToken:
			name, _ := z.TagName()
			stack = popTo(stack, string(name), &foreign)
		}
	}
	return depth, work + textWork/64
}

// popTo closes the innermost open element named name, and those inside
// it, unless a boundary element comes first.
func popTo(stack []string, name string, foreign *int) []string {
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i] == name {
			for _, n := range stack[i:] {
				if n == "svg" || n == "math" {
					*foreign--
				}
			}
			return stack[:i]
		}
		if depthBoundary[stack[i]] {
			break
		}
	}
	return stack
}
