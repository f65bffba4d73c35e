package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/text"
)

// The names of people, as bylines and author lines give them, and the
// words that tell them from a site's menu, a manual's labels and the
// names of organisations.

// nameParticles may stand lower-case inside a person's name.
var nameParticles = map[string]bool{"de": true, "da": true, "van": true, "von": true, "bin": true,
	"al": true, "el": true, "la": true, "le": true, "du": true, "del": true, "della": true, "di": true,
	"ibn": true, "ben": true, "der": true, "den": true, "and": true}

// orgWords end the names of organisations and places, never of people:
// "Mozilla Corporation", "Wikimedia Foundation", "Stanford University",
// "Melbourne Cricket Ground", a page's "Loading Photo Gallery".
var orgWords = nameSet(`corporation corp inc incorporated ltd llc plc gmbh company foundation
	university college institute association society agency council committee ministry department
	gallery museum center centre club network media magazine journal newspaper press stadium arena ground
	fc f.c afc a.f.c c.f`)

// navWords begin the links of a page's navigation and the labels of its
// buttons, never the names of people: "Next Post", "Previous Article",
// "Related Stories", "Share Article", "Printer Friendly", "Read Later",
// "Get Home Delivery".
var navWords = nameSet(`next previous prev older newer related recent popular latest trending featured share
	print printer email subscribe follow read get sign log`)

// navItems end the links of a page's navigation that navWords begin:
// "Next Post", "Related Stories", "Latest News", "Popular Today".
var navItems = nameSet(`post posts article articles story stories entry entries page pages news item items
	link links video videos photos galleries comments topics coverage content reads headlines updates
	home today now week`)

// navLink reports whether s reads as a link of a page's navigation: up
// to three words, the first of navWords, the last of navItems ("Next
// Post", "Related Stories"), or a navigation word alone ("Related"). A
// headline that opens with one ("Next Generation Rovers", "Popular
// Mechanics") is none.
func navLink(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 || !navWords[strings.ToLower(f[0])] {
		return false
	}
	return len(f) == 1 || navItems[strings.ToLower(f[len(f)-1])]
}

// labelWords end the labels of a changelog's or a manual's sections, never
// the names of people: "BUG FIXES", "Release Notes", "Breaking Changes".
var labelWords = nameSet(`fixes bugfixes notes features changes changelog issues improvements
	enhancements deprecations additions removals highlights updates`)

// namedLine returns the person's name a line gives: the whole line
// (personName), the name before the place it was written at ("Tom
// Kington in Rome": namedFrom), or the name before a comma when what follows it names an
// organisation or a place (orgWords: "Andrew Ramsey, Melbourne Cricket
// Ground", "Jane Roe, Stanford University") or starts with a site's
// domain name ("Keith Spera, NOLA.com | The Times-Picayune"), or the name
// before a degree (degreeName: "Jane Roe, M.D.").
func namedLine(s string) (string, bool) {
	if name, ok := degreeName(s); ok {
		return name, true
	}
	if name, ok := personName(s); ok {
		return name, true
	}
	if m := namedFrom.FindStringSubmatch(s); m != nil {
		if name, ok := personName(m[1]); ok {
			return name, true // "Tom Kington in Rome"
		}
	}
	name, words := splitComma(s)
	if len(words) == 0 || !orgWords[strings.ToLower(strings.Trim(words[len(words)-1], ".,"))] && !domainName.MatchString(strings.TrimRight(words[0], ".,;")) {
		return "", false
	}
	return personName(name)
}

// placed reports whether s names a person only as "a name in a place"
// (namedFrom: "Tom Kington in Rome"), a form a subheadline takes too
// ("Stars Shoot Jets in Cosmic Playground"): under a headline such a
// line is a byline only over its date (datedNext).
func placed(s string) bool {
	_, whole := personName(s)
	return !whole && namedFrom.MatchString(s)
}

// staffWords end what follows a byline's name after a comma when it says
// whose writer the person is: "Andy Greenberg, Forbes Staff", "Jane Roe,
// Contributing Writer".
var staffWords = nameSet(`staff writer writers reporter correspondent columnist contributor editor`)

