package discord

import (
	"strings"
)

// Discord's limits on what one message may hold, in characters as Discord
// counts them (UTF-16 code units).
const (
	MaxMessage          = 2000 // message content
	MaxEmbedDescription = 4096 // embed description
	// MinLimit is the smallest limit Split honours; smaller ones are raised.
	MinLimit = 64
)

// Split cuts s into pieces of at most limit characters, counted as Discord
// counts them (UTF-16 code units). It cuts between paragraphs when it can,
// then between lines, sentences and words, and never inside a citation
// marker such as [3], a link, a mention, inline markdown (bold, italics,
// strike-through, spoilers, code spans) that fits in a piece, or a fenced
// code block: a code block longer than limit is cut between lines and each
// piece is fenced again. Inline markdown longer than limit is closed at the
// end of a piece and reopened in the next. Pieces are trimmed and never
// empty; Split returns nil for blank s. Paragraphs that fit are packed
// together up to limit.
func Split(s string, limit int) []string {
	limit = max(limit, MinLimit)
	var out []string
	cur := ""
	for _, b := range blocksOf(s) {
		for i, p := range b.pieces(limit) {
			switch {
			case cur == "":
				cur = p
			case i == 0 && width(cur)+width(b.sep)+width(p) <= limit:
				cur += b.sep + p
			default:
				out = append(out, cur)
				cur = p
			}
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// block is a paragraph or a fenced code block, with the separator that
// preceded it in the text.
type block struct {
	text  string
	sep   string // "\n" or "\n\n"
	fence string // opening fence line, e.g. "```go"; "" for text
}

// blocksOf cuts s into paragraphs at blank lines, keeping each fenced code
// block whole and on its own.
func blocksOf(s string) []block {
	var out []block
	var cur []string
	fence, sep := "", "\n\n"
	flush := func(next string) {
		if t := strings.TrimSpace(strings.Join(cur, "\n")); t != "" || fence != "" {
			out = append(out, block{text: strings.Join(cur, "\n"), sep: sep, fence: fence})
			sep = next
		}
		cur, fence = nil, ""
	}
	inFence := false
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		t := strings.TrimSpace(line)
		isFence := strings.HasPrefix(t, "```") && !strings.Contains(t[3:], "```")
		switch {
		case inFence:
			cur = append(cur, line)
			if strings.HasPrefix(t, "```") {
				inFence = false
				flush("\n")
			}
		case isFence:
			flush("\n")
			fence, inFence = t, true
			cur = append(cur, line)
		case t == "":
			flush("\n\n")
		default:
			cur = append(cur, line)
		}
	}
	if inFence {
		cur = append(cur, "```") // close an unclosed fence
	}
	flush("\n\n")
	for i := range out {
		out[i].text = strings.TrimSpace(out[i].text)
	}
	return out
}

// pieces cuts b into pieces of at most limit characters.
func (b block) pieces(limit int) []string {
	if width(b.text) <= limit {
		return []string{b.text}
	}
	if b.fence != "" {
		return splitCode(b.text, b.fence, limit)
	}
	return splitText(b.text, limit)
}

// splitCode cuts a fenced code block between lines, fencing every piece.
func splitCode(text, fence string, limit int) []string {
	lines := strings.Split(text, "\n")
	body := lines[1 : len(lines)-1] // without the opening and closing fences
	closing := strings.TrimSpace(lines[len(lines)-1])
	if width(fence) > limit/4 { // an absurd info string: keep it as code
		body = append([]string{strings.TrimPrefix(fence, "```")}, body...)
		fence = "```"
	}
	if width(closing) > limit/4 {
		body = append(body, strings.TrimPrefix(closing, "```"))
		closing = "```"
	}
	budget := limit - width(fence) - max(width(closing), 3) - 2
	var out []string
	var cur []string
	curW := 0
	emit := func() {
		if len(cur) > 0 {
			out = append(out, fence+"\n"+strings.Join(cur, "\n")+"\n```")
		}
		cur, curW = nil, 0
	}
	for _, line := range body {
		for _, part := range hardCut(line, budget) {
			w := width(part)
			if len(cur) > 0 && curW+1+w > budget {
				emit()
			}
			if len(cur) > 0 {
				curW++
			}
			cur = append(cur, part)
			curW += w
		}
	}
	emit()
	if n := len(out); n > 0 { // keep the original closing line
		out[n-1] = strings.TrimSuffix(out[n-1], "```") + closing
	}
	return out
}

// hardCut cuts s at rune boundaries into parts of at most limit characters.
func hardCut(s string, limit int) []string {
	if width(s) <= limit {
		return []string{s}
	}
	var out []string
	for s != "" {
		end := prefixFitting(s, 0, limit)
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}
