package ingest

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/unicode/norm"
)

// pdfLine is a line of glyphs at one height.
type pdfLine struct {
	y, size float64
	text    strings.Builder
}

// pdfParagraphs groups a page's glyphs, in content order, into lines by
// their height and the lines into paragraphs: a paragraph ends where the
// gap to the next line is wider than 1.6 lines, where the text moves up (a
// new column) or where the font size changes (a heading). It returns the
// lines of each paragraph, spaces collapsed, none blank, and the largest
// font size of each.
func pdfParagraphs(glyphs []pdf.Text) (paras [][]string, sizes []float64) {
	lines := pdfLines(glyphs)
	var para []string
	psize := 0.0 // the paragraph's largest font size
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			gap, size := prev.y-l.y, math.Max(math.Max(prev.size, l.size), 1)
			if gap > 1.6*size || gap < -size || math.Abs(prev.size-l.size) > 0.2*size {
				if len(para) > 0 {
					paras, sizes = append(paras, para), append(sizes, psize)
				}
				para = nil
			}
		}
		if t := oneLine(l.text.String()); t != "" {
			if len(para) == 0 {
				psize = 0
			}
			para, psize = append(para, t), math.Max(psize, l.size)
		}
	}
	if len(para) > 0 {
		paras, sizes = append(paras, para), append(sizes, psize)
	}
	return paras, sizes
}

// pdfTitle returns the title of a PDF's first page: its paragraph of the
// largest type, if that is at least 1.2 times the size of most of its
// text and the paragraph is of at most 2 lines and 200 bytes; else "".
func pdfTitle(paras [][]string, sizes []float64) string {
	best, bytesAt := 0, map[float64]int{}
	for i, para := range paras {
		for _, l := range para {
			bytesAt[sizes[i]] += len(l)
		}
		if sizes[i] > sizes[best] {
			best = i
		}
	}
	body := 0.0 // the size of most of the text
	for size, n := range bytesAt {
		if n > bytesAt[body] || n == bytesAt[body] && size < body {
			body = size
		}
	}
	t := strings.Join(paras[best], " ")
	if sizes[best] < 1.2*body || len(paras[best]) > 2 || len(t) > 200 || !strings.ContainsFunc(t, unicode.IsLetter) {
		return ""
	}
	return t
}

// pdfBody returns the paragraphs of the pages without their furniture:
// the page numbers and running heads or feet (a short one-line paragraph
// among the first or last two of a page, digits aside the same on at least
// 3 pages, the title page aside) and the entries of a table of contents or index (a paragraph
// that is mostly dot leaders before page numbers). A paragraph that a page
// break cut (it ends without a stop and the next page goes on in lower
// case) is joined again.
func pdfBody(pages [][][]string) [][]string {
	furniture := func(para []string) (string, bool) {
		if len(para) != 1 || len(para[0]) > 80 {
			return "", false
		}
		k := pdfFurnitureKey(para[0])
		return k, k == "#" || strings.ContainsFunc(k, unicode.IsLetter)
	}
	pagesWith := map[string]int{}
	for _, page := range pages {
		seen := map[string]bool{}
		for i, para := range page {
			if i >= 2 && i < len(page)-2 {
				continue
			}
			if k, ok := furniture(para); ok && !seen[k] {
				seen[k] = true
				pagesWith[k]++
			}
		}
	}
	offset, numbered := pageNumberOffset(pages)
	var out [][]string
	cut := false // the last paragraph of the page before may go on
	for p, page := range pages {
		first := true
		for i, para := range page {
			if i < 2 || i >= len(page)-2 {
				// the title page keeps the title that heads the others
				if k, ok := furniture(para); ok && (pagesWith[k] >= 3 && p > 0 || k == "#") {
					continue
				}
				if n, ok := edgeNumber(para); ok && numbered && n == p+offset {
					continue // "Chapter 3: Utilities 7", a head that changes with the chapter
				}
			}
			if tocShare(para) >= 0.3 {
				continue
			}
			if first && cut && len(out) > 0 {
				if r, _ := utf8.DecodeRuneInString(para[0]); unicode.IsLower(r) {
					out[len(out)-1] = append(out[len(out)-1], para...)
					first = false
					continue
				}
			}
			first = false
			out = append(out, para)
		}
		cut = false
		if len(out) > 0 {
			last := out[len(out)-1]
			cut = !strings.ContainsAny(last[len(last)-1][len(last[len(last)-1])-1:], ".!?:;")
		}
	}
	return out
}

