package eval

import (
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// ConflictValue is one of the values that the sources of a conflict item
// give, with the quote that gives it.
type ConflictValue struct {
	Doc   string `json:"doc"`
	Quote string `json:"quote"`
	Value string `json:"value"`
}

// ConflictFigures sum up conflicts over a set. Sets without conflict
// items or controls count only the answers that claim a conflict.
type ConflictFigures struct {
	// Items are the conflict items; Reported those whose every listed
	// value the answer reports with a citation on its quote.
	Items    int `json:"items"`
	Reported int `json:"reported"`
	// Controls are items whose sources agree; WronglyClaimed those whose
	// answer claims a conflict.
	Controls       int `json:"controls"`
	WronglyClaimed int `json:"wrongly_claimed"`
	// Claimed counts every answer of the set that claims a conflict.
	Claimed int `json:"claimed"`
}

// conflictReported reports whether the answer to a conflict item reports
// every listed value with a citation on its quote.
func conflictReported(lib citebot.Library, it Item, ans *citebot.Answer) bool {
	if len(it.Conflict) == 0 {
		return false
	}
	for _, want := range it.Conflict {
		ev, _ := locate(lib, Item{Evidence: []Evidence{{Doc: want.Doc, Quote: want.Quote}}})
		if !valueReported(ans, want.Value, ev) {
			return false
		}
	}
	return true
}

// valueReported reports whether a conflict of the answer gives value with
// a citation on one of the spans.
func valueReported(ans *citebot.Answer, value string, ev []span) bool {
	want := text.Fold(value)
	for _, c := range ans.Conflicts {
		if !strings.Contains(text.Fold(c.Value), want) {
			continue
		}
		for _, n := range c.Citations {
			for _, cit := range ans.Citations {
				if cit.N == n && hits(ev, cit.Doc, cit.Start, cit.End) {
					return true
				}
			}
		}
	}
	return false
}

// add counts an item's conflict outcome into f.
func (f *ConflictFigures) add(it Item, r Result) {
	switch {
	case len(it.Conflict) > 0:
		f.Items++
		if r.ConflictReported {
			f.Reported++
		}
	case it.Conflict != nil:
		f.Controls++
		if r.ConflictsClaimed > 0 {
			f.WronglyClaimed++
		}
	}
	if r.ConflictsClaimed > 0 {
		f.Claimed++
	}
}
