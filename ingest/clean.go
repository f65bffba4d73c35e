package ingest

import (
	"unicode"

	"github.com/citebot/citebot/text"
)

// block is a paragraph or line of a document's text and whether it is
// content (indexed and citable) or boilerplate (navigation, comments,
// sidebars, share buttons, ...).
type block struct {
	Start, End int // byte offsets in the document text
	Content    bool
	Reason     string // why it was judged boilerplate; "" for content
	Code       bool   // a line of a Markdown fenced code block, or a fence: it never ends a chunk
}

// classify splits doc into blocks (text.Blocks) and classifies each as
// content or boilerplate with a jusText-style classifier adapted to plain
// text:
//
//  1. context-free: page furniture recognised by generic web-UI patterns
//     (share buttons, comment forms, pingbacks, "Recent Posts", relative
//     times, menus) is bad; otherwise length and stop-word density make a
//     block good, near-good, short or bad;
//  2. repeated blocks (duplicated captions, pull quotes) are bad;
//  3. a note about the author near the end is good;
//  4. once a comment section or sidebar starts after most of the article,
//     everything after it is bad unless it is long prose; a box of related
//     links that the article goes on after is no such start (its links
//     are judged by their context);
//  5. short and near-good blocks take the class of their neighbours;
//     headings before good blocks and a title at the top stay.
//
// A document with no sign of a web page (no furniture found) or written
// in Markdown keeps every block that no pattern rejects: notes and clean
// texts have no boilerplate to remove. The blocks are in document order,
// within doc and non-overlapping; Reason is short ("comment section",
// "duplicate", "short line", ...) and empty for content.
func classify(doc string) []block {
	spans := text.Blocks(doc)
	fs := make([]blockFeat, len(spans))
	for i, sp := range spans {
		fs[i] = measureBlock(doc, sp)
	}
	markCode(fs)
	markTables(doc, fs)
	english := docDensity(fs) >= englishStops
	strict := false
	for i := range fs {
		if fs[i].code {
			classifyCode(&fs[i])
			continue
		}
		classifyAlone(&fs[i], english)
		strict = strict || furnitureReasons[fs[i].reason]
	}
	markRepeats(fs)
	if !strict || looksMarkdown(fs) {
		keepAllButHard(fs)
		return blocksOf(fs)
	}
	markInlineBoxes(fs)
	markPostButtons(fs)
	end := articleEnd(fs)
	markBios(fs, end)
	cutAfter(fs, end)
	applyContext(fs)
	keepTopTitle(fs)
	if !anyContent(fs) {
		keepAllButHard(fs)
	}
	return blocksOf(fs)
}

// furniture lists the reasons that show a document is a scraped web page.
var furnitureReasons = map[string]bool{
	"comment section": true, "sidebar": true, "relative time": true, "copyright": true,
	"disclaimer": true, "empty byline": true, "share button": true, "navigation": true,
	"menu line": true, "link list": true,
}

// docDensity is the share of stop words among all words of the document;
// it is low when the document is not in English.
func docDensity(fs []blockFeat) float64 {
	words, stops := 0, 0
	for _, f := range fs {
		words += f.words
		stops += f.stops
	}
	if words == 0 {
		return 0
	}
	return float64(stops) / float64(words)
}

// classifyAlone gives f its context-free class. When the document is not
// in English, stop words are not counted against a block; when it is, a
// block in another script is bad. A one-line block without sentence
// punctuation and with few stop words (a caption, a list of names) is
// short: its neighbours decide; so is a sentence with few stop words (a
// news lede full of names: "SAN FRANCISCO—Emirates Team New Zealand set
// …"), kept between good blocks. A short line with words_joined_by
// underscores is bad, but only in a page with other furniture.
func classifyAlone(f *blockFeat, english bool) {
	if r, end := uiReason(f); r != "" {
		f.cls, f.hard, f.reason, f.end = clsBad, true, r, end
		return
	}
	d := f.density()
	if !english {
		d = 1
	}
	switch {
	case linkLike(f):
		f.cls, f.reason = clsBad, "link-like"
	case english && latinShare(f.raw) < 0.5:
		f.cls, f.reason = clsBad, "other language"
	case f.chars < lengthLow:
		f.cls = clsShort
	case f.sentenceEnd && f.chars >= lengthHigh && d >= stopsHigh,
		!f.sentenceEnd && f.chars >= lengthHigh && d >= stopsCaption-0.05:
		f.cls = clsGood
	case f.sentenceEnd && d >= stopsLow, d >= stopsCaption:
		f.cls = clsNearGood
	case f.sentenceEnd:
		f.cls, f.reason = clsShort, "low stop-word density" // kept between good blocks: a lede full of names
	case f.lines == 1 && f.chars < lengthHigh:
		f.cls, f.reason = clsShort, "caption-like" // kept between good blocks
	default:
		f.cls, f.reason = clsBad, "low stop-word density"
	}
}

// latinShare is the share of Latin letters among the letters of s (1 if
// it has none).
func latinShare(s string) float64 {
	letters, latin := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		}
	}
	if letters == 0 {
		return 1
	}
	return float64(latin) / float64(letters)
}

// markCode marks the blocks of fenced code: the fences and every line
// between them (text.Blocks makes each line of a fence a block of its
// own).
func markCode(fs []blockFeat) {
	fenced := false
	for i := range fs {
		fence := text.IsFence(fs[i].raw)
		if fence {
			fenced = !fenced
		}
		fs[i].code = fence || fenced
	}
}

// classifyCode classifies a line of fenced code: it is content when it
// has words, whatever furniture it looks like ("if err != nil {" repeated,
// a "log" import, "// reply with ..."); a fence or a lone brace is not, but
// neither ends a chunk, so code is cut into chunks as prose is, with the
// sentence that introduces it.
func classifyCode(f *blockFeat) {
	if f.words == 0 {
		f.cls, f.hard, f.reason = clsBad, true, "no words"
		return
	}
	f.cls, f.hard, f.reason = clsGood, true, ""
}

// looksMarkdown reports whether the blocks have Markdown headings or
// fenced code.
func looksMarkdown(fs []blockFeat) bool {
	for _, f := range fs {
		if f.markdown || text.IsFence(f.raw) {
			return true
		}
	}
	return false
}

// keepAllButHard makes every block not rejected by a pattern content.
func keepAllButHard(fs []blockFeat) {
	for i := range fs {
		if !fs[i].hard {
			fs[i].cls, fs[i].reason = clsGood, ""
		}
	}
}

func anyContent(fs []blockFeat) bool {
	for _, f := range fs {
		if f.cls == clsGood {
			return true
		}
	}
	return false
}

// keepTopTitle keeps a heading at the top of the document, above which
// there is only page furniture.
func keepTopTitle(fs []blockFeat) {
	for i := 0; i < len(fs) && i < maxTopHeading; i++ {
		switch f := &fs[i]; {
		case f.hard && f.cls == clsBad:
			continue
		case f.cls != clsGood && f.heading:
			f.cls, f.reason = clsGood, ""
		}
		return
	}
}

func blocksOf(fs []blockFeat) []block {
	out := make([]block, len(fs))
	for i, f := range fs {
		out[i] = block{Start: f.span.Start, End: f.span.End, Content: f.cls == clsGood, Code: f.code}
		if !out[i].Content {
			out[i].Reason = f.reason
			if out[i].Reason == "" {
				out[i].Reason = "boilerplate"
			}
		}
	}
	return out
}
