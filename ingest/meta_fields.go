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
	// bylineRe is a byline: "By Jane Roe", "Author: Jane Roe", and "by"
	// after the word of the section or the kind of piece ("Opinion by Jane
	// Roe", "Analysis by Jane Roe"; a photo's credit, "Photos by", is none).
	bylineRe = regexp.MustCompile(`(?i)^(?:by|written by|words by|story by|text by|article by|reported by|reporting by|` +
		`interview(?:ed)? by|review(?:ed)? by|(?:opinion|analysis|commentary|perspective|essay|column) by|authors?|posted by)\b\s*[:\-–—]?\s*(.+)$`)
	// nameStop ends a byline's name: a preposition, a separator, a social
	// media handle ("by Jane Roe @janeroe November 29, 2016"), a date, with
	// its year or not ("By Jane Roe March 24 at 7:00 AM"), or a day's name
	// before a date ("Jane Roe Tuesday, Aug. 17, 2010", but "Joe Friday" is
	// a name), or a date run into it, in capitals or not ("By JANE
	// ROEMARCH 16, 2016", "By Jane RoeJune 07, 2013").
	nameStop = regexp.MustCompile(`\s+(?:in|on|at|for|from|via|\||-|–|—)\s+|[,;|(\[]|\s+@[\p{L}\d_]|\s+` +
		`(?:` + datePattern + `|` + monthPattern + `\.?\s+\d{1,2}\b|` + weekdayPattern + `(?:\d|` + monthPattern + `\b))|` +
		`(?:` + capsMonth + `|` + monthPattern + `)\s+\d{1,2},\s+\d{4}`)
	// capsMonth is a month's name in capitals.
	capsMonth  = `(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)`
	postedBy   = regexp.MustCompile(`(?i)^posted by\b`)
	postedOnBy = regexp.MustCompile(`(?i)^(?:posted|published|written|updated)(?: on)? .{1,40}? by\s+(.+)$` +
		`|^(?:` + datePattern + `)\s*[|·,\-–—]?\s*(?:by\s+|author\s*:\s*)(.+)$`) // "11/19/2019 by Jane Roe", "October 9, 2018 | Author: Jane Roe"
	// authorHandle is a user name labelled as the author's, alone or after
	// the date: "Author: moonfan", "March 24, 2012 | Author: PlanetGal".
	authorHandle = regexp.MustCompile(`(?i)(?:^|[|·]\s*)author\s*:\s*([\p{L}\d][\p{L}\d._-]{1,30})$`)
	dayName      = regexp.MustCompile(`^(?i:` + weekdays + `|today|yesterday)$`)  // a day named alone
	handle       = regexp.MustCompile(`^[\p{L}\d][\p{L}\d._-]{0,29}[\p{L}\d_-]$`) // not "Dr.", a title cut from its name
	handleLine   = regexp.MustCompile(`^@[\p{L}\d_]{1,30}$`)                      // a social media handle alone
	bioName      = regexp.MustCompile(`^\*?\s*((?:(?:Dr|Prof|Mr|Ms|Mrs)\.? )?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,4})` +
		` (?:is|was|has been|teaches|works|writes|serves|holds)\b`)
)