// staffName returns the person a line names before the paper or site
// they write for: "Andy Greenberg, Forbes Staff" (staffWords), a byline
// wherever a page sets it in its header.
func staffName(s string) (string, bool) {
	name, words := splitComma(s)
	if len(words) == 0 || len(words) > 4 || !staffWords[strings.ToLower(strings.Trim(words[len(words)-1], ".,"))] {
		return "", false
	}
	return personName(name)
}

// bylineStrip reports whether s, a line read as a menu, is a byline set
// apart by bars as a menu is: one that names a site by its domain name
// (siteByline), or a name before its date ("JANE ROE | 03/24/12 06:13 AM
// |": datedName).
func bylineStrip(s string) bool {
	_, dated := datedName(s)
	return dated || siteByline(s)
}

// siteByline reports whether s reads as a byline that names a site by its
// domain name after the author's: "Keith Spera, NOLA.com | The
// Times-Picayune" (the name itself is personName's to judge).
func siteByline(s string) bool {
	_, words := splitComma(s)
	return len(words) > 0 && domainName.MatchString(strings.TrimRight(words[0], ".,;"))
}

// splitComma returns what stands before the first ", " of s and the words
// after it (none when s has no such comma).
func splitComma(s string) (string, []string) {
	before, after, ok := strings.Cut(s, ", ")
	if !ok {
		return "", nil
	}
	return before, strings.Fields(after)
}

// personName reports whether s is a person's name (or two joined by
// "and"): two to eight capitalised words, with particles, no digits, no
// other stop words (nor "us", which the stop list lacks: a menu's "Contact
// Us", "About Us"), no label ("Source: BuzzFeed", "BUG FIXES":
// labelWords), no word twice unless the whole name is said twice (once:
// a row of buttons, "Follow Comments Following Comments"), no dateline's
// place ("TOPEKA, KS": stateCode), no table cells ("Founder\tNetscape
// Communications Corporation") and no organisation (orgWords). It returns
// s trimmed of surrounding punctuation.
func personName(s string) (string, bool) {
	s = strings.Trim(strings.TrimSpace(s), "*.:,;-–— ")
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 8 || utf8.RuneCountInString(s) > 60 || strings.ContainsRune(s, '\t') {
		return "", false
	}
	if last := strings.ToLower(strings.Trim(words[len(words)-1], ".,")); orgWords[last] || labelWords[last] || navWords[strings.ToLower(words[0])] {
		return "", false
	}
	if _, after, ok := strings.Cut(s, ", "); ok && stateCode.MatchString(after) {
		return "", false // "TOPEKA, KS": a dateline's place
	}
	if repeats(words) && once(s) == s {
		return "", false // "Follow Comments Following Comments Unfollow Comments", a row of buttons
	}
	for i, w := range words {
		if strings.HasSuffix(w, ":") {
			return "", false
		}
		if nickname(words, i) {
			continue // Amanda "Tania Mae" Tan
		}
		switch {
		case nameParticles[strings.ToLower(w)] && i > 0 && i < len(words)-1:
		case !nameWord(w):
			return "", false
		}
	}
	return s, true
}

// nameWord reports whether w may be a word of a name: capitalised, no
// stop word (nor "us": a menu's "Contact Us"), no digits or symbols.
func nameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	lw := strings.ToLower(w)
	return unicode.IsUpper(r) && !text.IsStop(lw) && lw != "us" && !strings.ContainsAny(w, "0123456789_@/&")
}

// once returns a name the page printed twice in a row, run together or
// apart ("Adam RogersAdam Rogers": a byline's link and its text, joined by
// scraping), as said once; any other name as it is.
func once(name string) string {
	h := len(name) / 2
	if h >= 3 && name[:h] == name[h:] {
		return name[:h]
	}
	if h >= 3 && len(name)%2 == 1 && name[h] == ' ' && name[:h] == name[h+1:] && strings.Contains(name[:h], " ") {
		return name[:h]
	}
	for _, sep := range []string{". ", ", "} {
		if a, b, ok := strings.Cut(name, sep); ok && a == b && strings.Contains(a, " ") {
			return a // "Erik Klemetti. Erik Klemetti": a link's text and the name after it
		}
	}
	return name
}

// stateCode is a state's or a country's code of two capitals, as a
// dateline puts it after its city ("TOPEKA, KS").
var stateCode = regexp.MustCompile(`^[A-Z]{2}\.?$`)

