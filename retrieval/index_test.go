package retrieval

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/corpus"
	"github.com/citebot/citebot/text"
)

// seedIndex opens the embedded corpus in memory once per test binary.
var seedIndex = sync.OnceValues(func() (*Index, error) {
	ix, _, err := Open(context.Background(), Corpus{FS: corpus.FS(), Name: "embedded"}, shared(Options{}))
	return ix, err
})

func mustSeed(t testing.TB) *Index {
	t.Helper()
	ix, err := seedIndex()
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestSearchFindsExactTerms(t *testing.T) {
	ix := mustSeed(t)
	tests := []struct {
		name, query, want string // want must occur in one of the top 3 passages
	}{
		{"acronym", "CASA-1000", "CASA-1000"},
		{"engine model", "RD-93 engines", "RD-93"},
		{"number", "348 million dollars", "348 million"},
		{"person", "Fradkov", "Fradkov"},
		{"run-together word", "helicopters deal", "helicoptersbut"},
		{"place", "Sochi summit", "Sochi"},
		{"accents typed plain", "detente new epoch", "Détente"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := ix.Search(context.Background(), tt.query, 3)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range ps {
				if strings.Contains(p.Text, tt.want) {
					return
				}
			}
			t.Errorf("Search(%q): no top-3 passage contains %q", tt.query, tt.want)
		})
	}
}

func TestPassagesAreExactBytes(t *testing.T) {
	ix := mustSeed(t)
	for _, q := range []string{"Pakistan Steel Mills", "joint military exercise", "gas pipeline", "zzz-nothing-matches"} {
		ps, err := ix.Search(context.Background(), q, 10)
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range ps {
			doc, err := ix.Text(p.Doc)
			if err != nil {
				t.Fatal(err)
			}
			if doc[p.Start:p.End] != p.Text {
				t.Errorf("%q: passage %s is not doc[%d:%d]", q, p.ID, p.Start, p.End)
			}
			if p.Rank != i+1 {
				t.Errorf("%q: passage %d has rank %d", q, i, p.Rank)
			}
			if p.Source == nil || p.Source.Path != p.Doc {
				t.Errorf("%q: passage %s has source %+v", q, p.ID, p.Source)
			}
		}
	}
}

// TestPassagesComeSplit checks that searches, also concurrent ones, hand
// out each passage with the sentences text.Sentences finds in its text, the
// same on every search that finds it.
func TestPassagesComeSplit(t *testing.T) {
	ix := mustSeed(t)
	queries := []string{"Pakistan Steel Mills", "joint military exercise", "gas pipeline", "Sochi summit"}
	var wg sync.WaitGroup
	for range 4 {
		for _, q := range queries {
			wg.Go(func() {
				ps, err := ix.Search(context.Background(), q, 10)
				if err != nil {
					t.Error(err)
					return
				}
				for _, p := range ps {
					if want := text.Sentences(p.Text); !slices.Equal(p.Sentences, want) {
						t.Errorf("%q: passage %s has sentences %v, want %v", q, p.ID, p.Sentences, want)
					}
				}
			})
		}
	}
	wg.Wait()
}

func TestSearchEdgeCases(t *testing.T) {
	ix := mustSeed(t)
	for _, q := range []string{"", "the of and", "\x00\xff", strings.Repeat("pakistan ", 5000)} {
		if _, err := ix.Search(context.Background(), q, 5); err != nil {
			t.Errorf("Search(%.20q): %v", q, err)
		}
	}
	ps, err := ix.Search(context.Background(), "Russia", 100000)
	if err != nil || len(ps) == 0 || len(ps) > len(ix.state().chunks) {
		t.Errorf("Search with k beyond the corpus: %d passages, %v", len(ps), err)
	}
}

