package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/eval"
	"github.com/citebot/citebot/retrieval"
	"github.com/citebot/citebot/text"
	"github.com/citebot/citebot/text/synonyms"
)

// bm25Grid are the BM25 parameters -bm25 tries. B starts at 0.1, not 0:
// Weaviate's schema omits a zero b and takes its default 0.75, so a zero
// could not rank alike in process and on the server.
var bm25Grid = func() []retrieval.BM25 {
	var out []retrieval.BM25
	for _, k1 := range []float64{0.1, 0.2, 0.3, 0.4, 0.6, 0.9, 1.2, 1.6, 2.0} {
		for _, b := range []float64{0.1, 0.3, 0.5, 0.75, 0.9} {
			out = append(out, retrieval.BM25{K1: k1, B: b})
		}
	}
	return out
}()

// fitBM25 measures search alone (the passages `citebot search` gives)
// at every parameter of bm25Grid over the sets, and prints recall@1,
// recall@5 and MRR pooled per parameter, and the parameters that
// leave-one-set-out chooses by MRR with the figures they get on the sets
// left out. Indexes are kept in a temporary folder, built once per set.
func fitBM25(ctx context.Context, dir string, skip []string) error {
	files, err := questionSets(dir, skip)
	if err != nil {
		return err
	}
	syn, err := synonyms.Load()
	if err != nil {
		return fmt.Errorf("load synonyms: %w", err)
	}
	tmp, err := os.MkdirTemp("", "citebot-bm25-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	quiet := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	search := func(ix *retrieval.Index) eval.Asker { return searchOnly{ix} }
	figs := map[retrieval.BM25]map[string]setFigures{}
	for _, p := range bm25Grid {
		opts := retrieval.Options{Logger: quiet, Synonyms: syn, BM25: p}
		if figs[p], err = figuresAt(ctx, files, dir, tmp, opts, search); err != nil {
			return err
		}
	}
	all := func(string) bool { return true }
	fmt.Println("k1, b: recall@1, recall@5, MRR (pooled over every set)")
	for _, p := range bm25Grid {
		r1, r5, m := pooled(figs[p], all).rates()
		fmt.Printf("  %.1f %.2f  %.3f %.3f %.3f\n", p.K1, p.B, r1, r5, m)
	}
	sets := make([]string, len(files))
	for i, f := range files {
		sets[i], _ = filepath.Rel(dir, f)
	}
	top := best(bm25Grid, figs, all, byMRR)
	r1, r5, m := pooled(figs[top], all).rates()
	fmt.Printf("  over every set: k1 %.1f b %.2f (recall@1 %.3f recall@5 %.3f MRR %.3f)\n", top.K1, top.B, r1, r5, m)
	held, chosen := leaveOneSetOut(sets, bm25Grid, figs, byMRR)
	r1, r5, m = held.rates()
	fmt.Printf("  leave-one-set-out: recall@1 %.3f recall@5 %.3f MRR %.3f; chosen %v\n", r1, r5, m, chosen)
	return nil
}

// searchOnly answers nothing: its answers carry the passages a search for
// the question finds, as `citebot search` gives them, for eval.Run to rank.
type searchOnly struct{ ix *retrieval.Index }

func (s searchOnly) Ask(ctx context.Context, q citebot.Question) (*citebot.Answer, error) {
	ps, err := s.ix.Search(ctx, text.Unchatter(q.Text), citebot.DefaultK)
	if err != nil {
		return nil, err
	}
	return &citebot.Answer{Question: q.Text, Passages: ps}, nil
}
