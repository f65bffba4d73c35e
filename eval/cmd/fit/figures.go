package main

import (
	"context"
	"fmt"
	"math"
	"path/filepath"

	"github.com/citebot/citebot/eval"
	"github.com/citebot/citebot/retrieval"
)

// setFigures is how one set fared at one setting (a fusion weight, BM25
// parameters): its answerable questions, how many had the evidence first
// and in the first five passages, and the sum of reciprocal ranks. Counts
// rather than rates, so that sets pool by question.
type setFigures struct {
	answerable, at1, at5 int
	rr                   float64
}

// figuresOf turns a report's rates back into counts.
func figuresOf(rep eval.Report) setFigures {
	n := float64(rep.Answerable)
	return setFigures{rep.Answerable, int(math.Round(rep.RecallAt1 * n)), int(math.Round(rep.RecallAt5 * n)), rep.MRR * n}
}

func (f setFigures) add(g setFigures) setFigures {
	return setFigures{f.answerable + g.answerable, f.at1 + g.at1, f.at5 + g.at5, f.rr + g.rr}
}

// rates returns recall@1, recall@5 and MRR (zeros for no question).
func (f setFigures) rates() (r1, r5, mrr float64) {
	if f.answerable == 0 {
		return 0, 0, 0
	}
	n := float64(f.answerable)
	return float64(f.at1) / n, float64(f.at5) / n, f.rr / n
}

// pooled sums the figures of the sets for which keep is true.
func pooled(sets map[string]setFigures, keep func(string) bool) setFigures {
	var out setFigures
	for s, f := range sets {
		if keep(s) {
			out = out.add(f)
		}
	}
	return out
}

// byRecall reports whether a beats b on recall@5, then MRR.
func byRecall(a, b setFigures) bool {
	_, ar, am := a.rates()
	_, br, bm := b.rates()
	return ar > br || ar == br && am > bm
}

// byMRR reports whether a beats b on MRR, then recall@1.
func byMRR(a, b setFigures) bool {
	a1, _, am := a.rates()
	b1, _, bm := b.rates()
	return am > bm || am == bm && a1 > b1
}

// best returns the setting of settings whose figures, pooled over the sets
// keep keeps, beat the others' by better; the earlier one on ties.
func best[K comparable](settings []K, figs map[K]map[string]setFigures, keep func(string) bool, better func(a, b setFigures) bool) K {
	var top K
	var topFig setFigures
	for i, k := range settings {
		if f := pooled(figs[k], keep); i == 0 || better(f, topFig) {
			top, topFig = k, f
		}
	}
	return top
}

// leaveOneSetOut chooses, for each set, the best setting by better over
// the other sets, and returns the figures those choices get on the sets
// left out, pooled, and how often each setting was chosen.
func leaveOneSetOut[K comparable](sets []string, settings []K, figs map[K]map[string]setFigures, better func(a, b setFigures) bool) (setFigures, map[K]int) {
	var held setFigures
	chosen := map[K]int{}
	for _, left := range sets {
		k := best(settings, figs, func(s string) bool { return s != left }, better)
		chosen[k]++
		held = held.add(figs[k][left])
	}
	return held, chosen
}

// figuresAt indexes each set's corpus with opts (its DataDir a folder of
// data named after the set, so that an index is built once and reopened
// at the next setting), answers every question of the set with the Asker
// ask returns for that index, and returns each set's figures.
func figuresAt(ctx context.Context, files []string, dir, data string, opts retrieval.Options, ask func(*retrieval.Index) eval.Asker) (map[string]setFigures, error) {
	out := map[string]setFigures{}
	for _, f := range files {
		c, name := corpusFor(f)
		opts.DataDir = filepath.Join(data, filepath.Base(filepath.Dir(f))+"-"+filepath.Base(name))
		ix, _, err := retrieval.Open(ctx, c, opts)
		if err != nil {
			return nil, fmt.Errorf("index %s: %w", name, err)
		}
		items, err := readSet(f)
		if err != nil {
			return nil, err
		}
		rep, err := eval.Run(ctx, ask(ix), ix, items)
		if err != nil {
			return nil, err
		}
		set, _ := filepath.Rel(dir, f)
		out[set] = figuresOf(rep)
	}
	return out, nil
}