func TestChunkLookup(t *testing.T) {
	ix := mustSeed(t)
	ps, _ := ix.Search(context.Background(), "Musharraf visited Moscow", 1)
	c, err := ix.Chunk(ps[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if c.Passage.Text != ps[0].Text || c.StartLine < 1 || c.EndLine < c.StartLine {
		t.Errorf("Chunk(%s) = %+v", ps[0].ID, c)
	}
	if doc, _ := ix.Text(c.Passage.Doc); !strings.Contains(doc, c.Before+c.Passage.Text+c.After) {
		t.Errorf("context is not contiguous document text")
	}
	tests := []struct {
		ref  string
		want error
	}{
		{"nosuchdoc#1", citebot.ErrNotFound},
		{ps[0].ID[:strings.IndexByte(ps[0].ID, '#')] + "#9999", citebot.ErrNotFound},
		{"../../etc/passwd", citebot.ErrBadRef},
		{"#3", citebot.ErrBadRef},
		{"doc#0", citebot.ErrBadRef},
		{"doc#x", citebot.ErrBadRef},
	}
	for _, tt := range tests {
		if _, err := ix.Chunk(tt.ref); !errors.Is(err, tt.want) {
			t.Errorf("Chunk(%q) error = %v, want %v", tt.ref, err, tt.want)
		}
	}
}

func TestTextNeverLeavesCorpus(t *testing.T) {
	ix := mustSeed(t)
	for _, p := range []string{"../../etc/passwd", "/etc/passwd", "..", "../corpus/000_e6294c222c3ceea2.txt"} {
		if _, err := ix.Text(p); !errors.Is(err, citebot.ErrBadRef) && !errors.Is(err, citebot.ErrNotFound) {
			t.Errorf("Text(%q) error = %v", p, err)
		}
	}
	if _, err := ix.Text("./000_e6294c222c3ceea2.txt"); err != nil {
		t.Errorf("Text of a corpus file: %v", err)
	}
}

func TestFindQuote(t *testing.T) {
	ix := mustSeed(t)
	tests := []struct {
		name, quote string
		exact       bool
	}{
		{"exact", "an old friend is better than two new friends", true},
		{"case and space folded", "AN OLD   friend is better", true},
		{"non-breaking space in doc", "Published in Daily Times", true},
		{"curly quotes folded", `'Aman 2019'`, true},
		{"accents folded", "Pakistan-Russo Detente In New Epoch", true},
		{"near match", "Russia gave help of 300 to 500 million dollars to modernise Pakistan Steel Mills", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := ix.FindQuote(tt.quote, 3)
			if err != nil || len(ps) == 0 {
				t.Fatalf("FindQuote(%q) = %v, %v", tt.quote, ps, err)
			}
			doc, _ := ix.Text(ps[0].Doc)
			if doc[ps[0].Start:ps[0].End] != ps[0].Text {
				t.Errorf("match is not exact document bytes")
			}
			if (ps[0].Score == 1) != tt.exact {
				t.Errorf("FindQuote(%q) score %v, exact=%v", tt.quote, ps[0].Score, tt.exact)
			}
		})
	}
	if ps, _ := ix.FindQuote("quantum chromodynamics lattice", 3); len(ps) != 0 {
		t.Errorf("unrelated quote matched: %+v", ps)
	}
}

func TestSources(t *testing.T) {
	ix := mustSeed(t)
	srcs := ix.Sources()
	if len(srcs) != 5 {
		t.Fatalf("%d sources, want 5", len(srcs))
	}
	ids := map[string]bool{}
	for _, s := range srcs {
		if s.ID == "" || ids[s.ID] || s.Chunks == 0 || s.Title == "" {
			t.Errorf("bad source %+v", s)
		}
		ids[s.ID] = true
	}
}

func TestChunkIDsStable(t *testing.T) {
	a, _, err := Open(context.Background(), Corpus{FS: corpus.FS()}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	b := mustSeed(t)
	ac, bc := a.state().chunks, b.state().chunks
	if len(ac) != len(bc) {
		t.Fatalf("chunk counts differ: %d vs %d", len(ac), len(bc))
	}
	for i := range ac {
		pa, pb := a.state().passage(int32(i), 0), b.state().passage(int32(i), 0)
		if pa.ID != pb.ID || pa.Start != pb.Start || pa.End != pb.End {
			t.Fatalf("chunk %d differs: %s %d-%d vs %s %d-%d", i, pa.ID, pa.Start, pa.End, pb.ID, pb.Start, pb.End)
		}
	}
}

func FuzzFindQuote(f *testing.F) {
	for _, s := range []string{"an old friend", "ＡＮ ＯＬＤ", "\u00a0friend\u00a0", "’", "", "\xff", "a", "Pakistan Russia"} {
		f.Add(s)
	}
	ix := mustSeed(f)
	f.Fuzz(func(t *testing.T, quote string) {
		ps, err := ix.FindQuote(quote, 3)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			doc, err := ix.Text(p.Doc)
			if err != nil || p.Start < 0 || p.End > len(doc) || p.Start > p.End || doc[p.Start:p.End] != p.Text {
				t.Fatalf("FindQuote(%q) gave an inexact span %+v", quote, p)
			}
		}
	})
}