// findAuthor returns the author: a byline naming a person (best; in the
// header, or among the body's first lines under a summary: metaDoc.lead),
// a note about the author in the footer, a name alone over a date line
// below the title or a user name labelled as the author's ("Author:
// moonfan"), a name alone on a line under the title (the title at
// titleLine; with no title, anywhere in the header) or with a degree just
// over it ("Jane Roe Ph.D. The Science of Space"), or the user name of a
// "Posted by" line or a labelled field below the article ("Author Jane
// Roe", tailAuthor) (last resort).
func findAuthor(md metaDoc, titleLine metaLine, title string) (metaLine, string, bool) {
	best, bestScore, author := metaLine{}, 0, ""
	pick := func(l metaLine, name string, score int) {
		if score > bestScore {
			best, bestScore, author = l, score, name
		}
	}
	at := titleAt(md, titleLine, title)
	byAt := -2 // the line of a "By" standing alone
	for _, l := range slices.Concat(md.header, md.lead, md.footer) {
		if l.lead {
			if name, ok := bylineName(text.PlainSpaces(l.s)); ok && !l.ui {
				pick(l, name, 4) // under a summary: a byline, not a name alone
			}
			continue
		}
		if emptyByline.MatchString(text.Fold(l.s)) {
			byAt = l.n
		}
		if l.ui && !bylineStrip(l.s) || utf8.RuneCountInString(l.s) > maxMetaLine {
			continue // a menu, but "Jane Roe, NOLA.com | The Times-Picayune", which reads as one
		}
		if name, score := lineAuthor(l, l.n == at); score > 0 {
			if score == 4 && inHeader(md, l) && datedNext(md, l) {
				score = 5 // "By Jane Roe" over "Published: May 9, 2013": the article's, not a video's credits above it
			}
			pick(l, name, score)
		}
		if name, ok := staffName(l.s); ok && l.solo && inHeader(md, l) {
			pick(l, name, 3) // "Andy Greenberg, Forbes Staff" above the headline
		}
		if name, ok := namedLine(l.s); ok && l.solo && inHeader(md, l) {
			switch {
			case byAt == l.n-1: // "By" on a line of its own, the name on the next
				pick(l, name, 4)
			case (at < 0 || l.n > at) && datedNext(md, l): // the name over the date, past a headline's tags
				pick(l, name, 3)
			case (title == "" || at >= 0 && l.n > at && l.n-at <= nameGap) && !placed(l.s):
				pick(l, name, 2)
			case at > l.n && at-l.n <= nameGap && nameDegree.MatchString(l.s):
				pick(l, name, 2) // a name and a degree over the headline ("Jane Roe Ph.D.")
			}
		}
	}
	if l, name, ok := creditLine(md, at); ok {
		pick(l, name, 2)
	}
	if l, name, ok := bioAuthor(md); ok {
		pick(l, name, 3)
	}
	if l, name, ok := tailAuthor(md); ok {
		pick(l, name, 1)
	} else if l, name, ok := closingCredit(md); ok {
		pick(l, name, 1)
	}
	return best, once(author), bestScore > 0
}

// creditLine returns the writer a line of its own names between the
// headline (line at) and the labelled date under it, when that is no
// person's name (lineAuthor and namedLine read those) but an agency's or
// a desk's: "Reuters", "The Associated Press" over "Posted: 03/10/2015".
// A date alone under a name ("The Daily Planet" over "Thursday, October
// 27, 2011") leaves it the masthead it may be.
func creditLine(md metaDoc, at int) (metaLine, string, bool) {
	if at < 0 || at+2 >= len(md.lines) {
		return metaLine{}, "", false
	}
	l, next := md.lines[at+1], md.lines[at+2]
	if !l.solo || l.ui || !inHeader(md, l) || !next.solo || dateIndex(next.s) == nil || !pubLineRe.MatchString(next.s) || pubLineRe.MatchString(l.s) {
		return metaLine{}, "", false
	}
	name, ok := creditName(l.s)
	return l, name, ok
}

// creditName reports whether s reads as the name of a writer that is no
// person: one to four words that may be a name's (nameWord), after "The"
// if any, with no colon or bar, none a label or a link of a menu.
func creditName(s string) (string, bool) {
	s = strings.TrimSpace(s)
	words := strings.Fields(strings.TrimPrefix(s, "The "))
	if len(words) == 0 || len(words) > 4 || navLink(s) || labelWords[strings.ToLower(words[len(words)-1])] {
		return "", false
	}
	for _, w := range words {
		if !nameWord(w) || strings.ContainsAny(w, ":|") {
			return "", false
		}
	}
	return s, true
}

// bioAuthor returns the first note about the author in the footer: "Jane
// Roe is a PhD student at …".
func bioAuthor(md metaDoc) (metaLine, string, bool) {
	for _, l := range md.footer {
		if m := bioName.FindStringSubmatch(l.s); m != nil && bioRole.MatchString(prefix(l.s, 160)) {
			if name, ok := personName(m[1]); ok {
				return l, name, true
			}
		}
	}
	return metaLine{}, "", false
}

