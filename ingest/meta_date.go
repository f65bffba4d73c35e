package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/citebot/citebot/text"
)

// Dates as English pages write them: "March 24, 2012", "Mar. 24 2012",
// "March 17th 2019", "21 March 2012", "21st of March, 2012", "2012-03-21",
// "11/19/2019" (month first, as American pages write it, unless the
// first number cannot be a month), and, after a label only (dottedRe,
// monthYearRe), "Date 10.06.2013", "Date of Publication: 03.24.12",
// "Published March, 2012", or before a separator or the line's end only
// (shortYearRe), "Mar. 24, 12 · Space Zone".
const (
	monthPattern = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|` +
		`Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`
	datePattern = monthPattern + `\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}` +
		`|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthPattern + `\.?,?\s+\d{4}` +
		`|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/(?:19|20)\d\d`
	// weekdays are the names of the days of the week.
	weekdays = `(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`
	// weekdayPattern is the name of a day with its comma and spaces, as it
	// stands before a date ("Tuesday, Aug. 17, 2010").
	weekdayPattern = weekdays + `,?\s+`
)

var (
	dateRe          = regexp.MustCompile(`\b(?:` + datePattern + `)\b`)
	datePartsMD     = regexp.MustCompile(`^(` + monthPattern + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`)
	datePartsDotted = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{4})$`)
	datePartsSlash  = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})$`)
	// gluedDate is a date run into the next word by scraping: "Nov. 20,
	// 2019Updated: …".
	gluedDate   = regexp.MustCompile(`\b(?:` + datePattern + `)[A-Z]`)
	datePartsDM = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthPattern + `)\.?,?\s+(\d{4})$`)
	// dottedRe is a date written day first with dots, as Europe writes
	// it, after a label ("Date 10.06.2013", "Published: 1.2.2020"): alone
	// or after other words, "1.10.2019" is as often a version number.
	// With a two-digit year it is written month first, as America writes
	// it ("Date of Publication: 03.24.12"), unless the first number cannot
	// be a month.
	dottedRe = regexp.MustCompile(`(?i)\b(?:date(?: of publication)?|publication date|published|posted(?: on)?|updated)` +
		`\s*[:\-–—]?\s*(\d{1,2}\.\d{1,2}\.(?:\d{4}|\d\d))\b`)
	// monthYearRe is a month and its year after a label ("Published
	// March, 2012"), which dates a piece though it names no day; alone, a
	// month and its year is an archive's link ("March 2012").
	monthYearRe = regexp.MustCompile(`(?i)\b(?:date|published|posted(?: on)?|updated)\s*[:\-–—]?\s*` +
		`((?-i:` + monthPattern + `)\.?,?\s+(?:19|20)\d\d)\b`)
	// shortYearRe is a date with a two-digit year after the month and the
	// day, closing the line or before a separator ("Mar. 24, 12 · Space
	// Zone"): before a word, the number is no year ("On Mar. 24, 12 probes
	// landed").
	shortYearRe          = regexp.MustCompile(`\b(` + monthPattern + `\.?\s+\d{1,2},\s+\d\d)(?:\s+[·|•]|\s*$)`)
	datePartsMDShort     = regexp.MustCompile(`^(` + monthPattern + `)\.?\s+(\d{1,2}),\s+(\d\d)$`)
	datePartsDottedShort = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d\d)$`)
	pubLineRe            = regexp.MustCompile(`(?i)(?:\b|\d)(?:published|first appeared|appeared first|originally appeared|posted on|posted|date|updated)\b`)
	// republishedRe is a note that the page republishes a piece that
	// appeared first elsewhere ("This post first appeared on X on 21 March
	// 2012"): its date is the other outlet's (republished).
	republishedRe = regexp.MustCompile(`(?i)\b(?:first appeared|appeared first|originally appeared|originally published|republished)\b`)
	// ownDateNext is a date right after such a label, which names no
	// other outlet: the page's own ("Originally published: 03/24/2012").
	ownDateNext = regexp.MustCompile(`(?i)^\s*[:\-–—]?\s*(?:on\s+)?(?:` + weekdayPattern + `)?(?:` + datePattern + `)`)
	// labelledDate is a date right after its label, as a news site's
	// byline strip gives it between its "·" or "|" ("Jane Roe · Site ·
	// Posted: Oct 14, 2022 9:27 AM ET"), a strip the cleaner reads as a
	// menu.
	labelledDate = regexp.MustCompile(`(?i)\b(?:published|posted(?: on)?|updated)\s*:?\s*` +
		`(?:` + weekdayPattern + `)?(?:` + datePattern + `)\b`)
	// entryPosted is a blog's closing line, too long for a metadata line:
	// "This entry was posted on Sunday, December 30th, 2012 at 3:00 pm and
	// is filed under ...".
	entryPosted = regexp.MustCompile(`(?i)^(?:this|the) (?:entry|post|article|story) was (?:posted|published|written)\b`)
)