// pageNumberOffset returns how far the page numbers that running heads
// and feet carry after their words ("Chapter 3: Utilities 7") run ahead
// of the pages' indexes, when at least three pages agree (edgeNumber at a
// page's top or foot, less the page's index); false when they do not.
// Such a head is furniture even when its words change from chapter to
// chapter, which pdfFurnitureKey cannot tell.
func pageNumberOffset(pages [][][]string) (int, bool) {
	count := map[int]int{}
	for p, page := range pages {
		seen := map[int]bool{}
		for i, para := range page {
			if i >= 2 && i < len(page)-2 {
				continue
			}
			if n, ok := edgeNumber(para); ok && !seen[n-p] {
				seen[n-p] = true
				count[n-p]++
			}
		}
	}
	best, most := 0, 0
	for o, c := range count {
		if c > most || c == most && o < best {
			best, most = o, c
		}
	}
	return best, most >= 3
}

// edgeNumber returns the number that ends a paragraph of one short line
// with words ("Chapter 3: Utilities 7" → 7); false when it has none. A
// number that starts one is not read: it is more often a chapter's ("1
// Introduction" atop page 1) than a page's.
func edgeNumber(para []string) (int, bool) {
	if len(para) != 1 || len(para[0]) > 80 || !strings.ContainsFunc(para[0], unicode.IsLetter) {
		return 0, false
	}
	m := edgeNum.FindStringSubmatch(para[0])
	if m == nil {
		return 0, false
	}
	n, err := strconv.Atoi(m[1])
	return n, err == nil
}

// pdfFurnitureKey returns a line with its numbers as "#" (and a line that
// is a small roman numeral as "#"), lower case: the key of a running head
// or foot, which must have letters unless it is a page number. A year
// alone ("2023" under a report's title, a chapter's "1914") is returned
// as it is: it is no page number.
func pdfFurnitureKey(line string) string {
	l := strings.ToLower(line)
	if strings.Trim(l, "ivxl") == "" {
		return "#"
	}
	if loneYear.MatchString(l) {
		return l
	}
	return digitRuns.ReplaceAllString(l, "#")
}

var (
	digitRuns = regexp.MustCompile(`[0-9]+`)
	// a page number ending a line of words
	edgeNum  = regexp.MustCompile(`^\D.*\D\s+([0-9]{1,4})$`)
	loneYear = regexp.MustCompile(`^(?:1[5-9]|20)[0-9]{2}$`)
	// a dot leader and the page number it leads to: "Introduction . . . 3",
	// "Concept Index : : : : 32"
	tocLeader = regexp.MustCompile(`(?:[.:·…] ?){4,} ?(?:[0-9]+|[ivxlc]+)\b`)
)

// tocShare returns the share of the paragraph's bytes that are dot leaders
// and their page numbers.
func tocShare(para []string) float64 {
	var n, total int
	for _, l := range para {
		total += len(l)
		for _, m := range tocLeader.FindAllStringIndex(l, -1) {
			n += m[1] - m[0]
		}
	}
	if total == 0 {
		return 0
	}
	return float64(n) / float64(total)
}

