package bot

import (
	"testing"

	"github.com/citebot/citebot"
)

func TestResolveListRef(t *testing.T) {
	list := "There are 3 documents:\n- “Bridges of the Valley” · Jane Example [1]\n- “Old Ferries” [2]\n- “The River” · Ann Other · May 2, 2001 [3]"
	history := []citebot.Turn{{Question: "what is this collection about?", Answer: list}}
	tests := []struct {
		q       string
		history []citebot.Turn
		want    string
		ok      bool
	}{
		{"who wrote the second one?", history, "who wrote “Old Ferries”?", true},
		{"when was the 3rd article published", history, "when was “The River” published", true},
		{"summarize the last one", history, "summarize “The River”", true},
		{"and #1?", history, "and “Bridges of the Valley”?", true},
		{"what about number 2", history, "what about “Old Ferries”", true},
		{"when was the first visit?", history, "when was the first visit?", false},                                                   // an ordinal of something else
		{"who wrote the fifth one?", history, "who wrote the fifth one?", false},                                                     // no fifth item
		{"who wrote the second one?", []citebot.Turn{{Question: "q", Answer: "An answer. [1]"}}, "who wrote the second one?", false}, // no list
		{"who wrote the second one?", nil, "who wrote the second one?", false},
		{"and the last one?", append(history, citebot.Turn{Question: "who wrote the second one?", Answer: "Jane Example [1]"}),
			"and “The River”?", true}, // the list of a turn before
		{"and the last one?", append(append(history, make([]citebot.Turn, listTurns)...), citebot.Turn{}),
			"and the last one?", false}, // a list too long ago
	}
	for _, tt := range tests {
		got, ok := resolveListRef(tt.q, tt.history)
		if got != tt.want || ok != tt.ok {
			t.Errorf("resolveListRef(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}

// FuzzResolveListRef: any question, after any list, is rewritten only
// where it refers to an item, and never panics.
func FuzzResolveListRef(f *testing.F) {
	list := []citebot.Turn{{Answer: "There are 2 documents:\n- “A” [1]\n- “B” · X [2]"}}
	for _, s := range []string{"the second one", "#2", "number 10", "the last doc?", "no. 3", "\xffthe 1st one"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := resolveListRef(s, list)
		if !ok && got != s {
			t.Fatalf("resolveListRef(%q) = %q, false: changed without a reference", s, got)
		}
	})
}