// findDate returns the publication date: from a "Published ..." line
// first, else a date on its own line or in a title or byline of the
// header or of the author's byline when it opens the body under a
// summary (metaLine.lead), else a "first appeared ..." line (the date of
// the piece where it appeared first), else a date in another line of the header that is not
// a sentence; when none, from a labelled line of its own below the
// article, past its teasers ("Date 10.06.2013"), or else a blog's closing
// line, anywhere ("This entry was posted on Sunday, December 30th, 2012 at
// 3:00 pm and is filed under ..."). Dates inside body prose and in table
// rows (but for a "Published"/"Date" row) are not read.
func findDate(md metaDoc, byline metaLine) (metaLine, string, string, bool) {
	best, bestScore, date := metaLine{}, 0, ""
	consider := func(l metaLine, header bool) {
		if d, score := dateScore(l, header); score > bestScore {
			best, bestScore, date = l, score, d
		}
	}
	for _, l := range md.header {
		consider(l, true)
	}
	if byline.lead {
		consider(byline, true) // "By Jane Roe | June 5, 2013 -- 13:03 GMT"
	}
	for _, l := range md.footer {
		consider(l, false)
	}
	for _, l := range md.tail {
		if bestScore == 0 && l.solo && pubLineRe.MatchString(l.s) {
			consider(l, false)
		}
	}
	for i := len(md.lines) - 1; i >= 0 && bestScore == 0; i-- {
		if d := closingDate(md.lines[i].s); d != "" { // above its reader comments, if any
			best, bestScore, date = md.lines[i], 1, d
		}
	}
	if bestScore == 0 {
		return metaLine{}, "", "", false
	}
	return best, date, isoDate(date), true
}

// closingDate returns the date of a blog's closing line ("This entry was
// posted on Sunday, December 30th, 2012 at 3:00 pm ..."), or "".
func closingDate(s string) string {
	if !entryPosted.MatchString(s) {
		return ""
	}
	loc := labelledDate.FindStringIndex(s)
	if loc == nil {
		return ""
	}
	sub := s[loc[0]:loc[1]]
	d := dateIndex(sub)
	return sub[d[0]:d[1]]
}

// dateScore returns the date line l holds (in the header or not) and how
// sure it is that it dates the document (0: not). A line of furniture
// dates it only in the header, with its date labelled (labelledDate: a
// byline strip read as a menu), and less surely than any other dated
// line of its own: a footer's "Page last updated: …" or a teaser's
// "Posted: …" in a menu dates another page or the site.
func dateScore(l metaLine, header bool) (string, int) {
	if l.ui && !(header && labelledDate.MatchString(l.s)) || utf8.RuneCountInString(l.s) > maxMetaLine || photoCredit(l.s) {
		return "", 0 // a photo's caption dates the photo, not the page
	}
	loc := dateIndex(l.s)
	if loc == nil {
		return "", 0
	}
	score := 0
	switch _, only := dateOnly(l.s); {
	case republished(l.s):
		// the date of the piece's first appearance elsewhere dates this
		// page only when the page has no dated line of its own
		score = 2
	case pubLineRe.MatchString(l.s) && !updateOnly(l.s):
		score = 4
	case pubLineRe.MatchString(l.s):
		// an update's date ("Updated: …", "2025-09-05 edit: Updated
		// instructions") dates the page when nothing dates its first
		// publication, not before a dated line of its own
		score = 2
	case strings.ContainsRune(l.s, '\t'):
		// A table row dates what its label names ("Founded\tFebruary
		// 28, 1998"), not the document.
	case only, header && l.solo && !blockEndsSentence(l.s):
		score = 3
	case header && !blockEndsSentence(l.s):
		score = 1
	}
	if l.ui {
		// a byline strip read as a menu, or a teaser's: the page's own
		// dated line, when it has one, comes first
		score = min(score, 2)
	}
	return l.s[loc[0]:loc[1]], score
}

// updateOnly reports whether the only publication label of s is
// "updated".
func updateOnly(s string) bool {
	for _, m := range pubLineRe.FindAllString(s, -1) {
		if !strings.HasSuffix(strings.ToLower(m), "updated") {
			return false
		}
	}
	return true
}

// republished reports whether s notes that the page republishes a piece
// that appeared first elsewhere ("This post first appeared on X on 21
// March 2012", "originally published on X"), not the page's own first
// date, which follows the label ("Originally published March 24, 2012 at
// 6:00 am", beside a later "Updated ...").
func republished(s string) bool {
	loc := republishedRe.FindStringIndex(s)
	return loc != nil && !ownDateNext.MatchString(s[loc[1]:])
}

// dateOnly returns the date of a line that is little more than a date
// ("October 8, 2012", "Posted on Mar 3, 2012 at 10:00").
func dateOnly(s string) (string, bool) {
	loc := dateIndex(s)
	if loc == nil {
		return "", false
	}
	rest := s[:loc[0]] + " " + s[loc[1]:]
	return s[loc[0]:loc[1]], len(text.Tokens(rest)) <= 3
}

