package text

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Blocks splits s into blocks: paragraphs separated by blank lines, and lines
// that end without sentence punctuation on their own (headings, captions,
// list items), unless the next line goes on with the same sentence, as in
// text wrapped at a fixed width (continues). Each line of a Markdown code
// block fenced by ``` or ~~~, the fences included, is a block of its own:
// a statement does not run on into the next. A line on its own underlined
// with = or - (a Markdown setext heading) is one block with its underline
// (IsMarkdownHeading). In double-spaced text (doubleSpaced) a sentence
// runs on past a blank line as it would past a line break. Lines of a
// block quote ("> ...", as in Markdown or a quoted e-mail) are judged by
// the text after their markers: a quoted paragraph wrapped over several
// lines is one block, and a line that is only a marker ends one. Spans
// are trimmed.
func Blocks(s string) []Span { return blocksAt(s, WrapWidth(s)) }

// blocksAt is Blocks for s wrapped at width (0: not wrapped).
func blocksAt(s string, width int) []Span {
	var out []Span
	start := 0
	flush := func(end int) {
		if sp := Trim(s, Span{Start: start, End: end}); sp.End > sp.Start {
			out = append(out, sp)
		}
		start = end
	}
	double := doubleSpaced(s)
	line, end := lineAt(s, 0)
	fenced := false    // line is inside a code fence, or is one
	bridge := false    // line is a blank line inside a sentence of double-spaced text
	lineStart := 0     // where line starts in s
	for end < len(s) { // a line ended by the newline s[end]
		next, nextEnd := lineAt(s, end+1)
		if bridge {
			bridge = false
			line, lineStart, end = next, end+1, nextEnd
			continue
		}
		fence := IsFence(line)
		if fence {
			fenced = !fenced
		}
		if double && !fenced && next == "" && line != "" && nextEnd < len(s) {
			after, _ := lineAt(s, nextEnd+1)
			if bridges(line, after, width) {
				bridge = true // the blank line after line goes on with its sentence
				line, lineStart, end = next, end+1, nextEnd
				continue
			}
		}
		underlined := !fenced && line != "" && IsSetextUnderline(next) && strings.TrimSpace(s[start:lineStart]) == ""
		prose, nextProse := line, next
		if !fenced {
			prose, nextProse = Unquoted(line), Unquoted(next)
		}
		if !underlined && (fence || fenced || IsFence(next) || prose == "" || nextProse == "" || !endsSentence(prose) && !continues(prose, nextProse, width)) {
			flush(end + 1)
		}
		line, lineStart, end = next, end+1, nextEnd
	}
	flush(len(s))
	return out
}

// doubleSpaced reports whether s puts a blank line after every line, as a
// page scraped with its line breaks doubled does ("...using ctypes
// with\n\na slightly worse story"): of its lines that have text, at
// least minDoubleLines and nine in ten are followed by exactly one blank
// line. Such a blank line says no more than a line break: a sentence
// goes on past it (bridges) from a line ending in a comma, wrapped at the
// text's width or ending in a word that cannot end one; a line merely
// followed by one in lower case stays apart, as a headline over its tags
// or byline.
func doubleSpaced(s string) bool {
	lines, doubled := 0, 0
	blanks := -1 // blank lines since the last line with text; -1 before the first
	for l := range strings.Lines(s) {
		if strings.TrimSpace(l) == "" { // no-break spaces too (unicode.IsSpace)
			if blanks >= 0 {
				blanks++
			}
			continue
		}
		if blanks == 1 {
			doubled++
		}
		lines++
		blanks = 0
	}
	return lines >= minDoubleLines && 10*doubled >= 9*(lines-1)
}

// bridges reports whether the sentence of line, in double-spaced text,
// goes on past the blank line after it into after: line ends in a comma
// or semicolon and has minRunOn words at least (not a tag, "science,"),
// or ends without sentence punctuation and runs on (continues) as a line
// wrapped at width does or over a word that cannot end a sentence
// (openEnd).
func bridges(line, after string, width int) bool {
	r, _ := decode(after)
	if IsFence(after) || !unicode.IsLetter(r) && !unicode.IsDigit(r) || codeLine(line) || codeLine(after) {
		return false
	}
	if strings.HasSuffix(line, ",") || strings.HasSuffix(line, ";") {
		return hasWords(line, minRunOn) && !reListItem.MatchString(after)
	}
	return !endsSentence(line) && continues(line, after, width) && (wrapped(line, width) || openEnd(lastWord(line)))
}

// minDoubleLines is the fewest lines with text that doubleSpaced judges.
const minDoubleLines = 4

// Unquoted returns trimmed line without its block-quote markers ("> ",
// "> > ", ">>"); line itself when it has none.
func Unquoted(line string) string {
	for strings.HasPrefix(line, ">") {
		line = strings.TrimLeft(line[1:], " \t")
	}
	return line
}

