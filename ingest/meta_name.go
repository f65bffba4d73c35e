package ingest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/text"
)

// The words of a scraped page's name (its first line) and of the lines
// that may repeat it.

// sideAgain returns the line of the header nearest the body that is a
// or b, a side of the page's name, alone (sameWords), that side, and the
// other one. A site's name may head the page too, but its headline comes
// last.
func sideAgain(md metaDoc, a, b string) (metaLine, string, string, bool) {
	for i := len(md.header) - 1; i > 0; i-- {
		l := md.header[i]
		if l.ui || len(text.Tokens(l.s)) < 2 || utf8.RuneCountInString(l.s) > maxMetaLine {
			continue
		}
		switch {
		case sameWords(l.s, a):
			return l, a, b, true
		case sameWords(l.s, b):
			return l, b, a, true
		}
	}
	return metaLine{}, "", "", false
}

// sameWords reports whether a line and a side of a page's name are the
// same words, whatever white space separates them: a page's headline may
// hold a no-break space where its name has a plain one.
func sameWords(line, s string) bool {
	if line == s {
		return true
	}
	return strings.Join(strings.Fields(line), " ") == strings.Join(strings.Fields(s), " ")
}

// siteSide reports whether side, a side of a page's name set apart by a
// "|" that stands again alone, is a site's name rather than the headline:
// three words at most, beside a side of five and more with no other "|".
func siteSide(side, other string) bool {
	return len(strings.Fields(side)) <= 3 && len(strings.Fields(other)) >= 5 && !strings.Contains(other, "|")
}

// nearWords reports whether headlines a and b say much the same: they
// share three distinct content words at least, and three fifths of the
// distinct words of the longer.
func nearWords(a, b string) bool {
	ta, tb := distinct(text.Terms(a)), distinct(text.Terms(b))
	shared := 0
	for _, t := range ta {
		if slices.Contains(tb, t) {
			shared++
		}
	}
	return shared >= 3 && 5*shared >= 3*max(len(ta), len(tb))
}

// distinct returns ts sorted, without repeats.
func distinct(ts []string) []string {
	slices.Sort(ts)
	return slices.Compact(ts)
}

// pageSides returns the sides of a page's name around the separator at
// loc, and whether the separator is a "|".
func pageSides(first string, loc []int) (a, b string, piped bool) {
	return strings.TrimSpace(first[:loc[0]]), strings.TrimSpace(first[loc[1]:]), strings.TrimSpace(first[loc[0]:loc[1]]) == "|"
}

// siteName returns s, a side of the page's name, when it reads as the name
// of a site or a publication ("The Seattle Times", "BBC News", "Ars
// Technica") and either a "|" set it apart (piped: "Headline | Site", the
// way pages name themselves) and it has two words or more, or the page
// names it again below its first line (in its navigation, a copyright
// line), else "": a label beside a headline ("Re: …", "Chapter 3: …", "…
// – OpEd", "… | Blog", "… | Home") stands only there. A domain name
// ("whitehouse.gov", "cricket.com.au") is a site's name however written,
// and so is a name set apart by a "|" that heads the page again on a line
// of its own, its masthead, in lower case too ("cucumber yogurt raita
// salad | smitten kitchen" over "smitten kitchen"; a menu item that
// repeats the side reads so as well).
func siteName(md metaDoc, s string, piped bool) string {
	if domainName.MatchString(s) || piped && masthead(md, s) {
		return s
	}
	r, _ := utf8.DecodeRuneInString(s)
	n := len(strings.Fields(s))
	if n == 0 || n > 6 || !unicode.IsUpper(r) || strings.ContainsAny(s, "|:") {
		return ""
	}
	if piped && n > 1 {
		return s
	}
	for _, l := range md.lines[md.header[0].n+1:] {
		if containsWord(l.s, s) {
			return s
		}
	}
	return ""
}