// tailAuthor returns the first labelled field naming the author below the
// article, past its teasers: "Author Jane Roe", "Written by Jane Roe" (not
// a commenter's "Posted by").
func tailAuthor(md metaDoc) (metaLine, string, bool) {
	for _, l := range md.tail {
		if name, ok := soloByline(l); ok {
			return l, name, true
		}
	}
	return metaLine{}, "", false
}

// soloByline returns the person a byline alone on its line names, outside
// the page's furniture and not a commenter's "Posted by".
func soloByline(l metaLine) (string, bool) {
	if !l.solo || l.ui || postedBy.MatchString(l.s) {
		return "", false
	}
	return bylineName(text.PlainSpaces(l.s))
}

// creditBy is a byline that says what was written, unlike a bare "By"
// (which opens prose: "By 2015, …"): "Written by Jane Roe".
var creditBy = regexp.MustCompile(`(?i)^(?:written|story|article|words|text|reported) by\b`)

// closingCredit returns the first line alone below the body's start that
// credits the article in so many words ("Written by Jane Roe"), where a
// page closes its article above references and a readers' forum whose
// long posts leave it out of the tail.
func closingCredit(md metaDoc) (metaLine, string, bool) {
	for _, l := range md.lines {
		if l.lead || !creditBy.MatchString(l.s) || inHeader(md, l) {
			continue
		}
		if name, ok := soloByline(l); ok {
			return l, name, true
		}
	}
	return metaLine{}, "", false
}

// datedNext reports whether the line after l in the document is a date
// alone ("Mark Lavin" over "June 8, 2015"), after the site's domain name
// if any ("Tom Kington in Rome" over "guardian.co.uk, Monday 29 October
// 2012 13.10 EDT").
func datedNext(md metaDoc, l metaLine) bool {
	if l.n+1 >= len(md.lines) {
		return false
	}
	next := md.lines[l.n+1]
	if handleLine.MatchString(next.s) && l.n+2 < len(md.lines) {
		next = md.lines[l.n+2] // "Jane Roe" over "@janeroe" over the date
	}
	d := next.s
	if site, rest, ok := strings.Cut(d, ", "); ok && domainName.MatchString(site) {
		d = rest // "guardian.co.uk, Monday 29 October 2012 13.10 EDT"
	}
	return dateLine(d) && next.solo
}

// lineAuthor returns the author a byline names and how sure it is (0:
// none): "By Jane Roe" and "Jane Roe - Apr 16, 2015" (but on the title's
// line: "Water Week - March 3, 2019" is a headline) score 4, a user name
// labelled as the author's ("Author: moonfan": authorHandle) 3, the user
// name of "Posted by spacefan" 1.
func lineAuthor(l metaLine, isTitle bool) (string, int) {
	l.s = text.PlainSpaces(l.s)
	if name, ok := bylineName(l.s); ok {
		return name, 4
	}
	if name, ok := datedName(l.s); ok && !isTitle {
		return name, 4
	}
	if m := authorHandle.FindStringSubmatch(l.s); m != nil {
		return m[1], 3
	}
	if h, ok := bylineHandle(l.s); ok {
		return h, 3
	}
	if m := bylineRe.FindStringSubmatch(l.s); m != nil && postedBy.MatchString(l.s) {
		if h := firstField(m[1]); handle.MatchString(h) {
			return h, 1
		}
	}
	return "", 0
}

// bylineHandle returns the user name a byline gives in place of a
// person's name: "By paloscommunityhospital, Community Contributor". A
// user name here is one lower-case word that is no English word ("By
// default, …" is none) and not a "Posted by" line's (lineAuthor reads
// those as less sure).
func bylineHandle(s string) (string, bool) {
	m := bylineRe.FindStringSubmatch(s)
	if m == nil || postedBy.MatchString(s) {
		return "", false
	}
	rest := beforeStop(m[1])
	if !handle.MatchString(rest) || rest != strings.ToLower(rest) || text.IsStop(rest) || text.English(text.Stem(rest)) {
		return "", false
	}
	return rest, true
}

