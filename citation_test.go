package citebot_test

import (
	"testing"

	"github.com/citebot/citebot"
)

// textLib is a Library of one document's text; it gives nothing else.
type textLib map[string]string

func (l textLib) Sources() []citebot.Source { return nil }
func (l textLib) Chunk(string) (citebot.ChunkContext, error) {
	return citebot.ChunkContext{}, citebot.ErrNotFound
}
func (l textLib) FindQuote(string, int) ([]citebot.Passage, error) { return nil, nil }
func (l textLib) Text(doc string) (string, error) {
	if t, ok := l[doc]; ok {
		return t, nil
	}
	return "", citebot.ErrNotFound
}

func TestCitationHolds(t *testing.T) {
	lib := textLib{"a.txt": "The bridge opened in 1851."}
	tests := []struct {
		name string
		c    citebot.Citation
		want bool
	}{
		{"exact", citebot.Citation{Doc: "a.txt", Start: 4, End: 10, Quote: "bridge"}, true},
		{"empty span", citebot.Citation{Doc: "a.txt", Start: 3, End: 3, Quote: ""}, true},
		{"other words", citebot.Citation{Doc: "a.txt", Start: 4, End: 10, Quote: "bridges"}, false},
		{"past the end", citebot.Citation{Doc: "a.txt", Start: 20, End: 40, Quote: "x"}, false},
		{"negative start", citebot.Citation{Doc: "a.txt", Start: -1, End: 3, Quote: "The"}, false},
		{"reversed", citebot.Citation{Doc: "a.txt", Start: 10, End: 4, Quote: ""}, false},
		{"no such document", citebot.Citation{Doc: "b.txt", Start: 0, End: 3, Quote: "The"}, false},
	}
	for _, tt := range tests {
		if got := tt.c.Holds(lib); got != tt.want {
			t.Errorf("%s: Holds = %v, want %v", tt.name, got, tt.want)
		}
	}
}
