package conflict

import (
	"strconv"
	"strings"

	"github.com/citebot/citebot/text"
)

// ordinalWords maps folded ordinals written as words to their number.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
	"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
	"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}

// finishWords are folded words after which an ordinal is a placing
// ("finished fourth", "came in second", "ended the season third");
// placeWords, words after it that make it one ("fourth place").
var (
	finishWords = map[string]bool{"finish": true, "finished": true, "finishes": true, "finishing": true, "came": true,
		"come": true, "comes": true, "placed": true, "ended": true, "end": true, "ends": true}
	placeWords = map[string]bool{"place": true, "position": true, "spot": true}
)

// ordinalOf returns the number of an ordinal token ("fifth", "5th"), or 0.
func ordinalOf(s string, t text.Token) int {
	if n := ordinalWords[t.Norm]; n > 0 {
		return n
	}
	w := t.Norm
	if len(w) > 2 && strings.Contains("st nd rd th", w[len(w)-2:]) {
		w = w[:len(w)-2] // "3rd" as one token
	} else if !ordinal(s, t) {
		return 0
	}
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 100 {
		return n
	}
	return 0
}

// placings returns the placings of sentence s in a contest or a table:
// an ordinal at most three words after a word of finishing ("finished
// fifth in the division") or just before "place" ("fourth place"), with
// the content words of the four after it (where it was placed).
func placings(s string, toks []text.Token) []value {
	var out []value
	for i, t := range toks {
		n := ordinalOf(s, t)
		if n == 0 {
			continue
		}
		placed := i+1 < len(toks) && placeWords[toks[i+1].Norm]
		for k := max(0, i-3); k < i && !placed; k++ {
			placed = finishWords[toks[k].Norm]
		}
		if placed {
			end := t.End
			if ordinal(s, t) {
				end += 2 // "5th" split
			}
			v := value{start: t.Start, end: end, num: float64(n), prec: 1}
			for _, u := range toks[i+1 : min(len(toks), i+5)] {
				if u.Start >= end && !text.IsStop(u.Norm) && !placeWords[u.Norm] {
					v.follow = append(v.follow, u.Stem) // where: "in the Northern Premier Division"
				}
			}
			out = append(out, v)
		}
	}
	return out
}

// periods returns the spans of years of sentence s: a range ("1979 to
// 1989", "from 1979 until 1989", "1979–1989") or decades ("the 1980s",
// "the 1980s and 1990s"), each with its first and last year.
func periods(s string, toks []text.Token) []value {
	var out []value
	for i := 0; i < len(toks); i++ {
		lo, hi, j := span(s, toks, i)
		if j < 0 {
			continue
		}
		k := j
		if k+2 < len(toks) && rangeWord(s, toks[k], toks[k+1]) {
			if _, h2, e := span(s, toks, k+2); e >= 0 && h2 > hi {
				k, hi = e, h2
			}
		} else if k+1 < len(toks) && dash(s[toks[k].End:toks[k+1].Start]) {
			if _, h2, e := span(s, toks, k+1); e >= 0 && h2 > hi {
				k, hi = e, h2
			}
		}
		if k > i {
			out = append(out, value{start: toks[i].Start, end: toks[k].End, first: lo, last: hi})
		}
		i = k
	}
	return out
}

// span reads a year or a decade at toks[i] ("1979"; "1980s", which the
// tokens split), returning its first and last year and the index of its
// last token, or j = -1.
func span(s string, toks []text.Token, i int) (lo, hi, j int) {
	t := toks[i]
	if !isYear(t.Norm) {
		return 0, 0, -1
	}
	lo = atoi(t.Norm)
	if i+1 < len(toks) && toks[i+1].Norm == "s" && lo%10 == 0 {
		if gap := s[t.End:toks[i+1].Start]; gap == "" || gap == "'" || gap == "’" {
			return lo, lo + 9, i + 1
		}
	}
	return lo, lo, i
}

// rangeWord reports whether b, after a, joins two years or decades into
// a span: "to", "until", "till", "through", "and" (of decades).
func rangeWord(s string, a, b text.Token) bool {
	switch b.Norm {
	case "to", "until", "till", "through", "and":
		return strings.TrimSpace(s[a.End:b.Start]) == ""
	}
	return false
}

func atoi(w string) int {
	n, _ := strconv.Atoi(w)
	return n
}
