package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/text"
)

// class is the jusText class of a block: bad blocks are boilerplate, good
// blocks are content, short and near-good blocks are decided by context.
type blockClass uint8

const (
	clsBad blockClass = iota
	clsShort
	clsNearGood
	clsGood
)

// endKind says whether a block opens the matter that follows an article:
// a comment section, or a sidebar of related or recent posts.
type endKind uint8

const (
	endNone endKind = iota
	endComments
	endSidebar
)

// Thresholds of the context-free classification, in runes and in the share
// of stop words among words. The stop-word list of bot/text is short, so
// prose scores lower than with jusText's list (0.25–0.5 on news articles).
const (
	lengthLow     = 70  // below: short, decided by context
	lengthHigh    = 200 // from: may be good on its own
	stopsHigh     = 0.20
	stopsLow      = 0.15
	stopsCaption  = 0.30 // a line without sentence punctuation needs more
	englishStops  = 0.12 // document share below which stop words are ignored
	headingReach  = 200  // runes between a heading and the good block it heads
	longProse     = 400  // runes of prose kept even after the article's end
	runBlocks     = 3    // near-good blocks in a row that make an article of short paragraphs
	maxUIWords    = 8
	maxUIChars    = 400 // runes: longer blocks are never page furniture
	maxTopHeading = 3   // blocks from the top where a title may stand
)

// feat is what the classifier knows of one block.
type blockFeat struct {
	span        text.Span
	raw, fold   string
	norms       []string // foldWords of the text a reader sees (Markdown link targets and images dropped)
	chars       int      // runes
	words       int
	stops       int
	lines       int
	sentenceEnd bool // ends like a sentence: . ? ! : ; or a closing quote after them
	heading     bool // one short line that could head what follows
	markdown    bool // starts with a Markdown heading mark
	code        bool // a line of fenced code, or a fence (markCode)
	tableRow    bool // a line of a Markdown table with a delimiter row (markTables)
	cls         blockClass
	hard        bool // decided by a pattern: context does not change it
	reason      string
	end         endKind
}

// density is the share of stop words among the block's words.
func (f *blockFeat) density() float64 {
	if f.words == 0 {
		return 0
	}
	return float64(f.stops) / float64(f.words)
}

// measure computes the features of the block sp of doc.
func measureBlock(doc string, sp text.Span) blockFeat {
	raw := doc[sp.Start:sp.End]
	visible := raw // the words a reader sees: Markdown link targets and images are not
	if strings.Contains(raw, "](") {
		visible = text.MarkdownLinkText(raw)
	}
	f := blockFeat{span: sp, raw: raw, fold: text.Fold(raw), norms: foldWords(visible), chars: utf8.RuneCountInString(raw)}
	for _, w := range f.norms {
		f.words++
		if text.IsStop(w) {
			f.stops++
		}
	}
	f.lines = strings.Count(strings.TrimSpace(raw), "\n") + 1
	trimmed := strings.TrimRight(f.fold, `"')]*»”’ `)
	f.sentenceEnd = strings.HasSuffix(trimmed, ".") || strings.HasSuffix(trimmed, "?") ||
		strings.HasSuffix(trimmed, "!") || strings.HasSuffix(trimmed, ":") || strings.HasSuffix(trimmed, ";")
	f.markdown = text.IsMarkdownHeading(raw)
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(raw, "#*_ \t"))
	f.heading = f.lines == 1 && f.words > 0 && f.chars < lengthLow && !f.sentenceEnd &&
		(unicode.IsUpper(first) || unicode.IsDigit(first) || f.markdown)
	return f
}

