package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The photo credits and captions that stand near a headline, which are
// neither the headline nor its byline, and do not date the page.

// photoCredit reports whether s is a photo's credit, which stands between
// a page's headline and its byline or body: "Image by Getty Images",
// "Photo courtesy of NASA", an embedded post's caption ("A photo posted by
// Lewis Hamilton (@lewishamilton) on Nov 11, 2015"), "Photo: Reuters" (a label and at most four
// capitalised words), or a name and an agency split by a slash, in
// capitals, in brackets or not ("ESA/ATG", "(Scott Heins/Gothamist)",
// "REUTERS/Kevin Lamarque"), or a caption ending in such a credit joined
// by a dash ("…near Lost Hills, California.David McNew—Getty Images"). A
// gallery's headline ("Photos: Floods Sweep the Valley") is none, nor a
// headline that joins two words by a slash ("Israel/Palestine Talks
// Resume": one word before it, not in capitals, and more after it).
func photoCredit(s string) bool {
	if m := creditLabel.FindStringSubmatch(s); m != nil {
		if m[1] != ":" {
			return true
		}
		words := strings.Fields(m[2])
		return len(words) > 0 && len(words) <= 4 && !slices.ContainsFunc(words, func(w string) bool {
			r, _ := utf8.DecodeRuneInString(w)
			return !unicode.IsUpper(r) && !unicode.IsDigit(r)
		})
	}
	if creditEnd.MatchString(s) {
		return true
	}
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = s[1 : len(s)-1]
	}
	m := creditSlash.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	return strings.Contains(m[1], " ") || strings.ToUpper(m[1]) == m[1] || !strings.Contains(m[2], " ")
}

var (
	creditLabel = regexp.MustCompile(`(?i)^(?:an? )?(?:images?|photos?|photograph|picture|illustration|video|credit)\s*(by\b|:|courtesy\b|(?:posted|shared) by\b)\s*(.*)$`)
	// creditEnd is a caption ending in its credit, a name and an agency
	// joined by a dash: "…near Lost Hills, California.David McNew—Getty
	// Images".
	creditEnd   = regexp.MustCompile(`[.!?]["”’]?\s*\p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}.\-]*){0,2} ?[—–] ?\p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}.\-]*){0,2}$`)
	creditSlash = regexp.MustCompile(`^(\p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}.\-]*){0,2})/(\p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}.\-]*){0,2})$`)
)