// dateLine reports whether s is a date alone or opens with one, after the
// name of its day if any: "June 8, 2015", "Nov. 20, 2019Updated: Nov. 20,
// 2019 1:35 a.m.", "24 Mar 2012 06:07AM (Updated: 24 Mar 2012 07:46AM)".
func dateLine(s string) bool {
	_, only := dateOnly(s)
	loc := dateIndex(s)
	day := leadingWeekday.FindStringIndex(s)[1]
	return only || loc != nil && loc[0] == day
}

// leadingWeekday is the name of a day that opens a date line: "Friday 18
// November 2011 18.00 EST First published on …".
var leadingWeekday = regexp.MustCompile(`^(?:` + weekdayPattern + `)?`)

// dateIndex returns where s first holds a date, as dateRe or gluedDate
// reads it, else where dottedRe, monthYearRe or shortYearRe does, or nil.
func dateIndex(s string) []int {
	loc := dateRe.FindStringIndex(s)
	if g := gluedDate.FindStringIndex(s); g != nil && (loc == nil || g[0] < loc[0]) {
		return []int{g[0], g[1] - 1} // the first date, run into the next word
	}
	if loc != nil {
		return loc
	}
	for _, re := range []*regexp.Regexp{dottedRe, monthYearRe, shortYearRe} {
		if m := re.FindStringSubmatchIndex(s); m != nil {
			return m[2:4]
		}
	}
	return nil
}

var monthNumbers = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// isoDate returns d (as matched by dateRe or dottedRe) as YYYY-MM-DD, or "" if it is
// not a real day.
func isoDate(d string) string {
	d = strings.Join(strings.Fields(d), " ")
	var day, year int
	var month time.Month
	if m := datePartsMD.FindStringSubmatch(d); m != nil {
		month, day, year = monthNumbers[strings.ToLower(m[1][:3])], atoi(m[2]), atoi(m[3])
	} else if m := datePartsDM.FindStringSubmatch(d); m != nil {
		day, month, year = atoi(m[1]), monthNumbers[strings.ToLower(m[2][:3])], atoi(m[3])
	} else if t, err := time.Parse("2006-01-02", d); err == nil {
		day, month, year = t.Day(), t.Month(), t.Year()
	} else if m := datePartsDotted.FindStringSubmatch(d); m != nil {
		day, month, year = atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]) // "10.06.2013": day first, as Europe writes it
	} else if m := datePartsSlash.FindStringSubmatch(d); m != nil {
		month, day = monthFirst(m[1], m[2]) // "11/19/2019": month first, as America writes it
		year = atoi(m[3])
	} else if m := datePartsDottedShort.FindStringSubmatch(d); m != nil {
		month, day = monthFirst(m[1], m[2]) // "03.24.12"
		year = fullYear(m[3])
	} else if m := datePartsMDShort.FindStringSubmatch(d); m != nil {
		month, day, year = monthNumbers[strings.ToLower(m[1][:3])], atoi(m[2]), fullYear(m[3]) // "Mar. 24, 12"
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if month == 0 || t.Day() != day || t.Month() != month {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day)
}

// monthFirst returns the month and the day of a date written with
// numbers, month first ("11/19"), unless the first cannot be a month
// ("19/11").
func monthFirst(a, b string) (time.Month, int) {
	m, d := atoi(a), atoi(b)
	if m > 12 {
		m, d = d, m // "19/11"
	}
	return time.Month(m), d
}

// fullYear returns a two-digit year in full: "12" is 2012, "98" 1998.
func fullYear(yy string) int {
	y := atoi(yy)
	if y >= 70 {
		return 1900 + y
	}
	return 2000 + y
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// listedMinWords is the fewest words of a title that listedDate matches:
// a shorter one ("Home", "News") names other pages too.
const listedMinWords = 3

// listedDate returns the date a site's list of its posts gives the page,
// for a page that dates itself nowhere else: a line that is the page's
// title and a date ("How to Add Schema Markup to a Page in WordPress -
// June 30, 2014", a "Latest posts" sidebar), or a date line ("June 30,
// 2014 • No Comment"), which opens with the date, right under a line that
// is the title alone.
func listedDate(md metaDoc, title string) (metaLine, string, bool) {
	ft := text.Fold(title)
	if len(text.Tokens(ft)) < listedMinWords {
		return metaLine{}, "", false
	}
	for i, l := range md.lines {
		if loc := dateIndex(l.s); loc != nil && loc[0] > 0 && strings.TrimSpace(l.s[loc[1]:]) == "" &&
			text.Fold(strings.TrimRight(l.s[:loc[0]], " -–—|•·:,")) == ft {
			return l, l.s[loc[0]:loc[1]], true
		}
		if i+1 < len(md.lines) && text.Fold(l.s) == ft {
			next := md.lines[i+1]
			if loc := dateIndex(next.s); loc != nil && loc[0] == 0 && dateLine(next.s) {
				return next, next.s[loc[0]:loc[1]], true
			}
		}
	}
	return metaLine{}, "", false
}
