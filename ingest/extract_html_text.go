package ingest

import (
	"net/url"
	"path"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// HTML elements that end a paragraph, and elements whose text is dropped,
// by tag name (nodes built by DOM libraries may lack an atom).
var (
	htmlBlocks = nameSet(`p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 ul ol li
		dl dt dd blockquote pre figure figcaption table tr hr address details summary form fieldset body`)
	// htmlCode are the elements of inline code, which codeSpan marks
	htmlCode = nameSet(`code kbd samp tt var`)
	htmlSkip = nameSet(`script style noscript template svg iframe object canvas head button select
		input textarea`)
)

// htmlText renders a DOM as text: paragraphs separated by blank lines,
// white space collapsed except in <pre>, <br> as a line break, table cells
// separated by tabs (with no space either side).
type htmlText struct {
	out, para strings.Builder
	pre       int
	nav       map[*html.Node]bool // blocks not rendered (navBlocks)
}

// renderHTML returns the text of n (nil gives ""), without navigation
// blocks and permalink anchors (navBlocks, isPermalink). self is the
// page's file name ("" if unknown).
func renderHTML(n *html.Node, self string) string {
	var h htmlText
	if n != nil {
		h.nav = navBlocks(n, self)
		linkParagraphs(n, h.nav)
		h.walk(n)
	}
	h.flush()
	return h.out.String()
}

// navRels are the link types (HTML's rel attribute) of links between the
// pages of a manual: "Next: Types, Previous: The Basics, Up: Using
// libffi" (texinfo), "Prev | Up | Home | Next" (DocBook, Sphinx).
var navRels = nameSet(`next prev previous up index contents start first last home`)

// navBlocks returns the block elements under root that are navigation:
//
//   - a block that holds a link with a navigation rel (navRels) and whose
//     text outside its links is at most a few words (the labels "Next:",
//     "Up:", ...: no more than two words a link, and maxNavWords);
//   - a table of contents: a block of two links or more, all to places in
//     the page itself (inPage), with no word outside them but numbers
//     ("1.1.").
//
// Readability keeps such blocks when they head the article; their lines
// would read as the text of the page, its title, or the headline above
// its body.
func navBlocks(root *html.Node, self string) map[*html.Node]bool {
	const maxNavWords = 10
	nav := map[*html.Node]bool{}
	type counts struct{ links, navLinks, inPage, words int }
	var count func(n *html.Node, inLink bool) counts
	count = func(n *html.Node, inLink bool) (c counts) {
		switch n.Type {
		case html.TextNode:
			if !inLink {
				c.words += wordsIn(n.Data)
			}
			return c
		case html.ElementNode, html.DocumentNode:
		default:
			return c
		}
		tag := strings.ToLower(n.Data)
		if n.Type == html.ElementNode && htmlSkip[tag] {
			return c
		}
		if tag == "a" && n.Type == html.ElementNode && !inLink {
			if href := attr(n, "href"); href != "" {
				c.links, inLink = 1, true
				if inPage(href, self) {
					c.inPage = 1
				}
				for _, rel := range strings.Fields(strings.ToLower(attr(n, "rel"))) {
					if navRels[rel] {
						c.navLinks = 1
						break
					}
				}
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			cc := count(ch, inLink)
			c.links, c.navLinks, c.inPage, c.words = c.links+cc.links, c.navLinks+cc.navLinks, c.inPage+cc.inPage, c.words+cc.words
		}
		if n.Type == html.ElementNode && htmlBlocks[tag] && tag != "body" &&
			(c.navLinks > 0 && c.words <= min(2*c.links, maxNavWords) || c.inPage >= 2 && c.inPage == c.links && c.words == 0) {
			nav[n] = true
		}
		return c
	}
	count(root, false)
	return nav
}

// linkParagraphs adds to skip the paragraphs under root that are links
// with a label at most: a <p>, or a <div> that holds no other block, of at
// most maxUIChars runes, more than half of whose letters and digits are
// inside links, with at most two words outside them and no end of
// sentence ("Related:", "[Read: ...]", "—"). Readability keeps such
// paragraphs inside an article: "Related: Chicago is America's most
// segregated city", "[Read: Why Tunisia …]", "Read the full transcript of
// his interview", a section's "Biz & IT —". Their words read as the
// article's and are chosen as answers. Prose with links ("See where the
// name comes from.") and lists of links (<ul>) stay.
func linkParagraphs(root *html.Node, skip map[*html.Node]bool) {
	type counts struct {
		letters, linked, runes, words int
		blocks                        bool
		last                          rune // the last rune that is not white space
	}
	var count func(n *html.Node, inLink bool) counts
	count = func(n *html.Node, inLink bool) (c counts) {
		switch n.Type {
		case html.TextNode:
			for _, r := range n.Data {
				c.runes++
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					c.letters++
				}
				if !unicode.IsSpace(r) && r != '\u00a0' {
					c.last = r
				}
			}
			if inLink {
				c.linked = c.letters
			} else {
				c.words += wordsIn(n.Data)
			}
			return c
		case html.ElementNode, html.DocumentNode:
		default:
			return c
		}
		tag := strings.ToLower(n.Data)
		if n.Type == html.ElementNode && (htmlSkip[tag] || skip[n]) {
			return c
		}
		if tag == "a" && n.Type == html.ElementNode && attr(n, "href") != "" {
			inLink = true
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			cc := count(ch, inLink)
			c.letters, c.linked, c.runes, c.words = c.letters+cc.letters, c.linked+cc.linked, c.runes+cc.runes, c.words+cc.words
			c.blocks = c.blocks || cc.blocks
			if cc.last != 0 {
				c.last = cc.last
			}
		}
		if n.Type != html.ElementNode {
			return c
		}
		if (tag == "p" || tag == "div" && !c.blocks) && c.letters > 0 && 2*c.linked > c.letters &&
			c.words <= 2 && c.runes <= maxUIChars && !strings.ContainsRune(".!?。！？", c.last) {
			skip[n] = true
			return counts{blocks: true}
		}
		c.blocks = c.blocks || htmlBlocks[tag]
		return c
	}
	count(root, false)
}

// inPage reports whether href points to a place in the page named self
// itself: "#id", "self#id", or as Readability makes them absolute,
// "file:///self#id".
func inPage(href, self string) bool {
	u, err := url.Parse(href)
	if err != nil || u.Fragment == "" || u.Host != "" {
		return false
	}
	return u.Path == "" || self != "" && path.Base(u.Path) == self
}

// attr returns the value of n's attribute key ("" if it has none).
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// isPermalink reports whether n is a link to a place in its own page
// whose text is only a mark ("¶", "§", "#", "🔗"): the permalink that
// documentation generators (Sphinx, MkDocs, Hugo) put after each heading.
// Its mark would end the heading's text: "Abstract¶".
func isPermalink(n *html.Node) bool {
	if n.Type != html.ElementNode || !strings.EqualFold(n.Data, "a") || !strings.HasPrefix(attr(n, "href"), "#") {
		return false
	}
	c := n.FirstChild
	if c == nil || c.NextSibling != nil || c.Type != html.TextNode {
		return false
	}
	switch strings.TrimSpace(c.Data) {
	case "¶", "§", "#", "🔗", "⚓":
		return true
	}
	return false
}

// creditProps are the schema.org properties (microdata's itemprop) of a
// rights holder or credit: a photo's "Credit Ashraf Shazly/Agence
// France-Presse — Getty Images" in its caption.
var creditProps = nameSet(`copyrightholder copyrightnotice credittext`)

// isCredit reports whether n is a credit by its microdata (creditProps).
// Readability keeps captions with their credit; rendered, the credit ends
// the caption as a sentence of its own ("Credit Ashraf Shazly/Agence
// France-Presse — Getty Images"), or runs into it ("…had seeped
// underground.CreditCreditChang W. Lee/The New York Times"), and is
// chosen as an answer for the words of an agency's name.
func isCredit(n *html.Node) bool {
	for _, p := range strings.Fields(strings.ToLower(attr(n, "itemprop"))) {
		if creditProps[p] {
			return true
		}
	}
	return false
}

func (h *htmlText) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		h.text(n.Data)
		return
	case html.ElementNode:
		if htmlSkip[strings.ToLower(n.Data)] || h.nav[n] || isPermalink(n) || isCredit(n) {
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	tag := ""
	if n.Type == html.ElementNode {
		tag = strings.ToLower(n.Data)
	}
	block, pre := htmlBlocks[tag], tag == "pre"
	if block {
		h.flush()
	}
	if pre {
		h.pre++
	}
	from := h.para.Len()
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		h.walk(c)
	}
	if htmlCode[tag] && h.pre == 0 && !block {
		h.codeSpan(from)
	}
	switch tag {
	case "br":
		h.para.WriteByte('\n')
	case "td", "th":
		p := strings.TrimRight(h.para.String(), " ")
		h.para.Reset()
		h.para.WriteString(p)
		h.para.WriteByte('\t')
	}
	if block {
		h.flush()
	}
	if pre {
		h.pre--
	}
}

