package text

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot"
	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// Span is a byte range [Start, End) of a string.
type Span = citebot.Span

// punkt holds the trained English Punkt model, loaded once on first use;
// it is read-only afterwards.
var punkt = sync.OnceValues(func() (*sentences.DefaultSentenceTokenizer, error) {
	return english.NewSentenceTokenizer(nil)
})

// Sentences splits s into sentence spans with a Punkt sentence tokenizer,
// within the blocks of s (Blocks): blank lines are hard breaks, and so are
// lines that end without sentence punctuation (headings, captions, list
// items) unless the next line goes on with the same sentence. Spans are
// trimmed of surrounding white space; empty spans and the fences of
// Markdown code blocks are dropped. It is safe for concurrent use.
func Sentences(s string) []Span {
	var out []Span
	for _, blk := range Blocks(s) {
		out = append(out, sentencesIn(s, blk)...)
	}
	return out
}

// BlockSentences splits s, one block of Blocks (a paragraph), into
// sentence spans as Sentences does within each block, without splitting
// it into blocks again: a caller that made the blocks of a whole document
// keeps what its wrap width joined, which a short paragraph on its own
// could not tell. Spans are trimmed; empty spans and code fences are
// dropped.
func BlockSentences(s string) []Span {
	if sp := Trim(s, Span{Start: 0, End: len(s)}); sp.End > sp.Start {
		return sentencesIn(s, sp)
	}
	return nil
}

// SentencesOf returns the sentences of p.Text: p.Sentences when p was
// split already, else Sentences(p.Text). It does not modify p.
func SentencesOf(p *citebot.Passage) []Span {
	if n := len(p.Sentences); n > 0 && p.Sentences[n-1].End <= len(p.Text) {
		return p.Sentences
	}
	return Sentences(p.Text) // not split yet, or split before its text was cut
}

// Split sets the Sentences of the passages not split yet, so that the
// readers they are handed to (an answerer, a conflict finder, citation
// checks) split each passage once between them.
func Split(ps []citebot.Passage) {
	for i := range ps {
		ps[i].Sentences = SentencesOf(&ps[i])
	}
}

func sentencesIn(s string, blk Span) []Span {
	tok, err := punkt()
	part := s[blk.Start:blk.End]
	if err != nil {
		return []Span{blk}
	}
	if IsFence(part) {
		return nil // a code fence says nothing
	}
	var out []Span
	for _, sent := range tok.Tokenize(part) {
		for _, sp := range splitMissed(s, Span{Start: blk.Start + sent.Start, End: blk.Start + sent.End}) {
			if sp = Trim(s, sp); sp.End > sp.Start {
				out = append(out, sp)
			}
		}
	}
	return out
}

// reMissedBreak finds sentence breaks Punkt misses: a number ending a
// sentence ("in 2003. It was") and sentences run together by scraping
// ("ties.As an outcome").
var reMissedBreak = regexp.MustCompile(`\d\d[.!?]["”’)]?\s+([A-Z])(?:[a-z]|\s)|[a-z]{2}[.!?]["”’)]?([A-Z])[a-z]`)

// splitMissed splits a sentence span at breaks Punkt missed, but not
// inside code (inCode).
func splitMissed(s string, sp Span) []Span {
	if !mayMissBreak(s[sp.Start:sp.End]) {
		return []Span{sp}
	}
	var out []Span
	start := sp.Start
	for _, m := range reMissedBreak.FindAllStringSubmatchIndex(s[sp.Start:sp.End], -1) {
		g := m[2] // the break is just before the capital letter
		if g < 0 {
			g = m[4]
			if inCode(s, sp.Start+g) {
				continue
			}
		}
		cut := sp.Start + g
		out = append(out, Span{Start: start, End: cut})
		start = cut
	}
	return append(out, Span{Start: start, End: sp.End})
}

// inCode reports whether the word run together with a sentence at byte i
// of s ("chromem.NewDB()", "`http.Client`") is code: it goes on into a
// call, a literal, an index or another selector, it ends a chain of
// selectors ("a.B.C"), it is written in camel case ("color.FgRed"), it is
// an argument of a call ("cache.New(5*time.Minute)"), or it lies inside a
// Markdown code span (after an odd number of backticks on its line, and
// before one more: a lone backtick is an apostrophe, as in "didn`t").
func inCode(s string, i int) bool {
	from := max(0, i-4) // the punctuation, and a closing quote after it
	k := from + strings.LastIndexAny(s[from:i], ".!?")
	for k > 0 && isWordByte(s[k-1]) {
		k--
	}
	if k > 0 && s[k-1] == '.' {
		return true
	}
	j := i
	for j < len(s) && (isWordByte(s[j])) {
		j++
	}
	if j < len(s) {
		switch c := s[j]; {
		case c == '(' || c == '{' || c == '[' || c == '_':
			return true
		case c == '.' && j+1 < len(s) && isWordByte(s[j+1]):
			return true
		}
	}
	if camelCase(s[i:j]) {
		return true
	}
	lineStart := strings.LastIndexByte(s[:i], '\n') + 1
	lineEnd := len(s)
	if e := strings.IndexByte(s[i:], '\n'); e >= 0 {
		lineEnd = i + e
	}
	return strings.Count(s[lineStart:i], "`")%2 == 1 && strings.Contains(s[i:lineEnd], "`") || inCall(s[lineStart:i])
}