// UnquoteLines returns s without the block-quote markers that open its
// lines after the first ("...every Monday\n> before the release" →
// "...every Monday\nbefore the release"): the text of a quoted passage as
// a reader reads it, never for citing (its offsets are not the
// document's). s is returned as is when no line has one.
func UnquoteLines(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	lines := strings.Split(s, "\n")
	for i := 1; i < len(lines); i++ {
		lines[i] = Unquoted(lines[i])
	}
	return strings.Join(lines, "\n")
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
//   - line is long enough to have been wrapped at width (WrapWidth; 0 if
//     the text is not wrapped) and next begins with a letter or digit;
//   - or line has at least minRunOn words and next begins with a lower-case
//     letter ("...available to the / command it is assigned to"), past
//     opening quotes, brackets, dashes (not "-", a list marker) and the
//     backtick of a code span ("...are three / `DialOption`s that"), or
//     line ends with a word that never ends a sentence ("the", "of", "and":
//     openEnd) and next begins with a letter or digit.
//
// A line with no letter or digit (a rule) never runs on, no code fence is
// run into, no line runs into a numbered list item ("2. ..."), and no
// line of code runs on or is run into (codeLine), nor one row of a table
// into the next (tableRow), so that a passage cut from inside a fenced
// block splits as the whole document does. So headings, menu
// items, names and list items stay apart: they are short, or followed by
// a capitalised line, a marker ("-", "#", "1.") or a blank line.
func continues(line, next string, width int) bool {
	r, _ := decode(strings.TrimLeft(next, "\"'“‘([–— `"))
	if next == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) || reListItem.MatchString(next) || !hasWordChar(line) ||
		IsFence(next) || codeLine(line) || codeLine(next) || tableRow(line) && tableRow(next) {
		return false
	}
	if wrapped(line, width) {
		return true
	}
	if !hasWords(line, minRunOn) {
		return false
	}
	return unicode.IsLower(r) || openEnd(lastWord(line))
}

// tableRow reports whether a trimmed line has a cell border of a
// Markdown table outside its code spans ("`*`  | matches any sequence"):
// two such lines are rows, which never run on into each other.
func tableRow(l string) bool { return strings.Contains(withoutCodeSpans(l), "|") }

// wrapped reports whether line is long enough to have been wrapped at
// width (WrapWidth; 0 if the text is not wrapped).
func wrapped(line string, width int) bool {
	return width > 0 && utf8.RuneCountInString(line)*wrapDen >= width*wrapNum
}

// lastWord returns the last word of a trimmed line.
func lastWord(line string) string { return line[strings.LastIndexAny(line, " \t")+1:] }

// codeLine reports whether a trimmed line reads as a line of code rather
// than prose (which may name code in backticks: withoutCodeSpans): it
// opens or closes a brace, or has an assignment (":="), an empty call
// ("Close()") or a comparison. A final ";" is no sign of code
// (prose wraps after one too), nor is "()" after a space, where a scraper
// dropped a pronunciation ("Moscow () is").
func codeLine(l string) bool {
	l = withoutCodeSpans(l)
	return strings.HasSuffix(l, "{") || strings.HasPrefix(l, "}") || strings.Contains(l, ":=") ||
		emptyCall(l) || strings.Contains(l, " == ") || strings.Contains(l, " != ")
}

// withoutCodeSpans returns l with each inline code span of Markdown
// ("`filepath.ToSlash()`") made one word, "code": prose that names code
// in backticks is not a line of code. l is returned as is when its
// backticks do not pair up.
func withoutCodeSpans(l string) string {
	n := strings.Count(l, "`")
	if n == 0 || n%2 != 0 {
		return l
	}
	var b strings.Builder
	for i, part := range strings.Split(l, "`") {
		if i%2 == 1 {
			part = "code"
		}
		b.WriteString(part)
	}
	return b.String()
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

// ListMarker reports whether the number at byte i of s opens a numbered
// list item ("1. It's faster …", "2) ", "(3) "): nothing but spaces, or
// the item's opening parenthesis, stands before it on its line. Such a
// number counts the list's items, and says nothing of what an item is
// about.
func ListMarker(s string, i int) bool {
	line := s[strings.LastIndexByte(s[:i], '\n')+1 : i]
	before := strings.TrimLeft(line, " \t")
	if before != "" && before != "(" {
		return false
	}
	return reListItem.MatchString(s[i-len(before):])
}

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

// A line of a wrapped text is taken to run on when it is at least
// wrapNum/wrapDen of the wrap width long: a wrapped line falls short of
// the width by at most a long word.
const wrapNum, wrapDen = 7, 10

// WrapWidth returns the width at which s is wrapped, in characters, or 0
// when it is not: when at least half of its lines of 40 characters or
// more (and at least 4 lines) lie within 15 characters below the longest
// such line but for the longest twentieth, that length is the width. A
// text with a paragraph per line has lines of every length. The rows of
// a Markdown table (tableRow) and the lines of a fenced code block
// (IsFence) are not counted: a README wrapped at 80 characters may hold a
// table 114 wide, or a line of code of 165. A caller that splits a passage
// of s on its own passes it to SentencesAt, since a short passage cannot
// tell it.
func WrapWidth(s string) int {
	var lens []int
	code := false
	for line := range strings.Lines(s) {
		if IsFence(strings.TrimSpace(line)) {
			code = !code
			continue
		}
		if code || tableRow(line) {
			continue // code and a table's rows are as long as they are, whatever the prose's width
		}
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