// Patterns of web-page furniture, matched against folded text (lower case,
// plain quotes, single spaces). They name generic web-UI vocabulary, never
// any particular site.
var (
	mdLinkDefs  = regexp.MustCompile(`^(?:[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*(?:\n|$))+$`) // "[docs]: https://... "Docs"", not "[1]: See the report."
	htmlOnly    = regexp.MustCompile(`^(?:\s*<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--[^<>]*--)>)+\s*$`)
	relTime     = regexp.MustCompile(`^(?:\d+|an?|one|a few) (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago$|^(?:just now|yesterday|today)$`)
	copyrightRe = regexp.MustCompile(`^copyright\b|\(c\) ?\d{4}`)
	// copyrightSign is a copyright notice's sign: before a year or a name
	// ("© 2024", "©The Guardian"), or opening the block; not a sign
	// played with in prose ("a manifesto™© we just think ...").
	copyrightSign = regexp.MustCompile(`^\W*©|©\s*(?:\d|\p{Lu})`)
	disclaimer    = regexp.MustCompile(`^(?:disclaimer|fair use notice|terms of (?:use|service)|privacy policy|cookie policy|we use cookies)\b`)
	emptyByline   = regexp.MustCompile(`^(?:by|posted by|written by|words by|author:?)$`)
	commentRe     = regexp.MustCompile(`^(?:\d+\.\s*)?(?:pingback|trackback)s?\b` +
		`|^(?:leave|post|add|write|submit) (?:a|your) (?:reply|comment|response)\b` +
		`|^(?:\d+|no|one|two|three) (?:comments?|responses?|replies|thoughts)(?: on\b.*)?$` +
		`|^comments?(?: \(\d+\))?:?$|^(?:cancel )?reply$` +
		`|^(?:you must be )?log(?:ged)? in to (?:post a )?(?:comment|reply)\b`)
	sidebarRe = regexp.MustCompile(`^(?:recent|related|popular|latest|trending|featured|top|more|similar|other) (?:posts?|articles?|stories|news|reads|entries|videos|comments)$` +
		`|^you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b` +
		`|^(?:also read|read also|see more|read more|related)\b.{0,40}$` +
		`|^most (?:read|popular|viewed|shared|commented)\b.{0,30}$` +
		`|^more (?:from|in|on|by) .{1,40}$` +
		`|^(?:see also|external links|further reading|references|bibliography)$`)
)

// commentPhrases are phrases of comment forms, found anywhere in a block.
var commentPhrases = []string{"comments are closed", "comment is closed", "comments are now closed",
	"your email address will not be published", "required fields are marked"}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// foldWords returns the words of s in lower case: runs of letters, digits
// and combining marks; an apostrophe ends a word and the letters right
// after it ("’s", "’ll") are dropped. It is text.Tokens without stemming.
func foldWords(s string) []string {
	var out []string
	start, skip := -1, false
	flush := func(i int) {
		if start >= 0 && !skip {
			out = append(out, strings.ToLower(s[start:i]))
		}
		start, skip = -1, false
	}
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if start < 0 {
				start = i
			}
		case (r == '\'' || r == '’') && start >= 0 && !skip:
			flush(i)
			start, skip = i, true
		default:
			flush(i)
		}
	}
	flush(len(s))
	return out
}

// uiWords are words of buttons and menus; a short line made only of them
// (and stop words) is page furniture. The value is the reason given.
var uiWords = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields(`share shares print email mail e friendly pdf tweet facebook twitter
		linkedin whatsapp pinterest reddit telegram copy link save bookmark`) {
		m[w] = "share button"
	}
	for _, w := range strings.Fields(`comment comments reply replies leave`) {
		m[w] = "comment section"
	}
	for _, w := range strings.Fields(`subscribe follow newsletter home menu search navigation jump skip content
		main top back next previous prev older newer page login log sign register account read
		more continue reading archives archive categories category tags tag contact advertise
		sitemap rss feed donate toggle close`) {
		m[w] = "navigation"
	}
	return m
}()

// uiReason returns why the block f is page furniture by its words alone, and
// whether it opens the matter after an article; "" if it is not.
func uiReason(f *blockFeat) (string, endKind) {
	if f.words == 0 {
		return "no words", endNone
	}
	if htmlOnly.MatchString(f.raw) || mdLinkDefs.MatchString(f.raw) {
		return "markup", endNone // raw HTML in Markdown (<div align="center">, <img ... />, not <jane@example.com>) or link definitions
	}
	if f.chars > maxUIChars {
		return "", endNone
	}
	s := strings.TrimSpace(strings.TrimLeft(f.fold, "•*·-–>›» \t"))
	switch {
	case commentRe.MatchString(s) || containsAny(s, commentPhrases):
		return "comment section", endComments
	case f.lines == 1 && !f.sentenceEnd && sidebarRe.MatchString(s):
		return "sidebar", endSidebar
	case relTime.MatchString(s):
		return "relative time", endNone
	case copyrightSign.MatchString(f.raw) || strings.Contains(s, "all rights reserved") ||
		strings.Contains(s, "copyright") && copyrightRe.MatchString(s):
		return "copyright", endNone
	case disclaimer.MatchString(s):
		return "disclaimer", endNone
	case emptyByline.MatchString(s):
		return "empty byline", endNone
	}
	if f.markdown {
		return "", endNone
	}
	if linkShare(f.raw) > 0.5 {
		return "link list", endNone
	}
	if r := uiWordsOnly(s); r != "" {
		return r, endNone
	}
	if f.chars < lengthHigh && !f.sentenceEnd && !f.tableRow && menuShape(f.raw) {
		return "menu line", endNone
	}
	return "", endNone
}

// uiWordsOnly returns a reason if the short line s consists of UI words and
// stop words only, with at least one UI word.
func uiWordsOnly(s string) string {
	words := foldWords(s)
	if len(words) == 0 || len(words) > maxUIWords {
		return ""
	}
	reason := ""
	for _, w := range words {
		r, ok := uiWords[w]
		switch {
		case ok && reason == "":
			reason = r
		case !ok && !text.IsStop(w):
			return ""
		}
	}
	return reason
}

