package retrieval

import (
	"context"
	"testing"

	"github.com/citebot/citebot/corpus"
)

func TestNormalize(t *testing.T) {
	ix, _, err := Open(context.Background(), Corpus{FS: corpus.FS(), Name: "embedded"}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"who did musharaf send to russia in 2001", "who did musharraf send to russia in 2001"},
		{"wat did the govt say in '99?", "what did the government say in 1999?"},
		{"When did Musharraf visit Moscow?", "When did Musharraf visit Moscow?"},
		{"trade btw pak n russia in $ mil", "trade between pak and russia in $ million"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ix.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
