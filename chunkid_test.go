package citebot_test

import (
	"strings"
	"testing"

	"github.com/citebot/citebot"
)

func TestParseChunkID(t *testing.T) {
	tests := []struct {
		in   string
		doc  string
		n    int
		fail bool
	}{
		{"dawn#12", "dawn", 12, false},
		{"  Dawn#3 ", "dawn", 3, false},
		{"news-a-2#1", "news-a-2", 1, false},
		{"dawn", "", 0, true},
		{"dawn#", "", 0, true},
		{"#5", "", 0, true},
		{"dawn#0", "", 0, true},
		{"dawn#-1", "", 0, true},
		{"../etc#1", "", 0, true},
		{"dawn#99999999999999999999", "", 0, true},
	}
	for _, tt := range tests {
		doc, n, err := citebot.ParseChunkID(tt.in)
		if (err != nil) != tt.fail || doc != tt.doc || n != tt.n {
			t.Errorf("ParseChunkID(%q) = %q, %d, %v", tt.in, doc, n, err)
		}
	}
}

func FuzzParseChunkID(f *testing.F) {
	for _, s := range []string{"dawn#12", "#", "a#b#3", "../x#1", "é#1", "x#" + strings.Repeat("9", 30)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc, n, err := citebot.ParseChunkID(s)
		if err != nil {
			return
		}
		if n < 1 || doc == "" || strings.ContainsAny(doc, "/.#") {
			t.Fatalf("ParseChunkID(%q) = %q, %d", s, doc, n)
		}
		if d2, n2, err := citebot.ParseChunkID(citebot.ChunkID(doc, n)); err != nil || d2 != doc || n2 != n {
			t.Fatalf("round trip of %q failed", s)
		}
	})
}
