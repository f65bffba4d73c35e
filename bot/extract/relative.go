package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// A date an answer gives relative to its document's ("in May last year",
// "earlier this year"), which the answer to a date question spells out
// from the document's own date: "In what year did Postnikov visit
// Pakistan?" is answered by "… Postnikov's visit to Pakistan in May last
// year", in an article dated October 8, 2012.

// maxRelativeDates is how many relative dates of one answer are spelt out.
const maxRelativeDates = 2

var (
	// reWritersDate is a year or a month said relative to the writer's,
	// a year with the month before it: "May last year", "this year",
	// "next year", "last month".
	reWritersDate = regexp.MustCompile(`\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?([Tt]his|[Ll]ast|[Nn]ext)\s+(year|month)\b`)
	// reDocYear is the year of a document's date.
	reDocYear = regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`)
	// reDocMonth is the month of a document's date, by its name or its
	// abbreviation ("October 8, 2012", "Oct 14, 2022") or its number in
	// an ISO date ("2012-10-08").
	reDocMonth = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:1[89]|20)\d\d-(\d\d)-\d\d\b`)
)

// relativeShift is how many years or months "this", "last" and "next"
// move from the document's.
var relativeShift = map[string]int{"this": 0, "last": -1, "next": 1}

// monthNames are the months, January first.
var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// relativeDates returns what the relative dates of answer sentence s
// are, in a document dated date, for a question asking for a date
// ("“May last year” is May 2011, the document being dated October 8,
// 2012"; "“last month” is September 2012"); "" when s has none, or date
// has no year (or, for a month, no month).
func relativeDates(s, date string) string {
	m := reDocYear.FindString(date)
	if m == "" {
		return ""
	}
	year, _ := strconv.Atoi(m)
	month := docMonth(date)
	var says []string
	for _, r := range reWritersDate.FindAllStringSubmatch(s, maxRelativeDates) {
		shift := relativeShift[strings.ToLower(r[2])]
		var value string
		switch {
		case r[3] == "year" && r[1] != "":
			value = r[1] + " " + strconv.Itoa(year+shift)
		case r[3] == "year":
			value = strconv.Itoa(year + shift)
		case month > 0 && r[1] == "":
			n := year*12 + month - 1 + shift
			value = monthNames[n%12] + " " + strconv.Itoa(n/12)
		default:
			continue // a month, and the document's date gives none
		}
		says = append(says, fmt.Sprintf("“%s” is %s", r[0], value))
	}
	if len(says) == 0 {
		return ""
	}
	return strings.Join(says, ", ") + ", the document being dated " + date
}

// docMonth returns the month (1 to 12) of a document's date, or 0 when
// it gives none.
func docMonth(date string) int {
	m := reDocMonth.FindStringSubmatch(date)
	switch {
	case m == nil:
		return 0
	case m[2] != "":
		n, _ := strconv.Atoi(m[2])
		return n
	}
	for i, name := range monthNames {
		if strings.EqualFold(name[:3], m[1]) {
			return i + 1
		}
	}
	return 0
}
