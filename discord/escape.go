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

// wrapURLs wraps bare URLs in <…>, and the targets of masked links, so
// they do not unfurl; it leaves code, and URLs already wrapped, alone.
func wrapURLs(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "```"):
			j := strings.Index(s[i+3:], "```")
			if j < 0 {
				b.WriteString(s[i:])
				return b.String()
			}
			b.WriteString(s[i : i+3+j+3])
			i += 3 + j + 3
		case s[i] == '`':
			n := runLen(s, i, '`')
			j := findRun(s, i+n, '`', n)
			if j < 0 {
				b.WriteString(s[i : i+n])
				i += n
				continue
			}
			b.WriteString(s[i : j+n])
			i = j + n
		case s[i] == '<' && angleEnd(s, i) > 0:
			e := angleEnd(s, i)
			b.WriteString(s[i:e])
			i = e
		case strings.HasPrefix(s[i:], "](http"):
			e := strings.IndexByte(s[i:], ')')
			if e < 0 || strings.ContainsAny(s[i+2:i+e], " \n") {
				b.WriteString("](")
				i += 2
				continue
			}
			b.WriteString("](<" + s[i+2:i+e] + ">)")
			i += e + 1
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
