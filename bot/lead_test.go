package bot

import (
	"context"
	"slices"
	"testing"

	"github.com/citebot/citebot"
)

func TestLead(t *testing.T) {
	p := func(id, doc string, start, end int) citebot.Passage {
		return citebot.Passage{ID: id, Doc: doc, Start: start, End: end}
	}
	c := func(doc string, start, end int) citebot.Citation {
		return citebot.Citation{Doc: doc, Start: start, End: end}
	}
	pool := []citebot.Passage{p("a#1", "a", 0, 100), p("a#2", "a", 100, 200), p("b#1", "b", 0, 100), p("b#2", "b", 100, 200)}
	more := []citebot.Passage{p("c#1", "c", 0, 50)}
	tests := []struct {
		name  string
		cites []citebot.Citation
		more  []citebot.Passage
		k     int
		want  []string // IDs, in order
	}{
		{"no citations: search order", nil, more, 3, []string{"a#1", "a#2", "b#1"}},
		{"a cited passage leads", []citebot.Citation{c("b", 10, 40)}, nil, 3, []string{"b#1", "a#1", "a#2"}},
		{"cited below the k shown", []citebot.Citation{c("b", 120, 150)}, nil, 2, []string{"b#2", "a#1"}},
		{"in citation order, each once", []citebot.Citation{c("b", 0, 10), c("a", 110, 120), c("b", 20, 30)}, nil, 4, []string{"b#1", "a#2", "a#1", "b#2"}},
		{"from the metadata search", []citebot.Citation{c("c", 5, 9)}, more, 2, []string{"c#1", "a#1"}},
		{"quoting no passage read", []citebot.Citation{c("d", 0, 5), c("a", 90, 110)}, more, 2, []string{"a#1", "a#2"}},
		{"more citations than k", []citebot.Citation{c("b", 110, 120), c("b", 0, 1), c("a", 0, 1)}, nil, 2, []string{"b#2", "b#1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lead(tt.cites, pool, tt.more, tt.k)
			var ids []string
			for i, g := range got {
				ids = append(ids, g.ID)
				if g.Rank != i+1 {
					t.Errorf("%s has rank %d, want %d", g.ID, g.Rank, i+1)
				}
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("lead = %v, want %v", ids, tt.want)
			}
		})
	}
	if pool[0].Rank != 0 {
		t.Error("lead modified the pool")
	}
}

// An extractive answer shows first the passage it quotes, even one that
// search ranked below the passages shown; a refusal shows search's order.
func TestShownPassagesLeadWithCited(t *testing.T) {
	b := New(fakeRetriever{}, Options{Synonyms: sharedSynonyms(), K: 2})
	a, err := b.Ask(context.Background(), citebot.Question{Text: "Why does the river flood every spring?"})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Answered || len(a.Citations) == 0 || len(a.Passages) != 2 {
		t.Fatalf("answered=%v, %d citations, %d passages; want an answer, a citation, 2 passages", a.Answered, len(a.Citations), len(a.Passages))
	}
	first, c := a.Passages[0], a.Citations[0]
	if first.ID != "bridges#5" || first.Doc != c.Doc || c.Start < first.Start || c.End > first.End || first.Rank != 1 {
		t.Errorf("first passage %s [%d,%d) rank %d; want the quoted bridges#5 holding [%d,%d) at rank 1", first.ID, first.Start, first.End, first.Rank, c.Start, c.End)
	}
	if a.Passages[1].ID != "bridges#1" || a.Passages[1].Rank != 2 {
		t.Errorf("second passage %s rank %d, want search's first, bridges#1, at rank 2", a.Passages[1].ID, a.Passages[1].Rank)
	}
	r, err := b.Ask(context.Background(), citebot.Question{Text: "How many bridges did the Romans build in the valley?"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Answered || len(r.Passages) != 2 || r.Passages[0].ID != "bridges#1" || r.Passages[1].ID != "bridges#2" {
		t.Errorf("refusal shows %+v, want search's first two passages", r.Passages)
	}
}

// kRetriever records the k of each search.
type kRetriever struct {
	fakeRetriever
	ks *[]int
}

func (r kRetriever) Search(ctx context.Context, query string, k int) ([]citebot.Passage, error) {
	*r.ks = append(*r.ks, k)
	return r.fakeRetriever.Search(ctx, query, k)
}

func TestPool(t *testing.T) {
	tests := []struct {
		name    string
		k, pool int
		want    int // k of the question's search
	}{
		{"zero values", 0, 0, DefaultPool},
		{"a pool", 0, 12, 12},
		{"never below k", 10, 3, 10},
		{"k above the default pool", 9, 0, 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ks []int
			b := New(kRetriever{ks: &ks}, Options{Synonyms: sharedSynonyms(), K: tt.k, Pool: tt.pool})
			a, err := b.Ask(context.Background(), citebot.Question{Text: "When was the old stone bridge built?"})
			if err != nil {
				t.Fatal(err)
			}
			if len(ks) == 0 || ks[0] != tt.want {
				t.Errorf("searched with k %v, want %d first", ks, tt.want)
			}
			shown := tt.k
			if shown == 0 {
				shown = citebot.DefaultK
			}
			if len(a.Passages) == 0 || len(a.Passages) > shown {
				t.Errorf("%d passages shown, want 1 to %d", len(a.Passages), shown)
			}
		})
	}
}
