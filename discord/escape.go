package discord

import "strings"

// escapable are the characters Discord's markdown gives a meaning to
// anywhere in a line, and '@', so document text can neither format nor
// mention.
const escapable = "\\*_~`|<>[]#@"

// escape makes document text render literally: markdown characters are
// backslash-escaped, and URLs are wrapped in <…> so they do not unfurl.
func escape(s string) string {
	var b strings.Builder
	if lead := listMarker(s); lead > 0 { // "- item", "1. item" at a line start
		b.WriteString(s[:lead-1] + "\\" + s[lead-1:lead])
		s = s[lead:]
	}
	for i := 0; i < len(s); {
		if e := urlEnd(s, i); e > 0 {
			u, rest := trimURL(s[i:e])
			b.WriteString("<" + u + ">" + escapeText(rest))
			i = e
			continue
		}
		j := i + 1
		for j < len(s) && urlEnd(s, j) == 0 {
			j++
		}
		b.WriteString(escapeText(s[i:j]))
		i = j
	}
	return b.String()
}

func escapeText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(escapable, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// trimURL splits trailing punctuation that ends a sentence, or a closing
// parenthesis without its opening one, off a URL.
func trimURL(u string) (url, rest string) {
	end := len(u)
	for end > 0 {
		c := u[end-1]
		if strings.IndexByte(".,;:!?'\"*_~|", c) >= 0 ||
			c == ')' && strings.Count(u[:end], "(") < strings.Count(u[:end], ")") {
			end--
			continue
		}
		break
	}
	return u[:end], u[end:]
}

// defuse makes answer text (written by a model, or quoted from a
// document) safe to post while keeping its harmless markdown (bold,
// italics, code, lists, [n] markers): bare URLs are wrapped in <…> so they
// do not unfurl; a masked link [text](url) is shown as "text (<url>)", so
// no link hides its target; mention, channel, role, emoji, timestamp and
// command tags (<@…>, <#…>, <@&…>, <:…>, <t:…>, </…>), @everyone and
// @here are escaped so they show as written; spoiler bars (||) are escaped
// so no text is hidden. Code spans and blocks are left alone: nothing
// renders inside them.
func defuse(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		switch {
		case s[i] == '`':
			i += copyCode(&b, s, i)
		case s[i] == '[' && maskedLinkEnd(s, i) > 0:
			e := maskedLinkEnd(s, i)
			mid := strings.Index(s[i:e], "](")
			u, _ := trimURL(linkTarget(s[i+mid+2 : e-1]))
			b.WriteString(defuse(s[i+1:i+mid]) + " (<" + u + ">)")
			i = e
		case s[i] == '<' && angleEnd(s, i) > 0 && urlEnd(s, i+1) > 0:
			e := angleEnd(s, i)
			b.WriteString(s[i:e])
			i = e
		case s[i] == '<' || s[i] == '@' && (strings.HasPrefix(s[i:], "@everyone") || strings.HasPrefix(s[i:], "@here")):
			b.WriteString("\\" + s[i:i+1])
			i++
		case strings.HasPrefix(s[i:], "||"):
			b.WriteString(`\|\|`)
			i += 2
		case urlEnd(s, i) > 0:
			e := urlEnd(s, i)
			u, rest := trimURL(s[i:e])
			b.WriteString("<" + u + ">" + rest)
			i = e
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String()
}

// copyCode writes the code span or block that opens s[i:] (or, when it is
// never closed, its backticks) and returns how many bytes it took.
func copyCode(b *strings.Builder, s string, i int) int {
	n := runLen(s, i, '`')
	j := findRun(s, i+n, '`', n)
	if j < 0 {
		b.WriteString(s[i : i+n])
		return n
	}
	b.WriteString(s[i : j+n])
	return j + n - i
}

// linkTarget is the URL of a masked link's "(target)": without angle
// brackets or a title.
func linkTarget(t string) string {
	t = strings.TrimSpace(t)
	if f := strings.Fields(t); len(f) > 0 {
		t = f[0]
	}
	return strings.Trim(t, "<>")
}

// maskedLinkEnd returns the end of a masked link "[text](target)" that
// starts at s[i], or 0 when there is none.
func maskedLinkEnd(s string, i int) int {
	close := strings.IndexAny(s[i+1:], "]\n")
	if close < 0 || s[i+1+close] != ']' || !strings.HasPrefix(s[i+1+close+1:], "(") {
		return 0
	}
	from := i + 1 + close + 2
	end := strings.IndexAny(s[from:], ")\n")
	if end < 0 || s[from+end] != ')' {
		return 0
	}
	target := linkTarget(s[from : from+end])
	if !strings.HasPrefix(target, "http://") && !strings.HasPrefix(target, "https://") {
		return 0
	}
	return from + end + 1
}

// listMarker returns the length of a list marker ("-", "+", "1.") that
// opens s, or 0.
func listMarker(s string) int {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		return 1
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return i + 1
	}
	return 0
}
