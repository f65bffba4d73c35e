package ingest

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/text"
)

// Chunk sizes in bytes: a chunk grows sentence by sentence up to about
// chunkTarget; a paragraph break past half of it ends the chunk. A
// sentence longer than chunkTarget is cut into parts that are not, and no
// chunk is longer than chunkMax, whatever white space separates its
// sentences.
const (
	chunkTarget  = 700
	chunkOverlap = 250 // the last sentence is repeated in the next chunk when shorter than this
	chunkMax     = chunkTarget + chunkTarget/2
)

// piece is a chunk's span before it is numbered.
type piece struct {
	Start, End int
	Meta       bool // a metadata line (title, byline, ...), not prose
}

// makeChunks cuts a document into sentence-aligned pieces from its content
// blocks, never across a boilerplate block, with a one-sentence overlap
// inside a paragraph, plus one piece per metadata line not already inside a
// chunk. Fenced code is read as one paragraph with the text above it: its
// lines, fences and braces end no chunk, so "Install it with:" and the
// command below it share a chunk unless the chunk is full. Pieces are in
// document order. Once ctx is done it returns what it has cut so far.
func makeChunks(ctx context.Context, doc string, blocks []block, meta Meta) []piece {
	var out []piece
	var cur []text.Span // sentences of the chunk being built
	emit := func(overlap bool) {
		if len(cur) == 0 {
			return
		}
		out = append(out, piece{Start: cur[0].Start, End: cur[len(cur)-1].End})
		last := cur[len(cur)-1]
		cur = cur[:0]
		if overlap && len(out) > 0 && last.End-last.Start < chunkOverlap && out[len(out)-1].Start != last.Start {
			cur = append(cur, last)
		}
	}
	prevContent := false
	for _, b := range blocks {
		if ctx.Err() != nil {
			break
		}
		if !b.Content && !b.Code {
			emit(false)
			prevContent = false
			continue
		}
		if !b.Content {
			continue // a code fence or a lone brace: no sentence, and no break
		}
		if prevContent && !b.Code && size(cur) >= chunkTarget/2 {
			emit(false)
		}
		for _, s := range sentencesOf(doc, b) {
			if len(cur) > 0 && (size(cur)+(s.End-s.Start) > chunkTarget || s.End-cur[0].Start > chunkMax) {
				emit(true)
				if len(cur) > 0 && s.End-cur[0].Start > chunkMax {
					cur = cur[:0] // too far from s to be repeated
				}
			}
			cur = append(cur, s)
		}
		prevContent = true
	}
	emit(false)
	return addMeta(out, meta)
}

// sentencesOf returns the sentence spans of a block, in document offsets;
// a sentence longer than chunkTarget is cut into parts (see cutLong).
func sentencesOf(doc string, b block) []text.Span {
	var out []text.Span
	for _, s := range text.BlockSentences(doc[b.Start:b.End]) { // b is a block of text.Blocks(doc)
		s.Start += b.Start
		s.End += b.Start
		out = cutLong(out, doc, s, chunkTarget)
	}
	return out
}

// cutLong appends sp to out, cut into spans of at most limit bytes when it
// is longer: each ends at the last white space that fits, or when a word
// is longer than limit, at the last rune boundary that fits. Spans are
// trimmed of white space and never empty. It is linear in the length of
// sp.
func cutLong(out []text.Span, doc string, sp text.Span, limit int) []text.Span {
	for sp.End-sp.Start > limit {
		end := sp.Start + limit // doc[end] is the first byte that does not fit
		cut := strings.LastIndexFunc(doc[sp.Start:end+1], unicode.IsSpace)
		if cut > 0 {
			end = sp.Start + cut
		} else {
			for end > sp.Start+1 && !utf8.RuneStart(doc[end]) {
				end--
			}
		}
		if part := text.Trim(doc, text.Span{Start: sp.Start, End: end}); part.End > part.Start {
			out = append(out, part)
		}
		sp = text.Trim(doc, text.Span{Start: end, End: sp.End})
	}
	if sp.End > sp.Start {
		out = append(out, sp)
	}
	return out
}

func size(ss []text.Span) int {
	if len(ss) == 0 {
		return 0
	}
	return ss[len(ss)-1].End - ss[0].Start
}

// addMeta adds a piece for each metadata span that no chunk covers, and
// sorts the result by start offset.
func addMeta(ps []piece, meta Meta) []piece {
	for _, sp := range meta.Spans {
		covered := false
		for _, p := range ps {
			if p.Start <= sp.Start && sp.End <= p.End {
				covered = true
				break
			}
		}
		if !covered && sp.End > sp.Start {
			ps = append(ps, piece{Start: sp.Start, End: sp.End, Meta: true})
		}
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Start < ps[j].Start })
	return ps
}