// camelCase reports whether the word w has a capital after a small letter
// ("FgRed", "DefaultExpiration"): an identifier, not the first word of a
// sentence.
func camelCase(w string) bool {
	for k := 1; k < len(w); k++ {
		if 'A' <= w[k] && w[k] <= 'Z' && 'a' <= w[k-1] && w[k-1] <= 'z' {
			return true
		}
	}
	return false
}

// inCall reports whether the end of line is inside the arguments of a
// call: after a "(" that follows a word with no space ("color.New(") and
// is not closed ("color.New(color.FgRed)"). A parenthesis in prose
// follows a space.
func inCall(line string) bool {
	depth := 0
	for k := len(line) - 1; k >= 0; k-- {
		switch line[k] {
		case ')':
			depth++
		case '(':
			if depth == 0 {
				return k > 0 && isWordByte(line[k-1])
			}
			depth--
		}
	}
	return false
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// mayMissBreak reports whether reMissedBreak may match s: every match has
// a [.!?] with at least two bytes after it, so a sentence whose only
// such punctuation ends it needs no regular expression.
func mayMissBreak(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if c := s[i]; c == '.' || c == '!' || c == '?' {
			return true
		}
	}
	return false
}

// Blocks splits s into blocks: paragraphs separated by blank lines, and lines
// that end without sentence punctuation on their own (headings, captions,
// list items), unless the next line goes on with the same sentence, as in
// text wrapped at a fixed width (continues). Each line of a Markdown code
// block fenced by ``` or ~~~, the fences included, is a block of its own:
// a statement does not run on into the next. A line on its own underlined
// with = or - (a Markdown setext heading) is one block with its underline
// (IsMarkdownHeading). Spans are trimmed.
func Blocks(s string) []Span {
	var out []Span
	start := 0
	flush := func(end int) {
		if sp := Trim(s, Span{Start: start, End: end}); sp.End > sp.Start {
			out = append(out, sp)
		}
		start = end
	}
	width := wrapWidth(s)
	line, end := lineAt(s, 0)
	fenced := false    // line is inside a code fence, or is one
	lineStart := 0     // where line starts in s
	for end < len(s) { // a line ended by the newline s[end]
		next, nextEnd := lineAt(s, end+1)
		fence := IsFence(line)
		if fence {
			fenced = !fenced
		}
		underlined := !fenced && line != "" && IsSetextUnderline(next) && strings.TrimSpace(s[start:lineStart]) == ""
		if !underlined && (fence || fenced || IsFence(next) || line == "" || !endsSentence(line) && !continues(line, next, width)) {
			flush(end + 1)
		}
		line, lineStart, end = next, end+1, nextEnd
	}
	flush(len(s))
	return out
}

// lineAt returns the line of s that starts at i, trimmed, with no-break
// spaces read as spaces, and where it ends: at the next newline, or at
// len(s).
func lineAt(s string, i int) (string, int) {
	end := len(s)
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		end = i + j
	}
	return strings.TrimSpace(strings.ReplaceAll(s[i:end], "\u00a0", " ")), end
}

// continues reports whether line, which ends without sentence
// punctuation, runs on into next, as in text wrapped at a fixed width:
//   - line is long enough to have been wrapped at width (wrapWidth; 0 if
//     the text is not wrapped) and next begins with a letter or digit;
//   - or line has at least minRunOn words and next begins with a lower-case
//     letter ("...available to the / command it is assigned to"), past
//     opening quotes, brackets and dashes (not "-", a list marker), or
//     line ends with a word that never ends a sentence ("the", "of", "and":
//     openEnd) and next begins with a letter or digit.
//
// A line with no letter or digit (a code fence, a rule) never runs on, no
// line runs into a numbered list item ("2. ..."), and no line of code runs
// on or is run into (codeLine), so that a passage cut from inside a fenced
// block splits as the whole document does. So headings, menu
// items, names and list items stay apart: they are short, or followed by
// a capitalised line, a marker ("-", "#", "1.") or a blank line.
func continues(line, next string, width int) bool {
	r, _ := decode(strings.TrimLeft(next, `"'“‘([–— `))
	if next == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) || reListItem.MatchString(next) || !hasWordChar(line) ||
		codeLine(line) || codeLine(next) {
		return false
	}
	if width > 0 && utf8.RuneCountInString(line)*wrapDen >= width*wrapNum {
		return true
	}
	if !hasWords(line, minRunOn) {
		return false
	}
	return unicode.IsLower(r) || openEnd(line[strings.LastIndexAny(line, " \t")+1:])
}

