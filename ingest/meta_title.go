package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/text"
)

var (
	htmlTag      = regexp.MustCompile(`</?[a-zA-Z][^<>\n]*>`)
	trailingDate = regexp.MustCompile(`\s*[-–—|,]?\s*(?:` + datePattern + `)\s*$`)
	emailAddr    = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)
	// emacsModeLine is the file variables Emacs reads on a file's first
	// line: "GNU gzip NEWS    -*- outline -*-".
	emacsModeLine = regexp.MustCompile(`\s*-\*-.*-\*-\s*`)
)

// siteSep splits a page's name into its headline and its site: "Headline
// | Site", "Headline - Site", "Site: Headline".
var siteSep = regexp.MustCompile(`\s+[|\-–—]\s+|:\s+`)

// namedTitle reads a scraped page's name, its first line: when one side of
// a separator in it ("Headline | Site", "Site: Headline") stands again
// alone on a line of the header, that line is the headline, and the other
// side, when it reads as a site's name (siteName), is the site; else the
// same when a side, less the label the name tags it with ("(Opinion)"),
// stands alone over a byline above the body, past more lines than the
// header keeps (bylinedAgain); else when a side, or the whole name,
// stands again alone past a notice that reads as the article's first
// paragraph (headlineAgain); else a header line that says much the same
// in other words (nearHeadline). A side the page cut short ("… patie...")
// names the line that opens with it, once no side stands again whole
// (truncatedAgain).
// When sides of several separators stand again, the longest is the
// headline. It returns the headline's line, the headline and the site
// ("" when none).
func namedTitle(md metaDoc) (metaLine, string, string, bool) {
	if len(md.header) < 2 || utf8.RuneCountInString(md.header[0].s) > 2*maxMetaLine {
		return metaLine{}, "", "", false
	}
	first := md.header[0].s
	seps := siteSep.FindAllStringIndex(first, -1)
	// the longest side that stands again: "Weekly Address: Tuition-Free
	// Community College | whitehouse.gov" names its headline by the
	// "|", not by the ":", though "Weekly Address" stands alone too
	best, head, site, found := metaLine{}, "", "", false
	for _, loc := range seps {
		a, b, piped := pageSides(first, loc)
		l, h, other, ok := sideAgain(md, a, b)
		if ok && (piped || len(seps) == 1) && siteSide(h, other) {
			// "Surfer survives shark | New York Post" over a masthead
			// "New York Post": the short side is the site, the long one
			// the headline, named by the page's name alone; so too for
			// the page name's only separator, a dash or a colon: "Good
			// Census Poverty Data … - The Atlantic" over "The Atlantic",
			// "Lost in JIT: PyPy and the road towards SciPy" over "Lost
			// in JIT"
			l, h, other = md.header[0], other, h
		}
		if ok && len(h) > len(head) {
			best, head, site, found = l, h, siteName(md, other, piped), true
		}
	}
	// a part between two separators: "News Releases - Newsroom -
	// Headline - Site", whose first part stands again in the menu; the
	// part after it, when it is the last, may be the site
	for j := 0; j+1 < len(seps); j++ {
		mid := strings.TrimSpace(first[seps[j][1]:seps[j+1][0]])
		if l, h, _, ok := sideAgain(md, mid, ""); ok && len(h) > len(head) { // "" matches no line
			best, head, site, found = l, h, "", true
			if j+2 == len(seps) {
				_, rest, piped := pageSides(first, seps[j+1])
				site = siteName(md, rest, piped)
			}
		}
	}
	if found {
		return best, head, site, true
	}
	if l, h, site, ok := truncatedAgain(md, first, seps); ok {
		return l, h, site, true
	}
	// over its byline, past a navigation longer than the header keeps,
	// without the label its name tags it with ("… (Opinion) - CNN.com")
	for _, loc := range seps {
		a, b, piped := pageSides(first, loc)
		ha, hb := withoutLabel(a), withoutLabel(b)
		if l, ok := bylinedAgain(md, ha); ok {
			return l, ha, siteName(md, b, piped), true
		}
		if l, ok := bylinedAgain(md, hb); ok {
			return l, hb, siteName(md, a, piped), true
		}
	}
	// past a notice that reads as the article's first paragraph
	for _, loc := range seps {
		a, b, piped := pageSides(first, loc)
		la, okA := headlineAgain(md, a)
		lb, okB := headlineAgain(md, b)
		switch {
		case okB && (!okA || lb.n > la.n):
			return lb, b, siteName(md, a, piped), true
		case okA:
			return la, a, siteName(md, b, piped), true
		}
	}
	if l, ok := headlineAgain(md, first); ok {
		return l, first, "", true
	}
	return nearHeadline(md, first, seps)
}

