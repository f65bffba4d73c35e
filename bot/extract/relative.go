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
	// reWritersYear is a year said relative to the writer's, with the
	// month before it: "May last year", "this year", "next year".
	reWritersYear = regexp.MustCompile(`\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?([Tt]his|[Ll]ast|[Nn]ext)\s+year\b`)
	// reDocYear is the year of a document's date.
	reDocYear = regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`)
)

// relativeDates returns what the relative dates of answer sentence s
// are, in a document dated date, for a question asking for a date
// ("“May last year” is May 2011, the document being dated October 8,
// 2012"); "" when s has none, or date has no year.
func relativeDates(s, date string) string {
	m := reDocYear.FindString(date)
	if m == "" {
		return ""
	}
	year, _ := strconv.Atoi(m)
	var says []string
	for _, r := range reWritersYear.FindAllStringSubmatch(s, maxRelativeDates) {
		y := year + map[string]int{"this": 0, "last": -1, "next": 1}[strings.ToLower(r[2])]
		value := strconv.Itoa(y)
		if r[1] != "" {
			value = r[1] + " " + value
		}
		says = append(says, fmt.Sprintf("“%s” is %s", r[0], value))
	}
	if len(says) == 0 {
		return ""
	}
	return strings.Join(says, ", ") + ", the document being dated " + date
}