// codeLine reports whether a trimmed line reads as a line of code rather
// than prose: it opens or closes a brace, or has an assignment (":="), an
// empty call ("Close()") or a comparison. A final ";" is no sign of code
// (prose wraps after one too), nor is "()" after a space, where a scraper
// dropped a pronunciation ("Moscow () is").
func codeLine(l string) bool {
	return strings.HasSuffix(l, "{") || strings.HasPrefix(l, "}") || strings.Contains(l, ":=") ||
		emptyCall(l) || strings.Contains(l, " == ") || strings.Contains(l, " != ")
}

// emptyCall reports whether l has a name called with no arguments: "()"
// right after a letter or digit.
func emptyCall(l string) bool {
	for i := strings.Index(l, "()"); i >= 0; {
		if i > 0 && isWordByte(l[i-1]) {
			return true
		}
		j := strings.Index(l[i+2:], "()")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// minRunOn is the fewest words of a line that runs on into a next line
// without being wrapped at the text's width: a line of one or two words
// is a heading, a menu item, a name or a button ("Log in", "See also").
const minRunOn = 3

// reListItem matches a numbered list item: "1. ", "2) ", "(3) ".
var reListItem = regexp.MustCompile(`^\(?\d{1,3}[.)](?:\s|$)`)

// openEnd reports whether w is a lower-case function word that never ends
// an English sentence: an article, a conjunction, a possessive or a
// preposition that must be followed by its object. "in", "up", "more",
// "am" and "do" may end one ("Log in", "Read more", "10:12 am", "What we
// do") and are not.
func openEnd(w string) bool {
	switch w {
	case "a", "an", "the", "and", "or", "nor", "but", "of", "to", "for", "from", "with", "by",
		"at", "as", "into", "onto", "than", "whose", "which", "if", "because", "although",
		"though", "whether", "my", "your", "our", "their", "its", "every", "between", "during",
		"against", "among", "upon", "via":
		return true
	}
	return false
}

// hasWords reports whether s has at least n words separated by white
// space. It does not allocate.
func hasWords(s string, n int) bool {
	inWord := false
	for _, r := range s {
		switch space := unicode.IsSpace(r); {
		case space:
			inWord = false
		case !inWord:
			inWord = true
			if n--; n <= 0 {
				return true
			}
		}
	}
	return false
}

// hasWordChar reports whether s has a letter or digit.
func hasWordChar(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// A line of a wrapped text is taken to run on when it is at least
// wrapNum/wrapDen of the wrap width long: a wrapped line falls short of
// the width by at most a long word.
const wrapNum, wrapDen = 7, 10

// wrapWidth returns the width at which s is wrapped, in characters, or 0
// when it is not: when at least half of its lines of 40 characters or
// more (and at least 4 lines) lie within 15 characters below the longest
// such line but for the longest twentieth, that length is the width. A
// text with a paragraph per line has lines of every length.
func wrapWidth(s string) int {
	var lens []int
	for line := range strings.Lines(s) {
		if n := utf8.RuneCountInString(strings.TrimRight(line, " \t\r\n")); n >= 40 {
			lens = append(lens, n)
		}
	}
	if len(lens) < 4 {
		return 0
	}
	slices.Sort(lens)
	width := lens[len(lens)-1-len(lens)/20]
	near := 0
	for _, n := range lens {
		if n <= width && n > width-15 {
			near++
		}
	}
	if near < 4 || 2*near < len(lens) {
		return 0
	}
	return width
}

func endsSentence(line string) bool {
	line = strings.TrimRight(line, `"'”’)]*`)
	return strings.HasSuffix(line, ".") || strings.HasSuffix(line, "?") ||
		strings.HasSuffix(line, "!") || strings.HasSuffix(line, ":") || strings.HasSuffix(line, ";") || strings.HasSuffix(line, ",")
}

// Trim shrinks sp to exclude surrounding white space (including
// non-breaking spaces).
func Trim(s string, sp Span) Span {
	for sp.Start < sp.End {
		r, n := decode(s[sp.Start:])
		if !isSpace(r) {
			break
		}
		sp.Start += n
	}
	for sp.End > sp.Start {
		r, n := decodeLast(s[:sp.End])
		if !isSpace(r) {
			break
		}
		sp.End -= n
	}
	return sp
}
