package retrieval

import (
	"context"
	"log/slog"
	"testing"
	"testing/fstest"
)

// A chunk that says the asked word many times outranks one that says it
// once with the textbook parameters, not with the fitted ones, which
// count a repeated word little more than once and prefer the chunk that
// also holds the question's other word.
func TestBM25Options(t *testing.T) {
	corpus := fstest.MapFS{
		"repeat.txt": {Data: []byte("Tariffs, tariffs and more tariffs: the tariffs of the tariffs committee on tariffs.\n")},
		"both.txt":   {Data: []byte("The tariffs were set in the treaty of commerce signed by the two ministers after long talks in the capital.\n")},
		"other.txt":  {Data: []byte("The harbour was deepened.\n")},
		"more.txt":   {Data: []byte("A treaty of friendship was signed.\n")},
	}
	tests := []struct {
		name  string
		p     BM25
		want  BM25   // the index's parameters
		first string // the best document for the query
	}{
		{"zero means the fitted default", BM25{}, DefaultBM25(), "both.txt"},
		{"textbook", BM25{K1: 1.2, B: 0.75}, BM25{K1: 1.2, B: 0.75}, "repeat.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix, _, err := Open(context.Background(), Corpus{FS: corpus, Name: "mem"}, Options{BM25: tt.p, Logger: slog.New(slog.DiscardHandler)})
			if err != nil {
				t.Fatal(err)
			}
			if ix.bm25 != tt.want {
				t.Errorf("index parameters %v, want %v", ix.bm25, tt.want)
			}
			top, err := ix.state().bm.top([]string{"tariff", "treati"}, []float64{1, 0.5}, 2, ix.bm25)
			if err != nil || len(top) == 0 {
				t.Fatalf("top: %v, %v", top, err)
			}
			if got := ix.state().docOf(top[0].chunk); got.Path != tt.first {
				t.Errorf("first %s, want %s", got.Path, tt.first)
			}
		})
	}
}