// codeSpan marks the text written to the paragraph since byte from, an
// inline <code>, as Markdown marks code: in backticks, so that the
// sentence splitter and the answerer know "sync.Mutex" for code. Text
// with a backtick of its own, or a line break (a <br> in it), stays as it
// is.
func (h *htmlText) codeSpan(from int) {
	p := h.para.String()
	code := strings.TrimSpace(p[from:])
	if code == "" || strings.ContainsAny(code, "`\n") {
		return
	}
	lead := p[from : from+strings.Index(p[from:], code)]
	trail := p[from+len(lead)+len(code):]
	h.para.Reset()
	h.para.WriteString(p[:from] + lead + "`" + code + "`" + trail)
}

// text adds a text node, collapsing white space outside <pre>; a table
// cell's text starts after its tab, without a space.
func (h *htmlText) text(s string) {
	s = dropControls(s)
	if h.pre > 0 {
		h.para.WriteString(s)
		return
	}
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' {
			r = ' '
		}
		if r == ' ' && (h.para.Len() == 0 || strings.HasSuffix(h.para.String(), " ") || strings.HasSuffix(h.para.String(), "\t")) {
			continue
		}
		h.para.WriteRune(r)
	}
}

// flush ends the current paragraph: its lines are trimmed (except in
// <pre>), blank ones dropped.
func (h *htmlText) flush() {
	p := h.para.String()
	h.para.Reset()
	if h.pre == 0 {
		var lines []string
		for _, l := range strings.Split(p, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		p = strings.Join(lines, "\n")
	} else {
		p = strings.Trim(p, "\n")
	}
	if strings.TrimSpace(p) == "" {
		return
	}
	if h.pre > 0 && !strings.Contains(p, "```") {
		p = "```\n" + p + "\n```" // a <pre> is a Markdown code block
	}
	if h.out.Len() > 0 {
		h.out.WriteString("\n\n")
	}
	h.out.WriteString(p)
}

// wordsIn counts the words of s that have a letter: "© 2019" is one.
func wordsIn(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}