// masthead reports whether s, of two to six words, stands alone on a line
// of the header below the page's name.
func masthead(md metaDoc, s string) bool {
	if n := len(strings.Fields(s)); n < 2 || n > 6 || strings.ContainsAny(s, "|:") {
		return false
	}
	for _, l := range md.header[1:] {
		if l.s == s {
			return true
		}
	}
	return false
}

// containsWord reports whether s holds w with no letter or digit on
// either side ("BBC News" in "© 2015 BBC News.", not in "BBC Newsround").
func containsWord(s, w string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		off = i + 1
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// withoutLabel returns s without the short bracketed label that ends it
// ("(Opinion)", "[Video]": three words at most) when two words at least
// stand before it, the way a page's name may tag its headline; else s.
func withoutLabel(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || s[len(s)-1] != ')' && s[len(s)-1] != ']' {
		return s
	}
	i := strings.LastIndexAny(s, "([")
	if i < 0 || len(strings.Fields(s[i:])) > 3 || !bracketsBalanced(s[i:]) {
		return s
	}
	if head := strings.TrimSpace(s[:i]); len(strings.Fields(head)) >= 2 {
		return head
	}
	return s
}

// bylineLine reports whether s is a byline or a date line, which stand
// under a headline: "By Jane Roe", "By" alone, "Jane Roe - Apr 16, 2015",
// "March 24, 2012", "24 Mar 2012 06:07AM (Updated: 24 Mar 2012 07:46AM)"
// (dateLine). A name alone may be a site's ("Valley Radio News").
func bylineLine(s string) bool {
	if bylineRe.MatchString(s) || postedOnBy.MatchString(s) || emptyByline.MatchString(text.Fold(s)) {
		return true
	}
	if _, ok := datedName(s); ok {
		return true
	}
	return dateLine(s)
}

// bylinedAgain returns the line above the body, nearest it, where side, a
// side of a page's name, stands alone again with a byline or a date line
// among the titleWalk lines under it: the headline over its byline, past
// a navigation longer than the header keeps ("Climate change is a form of
// terror" over "By John D. Sutter, CNN", a carousel of videos under them).
func bylinedAgain(md metaDoc, side string) (metaLine, bool) {
	if !md.body || len(md.header) == 0 || len(text.Tokens(side)) < 2 {
		return metaLine{}, false
	}
	end := md.header[len(md.header)-1].n
	for i := end; i > md.header[0].n; i-- {
		l := md.lines[i]
		if l.ui || !l.solo || !sameWords(l.s, side) {
			continue
		}
		for _, u := range md.lines[i+1 : min(i+1+titleWalk, end+1)] {
			if bylineLine(u.s) {
				return l, true
			}
		}
	}
	return metaLine{}, false
}

// cutShort returns a side of a page's name that the page cut short ("…
// in hypertensive patie..."), less its ellipsis, when four words at least
// stand before it.
func cutShort(side string) (string, bool) {
	head, ok := strings.CutSuffix(side, "...")
	if !ok {
		head, ok = strings.CutSuffix(side, "…")
	}
	head = strings.TrimSpace(head)
	return head, ok && len(text.Tokens(head)) >= 4
}

// truncatedAgain returns the headline of a page whose name holds it cut
// short ("Antihypertensive efficacy of … in hypertensive patie... -
// PubMed - NCBI"): the first line below the name, in the header or the
// body's lead, that stands alone and opens with the side's words, a long
// one too. The other side is the site when it reads as one.
func truncatedAgain(md metaDoc, first string, seps [][]int) (metaLine, string, string, bool) {
	var lines []metaLine // the header below the name, then the body's lead
	for _, loc := range seps {
		a, b, piped := pageSides(first, loc)
		head, ok := cutShort(a)
		if !ok {
			continue
		}
		if lines == nil {
			lines = slices.Concat(md.header[1:], md.lead)
		}
		head = oneLine(text.Fold(head))
		for _, l := range lines {
			if l.solo && !l.ui && strings.HasPrefix(oneLine(text.Fold(l.s)), head) {
				return l, l.s, siteName(md, b, piped), true
			}
		}
	}
	return metaLine{}, "", "", false
}