// titleAt returns the index in md.lines of the title's line: the line at
// titleLine's span, else the first line that holds the title; -1 when none.
func titleAt(md metaDoc, titleLine metaLine, title string) int {
	if title == "" {
		return -1
	}
	for _, l := range md.lines {
		if l.span == titleLine.span {
			return l.n
		}
	}
	for _, l := range md.lines {
		if strings.Contains(l.s, title) {
			return l.n
		}
	}
	return -1
}

// nameGap is how many lines under the title a name alone on its line may
// stand and still be the author's: further down, a page's navigation and
// sidebars name sections and columnists ("Special Reports", "Jon Roe").
const nameGap = 3

func inHeader(md metaDoc, l metaLine) bool {
	return len(md.header) > 0 && l.span.Start <= md.header[len(md.header)-1].span.Start
}

func firstField(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// bylineName returns the person named by a byline such as "By Jane Roe",
// "Author: Jane Roe", "Written by Jane Roe and John Doe, staff writers",
// "Posted on June 3, 2015 by Jane Roe". Its callers give s its wide
// spaces as plain ones (text.PlainSpaces), which end a name as a space
// does ("Posted by Jane Roe\u00a0June 6, 2013"; regexp's \s is ASCII).
func bylineName(s string) (string, bool) {
	m := bylineRe.FindStringSubmatch(s)
	if m == nil {
		if m = postedOnBy.FindStringSubmatch(s); m != nil && m[1] == "" {
			m = m[1:] // the dated form's name
		}
	}
	if m == nil || utf8.RuneCountInString(s) > 100 {
		return "", false
	}
	return personName(beforeStop(m[1]))
}

// beforeStop returns what a byline says after its "By", up to where the
// name ends (nameStop).
func beforeStop(rest string) string {
	if loc := nameStop.FindStringIndex(rest); loc != nil {
		return rest[:loc[0]]
	}
	return rest
}

var (
	publisherRes = []*regexp.Regexp{
		regexp.MustCompile(`(?i)^(?:first |originally )?published (?:in|on|by)\s+(.+?)(?:,|\s+on\s+|\.?$)`),
		regexp.MustCompile(`(?i)\b(?:first appeared|appeared first|originally appeared|was first published) (?:on|in|at)\s+(.+?)(?:,|\s+on\s+|\.?$)`),
		regexp.MustCompile(`(?i)^(?:source|courtesy|republished from|reprinted from)\s*[:\-–—]\s*(.+?)\.?$`),
		regexp.MustCompile(`(?i)^(?:an organ|a publication|a project|a journal|a magazine|a newsletter|a service) of\s+(?:the\s+)?(.+?)(?:,|\.?$)`),
	}
)

// findPublisher returns the publisher or source from the first line of the
// header or footer that names one.
func findPublisher(md metaDoc) (metaLine, string, bool) {
	for _, l := range append(append([]metaLine{}, md.header...), md.footer...) {
		if l.ui || utf8.RuneCountInString(l.s) > maxMetaLine {
			continue
		}
		if p, ok := publisherOf(l.s); ok {
			return l, p, true
		}
	}
	return metaLine{}, "", false
}

// publisherOf returns the publisher a line names: "Published in X, date",
// "This post first appeared on X on date", "Source: X", "An organ of X".
func publisherOf(s string) (string, bool) {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
	for _, re := range publisherRes {
		m := re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		p := strings.TrimSpace(m[1])
		if loc := dateRe.FindStringIndex(p); loc != nil {
			p = strings.TrimRight(strings.TrimSpace(p[:loc[0]]), ",;-–— ")
		}
		p = strings.TrimSuffix(p, ".")
		first, _ := utf8.DecodeRuneInString(p)
		if p == "" || len(strings.Fields(p)) > 10 || !(unicode.IsUpper(first) || unicode.IsDigit(first) || strings.Contains(p, ".")) ||
			dayName.MatchString(p) {
			continue // "Published on Saturday, March 24, 2012" names a day, not a publisher
		}
		return p, true
	}
	return "", false
}
