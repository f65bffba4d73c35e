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

// sourcesLib is a citebot.Library that lists documents and holds nothing.
type sourcesLib []citebot.Source

func (l sourcesLib) Sources() []citebot.Source { return l }
func (sourcesLib) Chunk(string) (citebot.ChunkContext, error) {
	return citebot.ChunkContext{}, citebot.ErrNotFound
}
func (sourcesLib) FindQuote(string, int) ([]citebot.Passage, error) { return nil, nil }
func (sourcesLib) Text(string) (string, error)                      { return "", citebot.ErrNotFound }

func TestResolveDocRef(t *testing.T) {
	lib := sourcesLib{{Title: "Bridges of the Valley"}, {Path: "notes.txt"}, {Title: "The River"}}
	tests := []struct {
		q    string
		lib  citebot.Library
		want string
		ok   bool
	}{
		{"summarize the first article", lib, "summarize “Bridges of the Valley”", true},
		{"who wrote the 3rd doc?", lib, "who wrote “The River”?", true},
		{"tldr of the last document pls", lib, "tldr of “The River” pls", true},
		{"summarize the second article", lib, "summarize the second article", false},                                     // it has no title
		{"what does the first article of the treaty say?", lib, "what does the first article of the treaty say?", false}, // an article of something
		{"who wrote the first one?", lib, "who wrote the first one?", false},                                             // "one" needs a list
		{"what does the first source say?", lib, "what does the first source say?", false},                               // a source of an answer
		{"summarize the fourth article", lib, "summarize the fourth article", false},                                     // no fourth document
		{"summarize the first article", nil, "summarize the first article", false},                                       // no library
		{"when was the first visit?", lib, "when was the first visit?", false},
	}
	for _, tt := range tests {
		got, ok := resolveDocRef(tt.q, tt.lib)
		if got != tt.want || ok != tt.ok {
			t.Errorf("resolveDocRef(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}

// FuzzResolveDocRef: any question is rewritten only where it refers to a
// document of the collection by its place, and never panics.
func FuzzResolveDocRef(f *testing.F) {
	lib := sourcesLib{{Title: "A"}, {Title: "B"}}
	for _, s := range []string{"the first article", "the 2nd doc of", "the last document?", "\xffthe 1st page", "the tenth file"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := resolveDocRef(s, lib)
		if !ok && got != s {
			t.Fatalf("resolveDocRef(%q) = %q, false: changed without a reference", s, got)
		}
	})
}