// joinLines joins the lines of a paragraph with spaces. A line that ends
// in a word broken by a hyphen ("informa-") before a line that goes on in
// lower case ("tion and") is joined without the hyphen ("information"),
// unless the document writes the word with a hyphen and never without
// ("little-endian", words holds both forms) or the hyphen follows another
// ("state-of-the-"); after any other hyphen the lines are joined with no
// space.
func joinLines(lines []string, words map[string]bool) string {
	var b strings.Builder
	for _, l := range lines {
		cur := b.String()
		switch {
		case b.Len() == 0:
		case strings.HasSuffix(cur, "-"):
			if w1, w2 := lastWord(cur[:len(cur)-1]), firstWord(l); w1 != "" && w2 != "" &&
				unicode.IsLower([]rune(w2)[0]) && !strings.HasSuffix(cur[:len(cur)-1-len(w1)], "-") {
				joined, hyphened := strings.ToLower(w1+w2), strings.ToLower(w1+"-"+w2)
				if words[joined] || !words[hyphened] {
					b.Reset()
					b.WriteString(cur[:len(cur)-1])
				}
			}
		default:
			b.WriteByte(' ')
		}
		b.WriteString(l)
	}
	return b.String()
}

// pdfWords returns the words of the paragraphs that are not split across
// lines, lower case: runs of letters, and runs of letters joined by
// hyphens, which are also kept whole.
func pdfWords(paras [][]string) map[string]bool {
	words := map[string]bool{}
	for _, para := range paras {
		for i, l := range para {
			fs := strings.Fields(l)
			for j, f := range fs {
				if i < len(para)-1 && j == len(fs)-1 && strings.HasSuffix(f, "-") {
					continue // broken at the line's end
				}
				f = strings.ToLower(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }))
				if f == "" {
					continue
				}
				words[f] = true
				for _, part := range strings.Split(f, "-") {
					words[part] = true
				}
			}
		}
	}
	return words
}

// lastWord returns the letters that end s; firstWord the letters that
// start s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return s[i:]
}

func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// pdfLines rebuilds lines from glyphs: a glyph more than half its size
// above or below the line starts a new one; a gap wider than 0.15 of the
// font size inside a line is a space. A ligature glyph ("ﬁ") is written as
// its letters, and a spacing accent drawn over the letter after it (TeX's
// "M¨oller") is combined with the letter ("Möller").
func pdfLines(glyphs []pdf.Text) []*pdfLine {
	var lines []*pdfLine
	var cur *pdfLine
	var end float64 // x where the last glyph ended
	var mark rune   // the combining accent of the glyph before, or 0
	for i, g := range glyphs {
		if g.S == "\n" {
			continue // the end of a string shown, not text: positions say where words end
		}
		size := math.Max(g.FontSize, 1)
		if cur == nil || math.Abs(g.Y-cur.y) > 0.5*size {
			cur = &pdfLine{y: g.Y, size: g.FontSize}
			lines = append(lines, cur)
		} else if (g.X > end+0.15*size || g.X < end-2*size) && g.S != " " && !strings.HasSuffix(cur.text.String(), " ") {
			cur.text.WriteByte(' ')
		}
		if r, ok := spacingAccents[g.S]; ok && i+1 < len(glyphs) {
			next := glyphs[i+1]
			if n, _ := utf8.DecodeRuneInString(next.S); unicode.IsLetter(n) && math.Abs(next.X-g.X) < 0.5*math.Max(g.W, next.W) && math.Abs(next.Y-g.Y) < size {
				mark = r
				continue
			}
		}
		switch {
		case mark != 0:
			cur.text.WriteString(norm.NFC.String(g.S + string(mark)))
			mark = 0
		case strings.ContainsFunc(g.S, func(r rune) bool { return r >= 0xfb00 && r <= 0xfb06 }):
			cur.text.WriteString(norm.NFKC.String(g.S))
		default:
			cur.text.WriteString(g.S)
		}
		end = g.X + g.W
	}
	return lines
}

// spacingAccents maps the spacing accents TeX draws over letters to their
// combining forms.
var spacingAccents = map[string]rune{
	"¨": '\u0308', "´": '\u0301', "ˆ": '\u0302', "˜": '\u0303', "¯": '\u0304', "˘": '\u0306',
	"˙": '\u0307', "˚": '\u030a', "˝": '\u030b', "ˇ": '\u030c', "¸": '\u0327', "˛": '\u0328',
}
