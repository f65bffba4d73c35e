package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/eval"
	"github.com/citebot/citebot/retrieval"
	"github.com/citebot/citebot/text/synonyms"
	"github.com/citebot/citebot/text/uselite"
)

// fusionWeights are the vector weights -fusion tries.
var fusionWeights = []float64{0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8}

// fitFusion measures hybrid search at each of fusionWeights for the
// hashing and the USE embedders, answering every question of the sets as
// citebot eval does, and prints recall@5 and MRR per weight, pooled, and
// the weight that leave-one-set-out would choose (the best pooled recall@5
// of the other sets, then MRR) with the recall it gets on each set it did
// not see. Indexes are kept in a temporary folder and reopened per weight.
func fitFusion(ctx context.Context, dir string, skip []string) error {
	files, err := questionSets(dir, skip)
	if err != nil {
		return err
	}
	syn, err := synonyms.Load()
	if err != nil {
		return fmt.Errorf("load synonyms: %w", err)
	}
	m, err := uselite.Load()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "citebot-fusion-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	quiet := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	answer := func(ix *retrieval.Index) eval.Asker { return bot.New(ix, bot.Options{Logger: quiet, Synonyms: syn}) }
	for _, emb := range []retrieval.Embedder{retrieval.HashEmbedder(retrieval.DefaultDim), retrieval.USEEmbedder(m)} {
		byWeight := map[float64]map[string]setFigures{}
		for _, w := range fusionWeights {
			emb.Weight = w
			opts := retrieval.Options{Logger: quiet, Synonyms: syn, Embedder: emb}
			got, err := figuresAt(ctx, files, dir, filepath.Join(tmp, emb.Name), opts, answer)
			if err != nil {
				return err
			}
			byWeight[w] = got
		}
		printFusion(emb.Name, files, dir, byWeight)
	}
	return nil
}

// printFusion prints the pooled figures per weight and the
// leave-one-set-out choice.
func printFusion(name string, files []string, dir string, byWeight map[float64]map[string]setFigures) {
	fmt.Printf("%s: weight, recall@5, MRR (pooled over every set)\n", name)
	for _, w := range fusionWeights {
		_, r, m := pooled(byWeight[w], func(string) bool { return true }).rates()
		fmt.Printf("  %.2f  %.3f  %.3f\n", w, r, m)
	}
	sets := make([]string, len(files))
	for i, f := range files {
		sets[i], _ = filepath.Rel(dir, f)
	}
	held, chosen := leaveOneSetOut(sets, fusionWeights, byWeight, byRecall)
	_, recall, _ := held.rates()
	fmt.Printf("  leave-one-set-out: recall@5 %.3f; weights chosen %v\n", recall, chosen)
}
