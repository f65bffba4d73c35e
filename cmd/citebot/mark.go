package main

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// piece is a run of answer text, or (mark != "") a mark to show after the
// sentence before it.
type piece struct{ text, mark string }

// Marks shown after a sentence of an LLM answer.
const (
	markUnverified = " (unverified)"
	markUncited    = " (no source)"
)

// numsRe finds a marker's citation numbers.
var (
	markRe = regexp.MustCompile(`\[\d+(?:,\s*\d+)*\]`)
	numsRe = regexp.MustCompile(`\d+`)
)

// markUnsupported splits an LLM answer into pieces, with a mark after
// each sentence that cites nothing or whose citations were all found
// unsupported, where it stands. Other answers come back as one piece.
func markUnsupported(answer string, a *citebot.Answer) []piece {
	if a.Mode != citebot.ModeLLM || !a.Answered {
		return []piece{{text: answer}}
	}
	supported := map[int]bool{}
	for _, c := range a.Citations {
		supported[c.N] = supported[c.N] || c.Supported
	}
	spans := text.Sentences(answer)
	marks := markRe.FindAllStringIndex(answer, -1)
	var out []piece
	at := 0
	for i, sp := range spans {
		end, cites := sentenceEnd(answer, sp, spans, i, marks)
		if end <= at {
			continue
		}
		out = append(out, piece{text: answer[at:end]})
		at = end
		if m := sentenceMark(answer[sp.Start:sp.End], cites, supported); m != "" {
			out = append(out, piece{mark: m})
		}
	}
	return append(out, piece{text: answer[at:]})
}

// sentenceEnd returns where sentence i ends once the markers it owns are
// counted in, and their citation numbers. A marker belongs to the last
// sentence that has a word before it ("… in 2014. [1] Then …" cites the
// first sentence).
func sentenceEnd(answer string, sp text.Span, spans []text.Span, i int, marks [][]int) (int, []int) {
	end := sp.End
	var cites []int
	for _, m := range marks {
		if owner(answer, spans, m[0]) != i {
			continue
		}
		for _, n := range numsRe.FindAllString(answer[m[0]:m[1]], -1) {
			k, _ := strconv.Atoi(n)
			cites = append(cites, k)
		}
		end = max(end, m[1])
	}
	return end, cites
}

// owner returns the index of the sentence the marker at byte at belongs
// to.
func owner(answer string, spans []text.Span, at int) int {
	j := -1
	for k, sp := range spans {
		if sp.Start <= at {
			j = k
		}
	}
	if j > 0 && !hasLetter(answer[spans[j].Start:at]) {
		j--
	}
	return max(j, 0)
}

// sentenceMark is the mark for a sentence with the given citations: ""
// when one of them is supported or the sentence has no words.
func sentenceMark(s string, cites []int, supported map[int]bool) string {
	if !hasLetter(markRe.ReplaceAllString(s, "")) {
		return ""
	}
	if len(cites) == 0 {
		return markUncited
	}
	for _, n := range cites {
		if supported[n] {
			return ""
		}
	}
	return markUnverified
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
