package text

import (
	"regexp"
	"strings"
	"unicode"
)

// LooksLikeCode reports whether s has a sign that prose does not use: a
// call ("Load("), a brace, an assignment, a path ("github.com/x/y",
// "./cmd/x"), a module's version ("x@latest", "x@v1.2") or an option
// ("-o", "--keep"). A semicolon, "and/or", "24/7", a handle ("@nytimes")
// and an e-mail address are prose.
func LooksLikeCode(s string) bool {
	// each expression needs a byte that most prose lacks: look for it first
	return strings.ContainsAny(s, "{}=") ||
		strings.IndexByte(s, '@') > 0 && reVersion.MatchString(s) ||
		strings.IndexByte(s, '(') > 0 && reCall.MatchString(s) ||
		strings.IndexByte(s, '/') >= 0 && rePath.MatchString(s) ||
		strings.IndexByte(s, '-') > 0 && reOption.MatchString(s)
}

var (
	// reOption matches a command's option: "ps -o pid", "gzip --keep".
	reOption = regexp.MustCompile(`\s--?[A-Za-z]`)
	// reVersion matches a module's version: "cobra-cli@latest", "x@v1.2".
	reVersion = regexp.MustCompile(`[\w.-]@(latest|master|main|v?\d)`)
	// reCall matches a name called: "Load(", "f()".
	reCall = regexp.MustCompile(`\w\(`)
	// rePath matches a relative path ("./...", "../x") or a path of at
	// least two steps, one of them named with a letter ("github.com/spf13/"),
	// not "and/or" or "3/4/2005".
	rePath = regexp.MustCompile(`(?:^|\s)\.{1,2}/|[\w.]/[\w.-]*[A-Za-z][\w.-]*/`)
)

// inCode reports whether the word run together with a sentence at byte i
// of s ("chromem.NewDB()", "`http.Client`") is code: it goes on into a
// call, a literal, an index or another selector, it ends a chain of
// selectors ("a.B.C"), it is written in camel case and ends the words of
// its line ("Expiry: cache.NoExpiration,"; a name in prose is followed by
// words: "McCartney went on", "YouTube said"), it is an argument of a call
// ("cache.New(5*time.Minute)"), or it lies inside a Markdown code span
// (after an odd number of backticks on its line, and before one more: a
// lone backtick is an apostrophe, as in "didn`t").
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
	lineStart := strings.LastIndexByte(s[:i], '\n') + 1
	lineEnd := len(s)
	if e := strings.IndexByte(s[i:], '\n'); e >= 0 {
		lineEnd = i + e
	}
	if camelCase(s[i:j]) && !hasWordChar(s[j:lineEnd]) {
		return true // "cache.NoExpiration,", not "spring.McCartney went on"
	}
	return codeSpan(s[lineStart:lineEnd], i-lineStart) || inCall(s[lineStart:i])
}

// InCodeSpan reports whether byte i of s lies inside a Markdown code span
// on its line ("the `wasi_snapshot_preview1` module"): after an odd number
// of backticks on the line, and before one more (a lone backtick is an
// apostrophe, as in "didn`t").
func InCodeSpan(s string, i int) bool {
	lineStart := strings.LastIndexByte(s[:i], '\n') + 1
	lineEnd := len(s)
	if e := strings.IndexByte(s[i:], '\n'); e >= 0 {
		lineEnd = i + e
	}
	return codeSpan(s[lineStart:lineEnd], i-lineStart)
}

// codeSpan is InCodeSpan within one line.
func codeSpan(line string, i int) bool {
	return strings.Count(line[:i], "`")%2 == 1 && strings.Contains(line[i:], "`")
}

// camelCase reports whether the word w has a capital after a small letter
// ("FgRed", "DefaultExpiration"): an identifier, or a name that may open a
// sentence ("McCartney", "YouTube"), which inCode tells apart by what
// follows it.
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

// hasWordChar reports whether s has a letter or digit.
func hasWordChar(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool { return IsASCIILetter(c) || IsDigit(c) }
