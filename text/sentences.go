package text

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

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
func Sentences(s string) []Span { return SentencesAt(s, 0, WrapWidth(s)) }

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

// SentencesAt splits s[from:] into sentence spans as Sentences does,
// relative to s[from:], where s is a passage of a document wrapped at
// width (WrapWidth of the document; 0: not wrapped) and s[:from] is the
// start of the line that s[from:] starts within. A short passage cut from
// a wrapped document cannot tell its width, and its first line may be the
// end of one ("... version.  For\npurposes of this definition, ..."): on
// its own, a line that the width wraps before a capital ("... of such
// Source Code\nForm, and ...") or that holds one word ("For") would end
// a block. Its spans are those Sentences would find in s past from were s
// wrapped at width, the one that runs into s[from:] cut at from.
func SentencesAt(s string, from, width int) []Span {
	var out []Span
	for _, blk := range blocksAt(s, width) {
		for _, sp := range sentencesIn(s, blk) {
			if sp.End <= from {
				continue
			}
			if sp = Trim(s, Span{Start: max(sp.Start, from), End: sp.End}); sp.End > sp.Start {
				out = append(out, Span{Start: sp.Start - from, End: sp.End - from})
			}
		}
	}
	return out
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
			if sp = trimQuoteMarker(s, Trim(s, sp)); sp.End <= sp.Start {
				continue
			}
			if n := len(out); n > 0 && abbreviated(s, out[n-1], sp) {
				out[n-1].End = sp.End // "4.9 million bbl." + "of oil that spilled …"
				continue
			}
			out = append(out, sp)
		}
	}
	return out
}

// abbreviated reports whether a sentence break Punkt found between the
// spans prev and next of s follows an abbreviation it does not know
// rather than a sentence: prev ends in a short lower-case word and a full
// stop ("bbl.", "approx.") and next goes on, on the same line, in lower
// case ("of oil that spilled"), or prev ends in a month's abbreviation
// and next starts with the day ("Jun." + "10, 17"), which Punkt splits
// at the start of a line and before a day ending a sentence (so "on Mar.
// 3. It held." stays one span), or prev ends in a title's abbreviation
// or in a given name and a middle initial and next starts with a
// capitalised word ("Capt." + "Gregory", "Samuel A." + "Ward."). A line
// break ("Install it first.\nnpm install x") or a first word with a
// capital or a digit in it (a name in mixed case, "iPhones are …", or an
// identifier, "f12j-28: …") starts a sentence.
func abbreviated(s string, prev, next Span) bool {
	p, n := s[prev.Start:prev.End], s[next.Start:next.End]
	if strings.Contains(s[prev.End:next.Start], "\n") {
		return false
	}
	if reMonthEnd.MatchString(p) && reDayStart.MatchString(n) {
		return true // "Jun." + "10, 17 · Agile Zone"
	}
	if (titleEnd(p) || middleInitial(p)) && len(n) > 1 && unicode.IsUpper(rune(n[0])) && unicode.IsLower(rune(n[1])) {
		return true // "Capt." + "Gregory Stanclik remained upbeat"; "choirmaster Samuel A." + "Ward."
	}
	if !strings.HasSuffix(p, ".") || n == "" || n[0] < 'a' || n[0] > 'z' {
		return false
	}
	if first, _, _ := strings.Cut(n, " "); strings.IndexFunc(first, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }) >= 0 {
		return false // "iPhones", "f12j-28"
	}
	word := wordBefore(p, len(p)-1)
	if word == "" || len(word) > 6 {
		return false
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; c < 'a' || c > 'z' {
			return false // "U.S." or "2003." ends sentences too
		}
	}
	return true
}

// titleEnd reports whether p ends in the capitalised abbreviation of a
// title or rank (titleAbbrevs: "Capt.", "Lt. Cmdr."), which a name
// follows rather than a sentence.
func titleEnd(p string) bool {
	if !strings.HasSuffix(p, ".") {
		return false
	}
	word := wordBefore(p, len(p)-1)
	if len(word) < 2 || len(word) > 4 || word[0] < 'A' || word[0] > 'Z' {
		return false // every abbreviation of titleAbbrevs has two to four letters
	}
	var lower [4]byte
	for i := 0; i < len(word); i++ {
		lower[i] = word[i] | 0x20
	}
	return titleWords()[string(lower[:len(word)])]
}

// middleInitial reports whether p ends in a given name and a middle
// initial ("Samuel A."), which Punkt takes for a sentence's end when the
// surname after it ends the sentence ("Samuel A. Ward.").
func middleInitial(p string) bool {
	n := len(p)
	if n < 4 || p[n-1] != '.' || p[n-2] < 'A' || p[n-2] > 'Z' || p[n-3] != ' ' {
		return false
	}
	name := wordBefore(p, n-3)
	return Capitalised(name) && GivenName(strings.ToLower(name))
}

// wordBefore returns the word of s that ends at end: what follows the
// last space, line break or opening parenthesis before it ("bbl" of
// "4.9 million bbl.", "Samuel" of "choirmaster Samuel A.").
func wordBefore(s string, end int) string {
	return s[strings.LastIndexAny(s[:end], " \t\n(")+1 : end]
}

// titleWords are the abbreviations of titleAbbrevs.
var titleWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, abbrevs := range titleAbbrevs {
		for _, a := range abbrevs {
			m[a] = true
		}
	}
	return m
})

// reMonthEnd is a span ending in a month's abbreviation; reDayStart one
// starting with a day of the month.
var (
	reMonthEnd = regexp.MustCompile(`(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$`)
	reDayStart = regexp.MustCompile(`^\d{1,2}\b`)
)

// trimQuoteMarker shrinks sp past the block-quote markers ("> ") it
// starts with when they open its line: a quoted sentence starts at its
// first word.
func trimQuoteMarker(s string, sp Span) Span {
	if sp.Start >= sp.End || s[sp.Start] != '>' || strings.TrimSpace(s[strings.LastIndexByte(s[:sp.Start], '\n')+1:sp.Start]) != "" {
		return sp
	}
	line := s[sp.Start:sp.End]
	return Trim(s, Span{Start: sp.End - len(Unquoted(line)), End: sp.End})
}

// reMissedBreak finds sentence breaks Punkt misses: a number ending a
// sentence ("in 2003. It was"), sentences run together by scraping
// ("ties.As an outcome"), and a quotation ending a sentence before one
// that opens the next (“… to ‘conspiracy?’” “This event …”).
var reMissedBreak = regexp.MustCompile(`\d\d[.!?]["”’)]?\s+([A-Z])(?:[a-z]|\s)|[a-z]{2}[.!?]["”’)]?([A-Z])[a-z]|[a-z]{2}[.!?]["”]\s+(["“][A-Z])[a-z]`)

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
			g = max(m[4], m[6]) // or its opening quotation mark
			if inCode(s, sp.Start+g) || inLink(s, sp.Start+g) {
				continue
			}
		}
		cut := sp.Start + g
		out = append(out, Span{Start: start, End: cut})
		start = cut
	}
	return append(out, Span{Start: start, End: sp.End})
}

// inLink reports whether the word run together with a sentence at byte i
// of s lies in a path, a URL or a Markdown link's target
// ("](/pkg/crypto/tls#Conn.Handshake)", "/usr/share/doc/notes.Debian"):
// its word, from the last space, has a slash or a hash.
func inLink(s string, i int) bool {
	from := strings.LastIndexAny(s[:i], " \t\n") + 1
	return strings.ContainsAny(s[from:i], "/#")
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