// menuShape reports whether a line looks like a menu: items joined by
// separators ("Home | News | Sport", "World | Politics |"), but not a
// Markdown table row that opens and closes with a pipe ("| a | b |").
// The rows of a table with a delimiter row, which may lack either outer
// pipe ("|Library | Avg Speed", "Name | Speed"), are no menu either
// (markTables).
func menuShape(raw string) bool {
	if t := strings.TrimSpace(raw); strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") {
		return false
	}
	seps := 0
	for _, r := range raw {
		switch r {
		case '|', '•', '›', '»', '«', '·', '‹':
			seps++
		}
	}
	return seps >= 2
}

// reTableDelimiter matches the delimiter row of a Markdown table, under its
// header: cells of dashes, each with an optional colon at either end.
var reTableDelimiter = regexp.MustCompile(`(?m)^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$`)

// markTables marks the rows of the Markdown tables of doc: a block that
// holds a delimiter row (reTableDelimiter), the header row above it when
// the delimiter row opens its block, and the blocks with a pipe that run
// on below it, with no blank line between. text.Blocks makes each row a
// block of its own; GFM lets a row go without its outer pipes, and such
// a row alone looks like a menu ("Name | Speed | Size").
func markTables(doc string, fs []blockFeat) {
	adjacent := func(a, b text.Span) bool { return strings.Count(doc[a.End:b.Start], "\n") == 1 }
	for i := range fs {
		if !reTableDelimiter.MatchString(fs[i].raw) {
			continue
		}
		fs[i].tableRow = true
		first, _, _ := strings.Cut(fs[i].raw, "\n")
		if j := i - 1; j >= 0 && reTableDelimiter.MatchString(first) && adjacent(fs[j].span, fs[i].span) && strings.Contains(fs[j].raw, "|") {
			fs[j].tableRow = true
		}
		for j := i + 1; j < len(fs) && adjacent(fs[j-1].span, fs[j].span) && strings.Contains(fs[j].raw, "|"); j++ {
			fs[j].tableRow = true
		}
	}
}

// linkLike reports whether a short line has words joined by underscores,
// like a link to "Current_Issue" (weak evidence: code has them too).
func linkLike(f *blockFeat) bool {
	if f.chars >= lengthLow || f.sentenceEnd {
		return false
	}
	for _, w := range strings.Fields(f.raw) {
		if strings.Contains(strings.Trim(w, "_`*"), "_") && !strings.ContainsAny(w, "`") {
			return true
		}
	}
	return false
}

// linkShare is the share of raw's text as a reader sees it (link targets
// and images dropped: text.MarkdownLinkText) that is the text of Markdown
// links: 1 for a list of links or a line of badges, small for a sentence
// that links a few of its words however long their targets are.
func linkShare(raw string) float64 {
	links := text.MarkdownLinks(raw)
	if len(links) == 0 {
		return 0
	}
	visible := len(strings.TrimSpace(text.MarkdownLinkText(raw)))
	if visible == 0 {
		return 1
	}
	n := 0
	for _, l := range links {
		n += len(strings.TrimSpace(text.MarkdownLinkText(raw[l.Start:l.End])))
	}
	return float64(n) / float64(visible)
}

// bioRe matches a note about the author: "The writer is ...", "*Jane Roe is
// a PhD student ...". bioRole must also match when a name is given, so that
// "Vladimir Putin is expected ..." is not taken for one.
var (
	bioRe = regexp.MustCompile(`^\*?\s*(?:(?:The|This) (?:writer|author|columnist|contributor)s?|` +
		`(?:(?:Dr|Prof|Mr|Ms|Mrs)\.? )?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,4})` +
		` (?:is|was|has been|teaches|works|writes|serves|holds|are)\b`)
	bioWriter = regexp.MustCompile(`^\*?\s*(?:The|This) (?:writer|author|columnist|contributor)`)
	bioRole   = regexp.MustCompile(`(?i)\b(?:ph\.?d|student|professor|lecturer|researcher|research|fellow|analyst|` +
		`editor|journalist|writer|author|director|columnist|correspondent|scholar|associate|contributor|` +
		`freelance|founder|graduate|candidate|expert|consultant|reporter|commentator)\b`)
)

// isBio reports whether the block f reads like a note about the author.
func isBio(f *blockFeat) bool {
	if f.chars > 1200 || !bioRe.MatchString(f.raw) {
		return false
	}
	head := f.raw
	if len(head) > 160 {
		head = head[:160]
	}
	return bioWriter.MatchString(f.raw) || bioRole.MatchString(head)
}