// nearHeadline returns the headline of a page whose name, first, or a
// side of it, the page words again in other words: a header line nearest
// the body, past the page's furniture (its navigation), that reads as a
// headline and shares most of its words with it ("The Rosetta Spacecraft
// Ends Its Mission as It Flings Itself Into a Comet | WIRED" over "An Ode
// to the Rosetta Spacecraft as It Flings Itself Into a Comet"). The other
// side is the site when it reads as one. A document whose first line
// has no separator and no furniture under it is no scraped page: the
// subtitle of a plain text rewords its title ("Lunar Probe Finds Water on
// the Moon" over "By Jane Roe" over "A Lunar Probe Has Found Water Ice on
// the Moon").
func nearHeadline(md metaDoc, first string, seps [][]int) (metaLine, string, string, bool) {
	type side struct {
		s, other string
		piped    bool
	}
	var sides []side
	for _, loc := range seps {
		a, b, piped := pageSides(first, loc)
		sides = append(sides, side{a, b, piped}, side{b, a, piped})
	}
	sides = append(sides, side{s: first}) // the whole name last: a side may leave the site out
	for i := len(md.header) - 1; i > 0; i-- {
		t, ok := titleLike(md.header[i], 4)
		if !ok || bylineLine(t) || len(seps) == 0 && !slices.ContainsFunc(md.header[1:i], func(l metaLine) bool { return l.ui }) {
			continue // no headline, or a byline naming the author the page's name names ("By UWE E. REINHARDT")
		}
		for _, sd := range sides {
			if nearWords(t, sd.s) {
				site := ""
				if sd.other != "" {
					site = siteName(md, sd.other, sd.piped)
				}
				return md.header[i], t, site, true
			}
		}
	}
	return metaLine{}, "", "", false
}

// headlineAgain returns the line where a page named by its headline alone,
// first, names it again on a line of its own: past the navigation and at
// most one long paragraph (a cookie or browser notice that reads as the
// article's first), with prose, the article, below it. A running head
// that a paper repeats over its pages, or a headline repeated at the
// article's end, is no such line.
func headlineAgain(md metaDoc, first string) (metaLine, bool) {
	if len(text.Tokens(first)) < 2 || utf8.RuneCountInString(first) > maxMetaLine {
		return metaLine{}, false
	}
	found, ok, paras, block := metaLine{}, false, 0, -1
	for _, l := range md.lines[md.header[0].n+1:] {
		switch {
		case ok:
			if !l.ui && blockEndsSentence(l.s) {
				return found, true
			}
		case l.long && l.block != block:
			if paras++; paras > 1 {
				return metaLine{}, false
			}
			block = l.block
		case sameWords(l.s, first) && l.solo && !l.ui:
			found, ok = l, true
		}
	}
	return metaLine{}, false
}

// mdText returns a Markdown heading's text without its images (badges)
// and raw HTML tags (<img src=… />), and with its links' text only, its
// white space collapsed.
func mdText(s string) string {
	return oneLine(text.MarkdownLinkText(htmlTag.ReplaceAllString(s, " ")))
}

// titleLike reports whether l reads like a headline of at least minWords
// words (not an address: "Jane Roe <jane@example.com>", nor a table row:
// "Founder\tNetscape Communications Corporation"), and returns it
// without a trailing date or Emacs mode line.
func titleLike(l metaLine, minWords int) (string, bool) {
	if l.ui || !l.solo || len(l.s) > 4*maxMetaLine || strings.ContainsRune(l.s, '\t') {
		return "", false
	}
	t := strings.TrimSpace(trailingDate.ReplaceAllString(emacsModeLine.ReplaceAllString(l.s, " "), ""))
	if w := strings.TrimRight(t, ", "); w == "" || weekdayAlone.MatchString(w) {
		return "", false // a date alone, "Fri, 02 Dec 2011", names nothing
	}
	// words as the tokens read them, with dots dropped: "Del.i.cious", a
	// share button, is one word, "Covid-19" and "Wi-Fi" are two
	words := len(text.Tokens(strings.ReplaceAll(t, ".", "")))
	first, _ := utf8.DecodeRuneInString(t)
	if words < minWords || words > 25 || utf8.RuneCountInString(t) > maxMetaLine ||
		!(unicode.IsUpper(first) || unicode.IsDigit(first)) || strings.Contains(t, "_") || emailAddr.MatchString(t) {
		return "", false
	}
	if last, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".:;,", last) && !initialismEnd(t) {
		return "", false
	}
	if navLink(t) || domainName.MatchString(t) {
		return "", false // a link of the navigation ("Next Post", "Related Stories") or a site ("ESPN.com")
	}
	return t, true
}

// weekdayAlone is the name of a day, in full or short, that is left of a
// date line when its date is taken off ("Fri, 02 Dec 2011").
var weekdayAlone = regexp.MustCompile(`(?i)^(?:` + weekdays + `|mon|tues?|wed|thu|thurs?|fri|sat|sun)\.?$`)

// initialismEnd reports whether s ends with an initialism's dots ("Raith
// Rovers F.C.", "… in Washington, D.C.") or a name's abbreviation ("Clint
// Murchison Sr.", "Acme Inc."), not a sentence's full stop.
func initialismEnd(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && (initialism.MatchString(f[len(f)-1]) || len(f) > 1 && nameAbbrev.MatchString(f[len(f)-1]))
}

// nameAbbrev is an abbreviation that ends a name: "Sr.", "Jr.", "Inc.".
var nameAbbrev = regexp.MustCompile(`^(?:Sr|Jr|Inc|Co|Corp|Ltd|Bros|Esq)\.$`)

// initialism is a word of letters each followed by a dot: "F.C.", "U.S.".
var initialism = regexp.MustCompile(`^(?:\p{L}{1,2}\.){2,}$`)

// isBylineish reports whether s is a byline, a date, a person's name or a
// source line rather than a headline.
func isBylineish(s string) bool {
	if bylineRe.MatchString(s) || postedOnBy.MatchString(s) || emptyByline.MatchString(text.Fold(s)) {
		return true
	}
	if _, ok := namedLine(s); ok {
		return true
	}
	if _, ok := dateOnly(s); ok {
		return true
	}
	_, ok := publisherOf(s)
	return ok
}
