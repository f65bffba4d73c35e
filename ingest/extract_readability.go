//go:build !trafilatura

package ingest

import (
	"bytes"
	"fmt"
	"net/url"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
)

// pageURL stands for the unknown address of a page read from disk.
var pageURL = &url.URL{Scheme: "file", Path: "/"}

// mainContent finds the main content of a page with go-readability
// (Mozilla's Readability): title, byline, site name and date come from it
// too. When it finds no article the whole page is rendered, and the
// classifier removes its furniture. This is the default extractor: it
// costs under a millisecond at process start, whereas go-trafilatura
// (build tag "trafilatura") costs about 170 ms and 78 MB for the tables of
// its date parser, at every start of every command.
func mainContent(page []byte) (*html.Node, htmlMeta, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, htmlMeta{}, fmt.Errorf("%w HTML: %v", ErrMalformed, err)
	}
	title := pageTitle(doc)
	art, err := readability.FromDocument(doc, pageURL)
	if err != nil || art.Node == nil {
		doc, _ = html.Parse(bytes.NewReader(page))
		return doc, htmlMeta{Title: title}, nil
	}
	hm := htmlMeta{Title: art.Title, Author: art.Byline, Site: art.SiteName}
	if !bracketsBalanced(hm.Title) && bracketsBalanced(title) {
		// Readability drops what comes before the last colon of a title
		// ("Site: Headline"), even inside brackets: "Simple Example
		// (libffi: the portable foreign function interface library)"
		// becomes "the portable foreign function interface library)".
		// The site is in the brackets: the title is what comes before.
		hm.Title = withoutTrailingBrackets(title, hm.Title)
	}
	if art.PublishedTime != nil {
		hm.Date = *art.PublishedTime
	}
	return art.Node, hm, nil
}

// pageTitle returns the text of the page's <title>.
func pageTitle(n *html.Node) string {
	if n.Type == html.ElementNode && n.Data == "title" {
		return renderText(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := pageTitle(c); t != "" {
			return t
		}
	}
	return ""
}

// renderText returns the text inside n, white space collapsed.
func renderText(n *html.Node) string {
	var b bytes.Buffer
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return oneLine(b.String())
}
