package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
)

// TestRelativeDates: a year or a month said relative to the document
// is spelt out by the document's date, with the month said before a year;
// nothing is when the date gives no year (or, for a month, no month), or
// the sentence says no such date ("may last years").
func TestRelativeDates(t *testing.T) {
	for _, tt := range []struct{ s, date, want string }{
		{"The general visited Pakistan in May last year.", "October 8, 2012", "“May last year” is May 2011, the document being dated October 8, 2012"},
		{"He was invited earlier this year, and will come next year.", "March 17th 2019", "“this year” is 2019, “next year” is 2020, the document being dated March 17th 2019"},
		{"This year the bridge opened.", "2015-04-16", "“This year” is 2015, the document being dated 2015-04-16"},
		{"The bridge may last years.", "2015-04-16", ""},                    // no year said
		{"The general visited Pakistan in May last year.", "", ""},          // no date
		{"The general visited Pakistan in May last year.", "last week", ""}, // a date without a year
		{"The bridge opened in 1874.", "October 8, 2012", ""},
		{"An outage last month cut power to 2.5 million people.", "Oct 9, 2019", "“last month” is September 2019, the document being dated Oct 9, 2019"},
		{"The line opens next month.", "2019-12-02", "“next month” is January 2020, the document being dated 2019-12-02"},
		{"The line opened this month.", "2019", ""}, // a date without a month
		{"It may last months.", "Oct 9, 2019", ""},
	} {
		if got := relativeDates(tt.s, tt.date); got != tt.want {
			t.Errorf("relativeDates(%q, %q) = %q, want %q", tt.s, tt.date, got, tt.want)
		}
	}
}

// TestRelativeDateAnswer: asked for a date, an answer that gives it
// relative to its document ("last year") says which it is by the
// document's date; asked for something else, or answered from the
// document's metadata (a headline saying "last year"), it does not.
func TestRelativeDateAnswer(t *testing.T) {
	doc := "Stone bridge reopens after last year's floods\n\nOctober 8, 2012\n\n" +
		"The old stone bridge over the river was rebuilt in May last year by a firm that has worked in the valley for a century.\n"
	src := &citebot.Source{Path: "bridge.txt", Title: "Stone bridge reopens after last year's floods", Date: "October 8, 2012"}
	passages := []citebot.Passage{{ID: "bridge#1", Doc: "bridge.txt", Start: 0, End: len(doc), Text: doc, Source: src}}
	for _, tt := range []struct {
		q    string
		says bool
	}{
		{"In what year was the old stone bridge rebuilt?", true},
		{"When was the stone bridge over the river rebuilt?", true},
		{"How long has the firm that rebuilt the old stone bridge worked in the valley?", false},
		{"When was “Stone bridge reopens after last year's floods” published?", false},
	} {
		res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse(tt.q), Passages: passages})
		if !res.Answered {
			t.Fatalf("%q: not answered: %s", tt.q, res.Why)
		}
		if got := strings.Contains(res.Text, "is May 2011, the document being dated October 8, 2012"); got != tt.says || strings.Contains(res.Text, "“last year” is") {
			t.Errorf("%q: answer %q; says which year %v, want %v", tt.q, res.Text, got, tt.says)
		}
		for _, c := range res.Citations {
			if doc[c.Start:c.End] != c.Quote {
				t.Errorf("%q: citation %+v is no exact span", tt.q, c)
			}
		}
	}
}