// repeats reports whether a word other than a particle ("de", "and")
// stands twice among words, case aside.
func repeats(words []string) bool {
	seen := make(map[string]bool, len(words))
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if nameParticles[lw] {
			continue
		}
		if seen[lw] {
			return true
		}
		seen[lw] = true
	}
	return false
}

// nickname reports whether words[i] is a word of a capitalised nickname
// in double quotes inside a name, between its first and last words:
// `Amanda "Tania Mae" Tan`.
func nickname(words []string, i int) bool {
	opens := func(w string) bool { return strings.HasPrefix(w, `"`) || strings.HasPrefix(w, "“") }
	closes := func(w string) bool { return strings.HasSuffix(w, `"`) || strings.HasSuffix(w, "”") }
	if i == 0 || i == len(words)-1 {
		return false
	}
	lo, hi := i, i
	for lo > 0 && !opens(words[lo]) {
		lo--
	}
	for hi < len(words)-1 && !closes(words[hi]) {
		hi++
	}
	if lo == 0 || hi == len(words)-1 || !opens(words[lo]) || !closes(words[hi]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(words[i], `"“`))
	return unicode.IsUpper(r)
}

// degreeName returns the person a line names before a degree, with the
// author's tagline after it or not: "Jane Roe Ph.D. The Science of
// Space", "Jane Roe, M.D.", "Jane Roe, PhD".
func degreeName(s string) (string, bool) {
	m := nameDegree.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	return personName(m[1])
}

// nameDegree is two to five capitalised words and a doctor's or a
// master's degree after them ("Ph.D.", "MD", "Psy.D.", "MBA").
var nameDegree = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,4}),? ` +
	`(?:Ph\.? ?D|M\.?D|Psy\.?D|Ed\.?D|D\.?Phil|MPH|MBA|LCSW)\.?(?:\s|$)`)

var (
	// domainName is a site's domain name: "NOLA.com", "www.bbc.co.uk",
	// "cricket.com.au", a name ending in one of a few top-level domains; a
	// version ("v1.2") or a file name ("main.go") ends in none, but a file
	// or a project named with one does ("MANIFEST.in", "Socket.io").
	domainName = regexp.MustCompile(`^(?i:www\.)?[\pL\d][\pL\d-]*(?:\.[\pL\d-]+)*\.(?i:com|org|net|gov|edu|int|mil|info|news|io|co|us|uk|au|ca|nz|ie|in|pk|de|fr)$`)
	// namedFrom is a name and the place the piece was written at, as a
	// byline gives them: "Tom Kington in Rome", "Jason Burke in New Delhi".
	namedFrom = regexp.MustCompile(`^(.+?) in (\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+)?)$`)
)

// datedName returns the person a line names before a date: "Jane Roe -
// Apr 16, 2015 8:02 pm UTC", "Jane Roe | March 3, 2019", "Jane Roe
// Thursday, March 25, 2021", "JANE ROE | 03/24/12 06:13 AM |" (a slashed
// date with a two-digit year, which dates nothing alone, follows a name
// as a byline's date).
func datedName(s string) (string, bool) {
	for _, loc := range nameDateSep.FindAllStringIndex(s, -1) {
		rest := strings.TrimLeft(s[loc[1]:], " ")
		if d := dateRe.FindStringIndex(rest); d != nil && d[0] == 0 || shortSlashed.MatchString(rest) {
			return personName(withoutRole(s[:loc[0]]))
		}
	}
	return "", false
}

// withoutRole returns a name without the role in brackets after it:
// "Jane Roe (Blog)" is Jane Roe.
func withoutRole(s string) string {
	if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		return s[:i]
	}
	return s
}

// shortSlashed is a slashed date with a two-digit year opening a line's
// rest: "03/24/12 06:13 AM".
var shortSlashed = regexp.MustCompile(`^\d{1,2}/\d{1,2}/\d\d\b`)

// nameDateSep separates a name from the date after it in a byline: a
// dash or a bar, or the name of the date's day ("Jane Roe Thursday, March
// 25, 2021"). datedName takes the first after which a date follows, so
// "Joe Friday | March 25, 2021" keeps its surname.
var nameDateSep = regexp.MustCompile(`\s+[-–—|]\s+|\s+` + weekdays + `,?`)
