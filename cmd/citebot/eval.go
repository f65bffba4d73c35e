package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/citebot/citebot/eval"
)

func evalCmd(st *state) *cobra.Command {
	var asJSON, verbose, noLLM bool
	c := &cobra.Command{
		Use:   "eval [flags] FILE.jsonl",
		Short: "measure retrieval and answers on a JSONL question set",
		Long: `Ask every question of a JSONL file (one JSON object a line; the format is
in docs/eval.md) and measure retrieval (recall@1, recall@5, MRR), answers
(correct, cited on the evidence), citation validity and refusals.`,
		Example: `  citebot eval eval/testdata/dev/seed-dev.jsonl
  citebot eval -v --json questions.jsonl > report.json`,
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"jsonl"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(c *cobra.Command, args []string) error {
			cfg, err := st.settings()
			if err != nil {
				return err
			}
			if len(args) != 1 {
				return usageError("eval: give one JSONL file of questions")
			}
			cfg.JSON, cfg.NoLLM = asJSON, noLLM
			return runEval(c.Context(), cfg, st.e, args[0], verbose)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	c.Flags().BoolVar(&noLLM, "no-llm", st.cfg.NoLLM, "answer extractively even when an LLM is configured")
	c.Flags().BoolVarP(&verbose, "verbose", "v", false, "show every question")
	return c
}

func runEval(ctx context.Context, cfg Config, e *env, file string, verbose bool) error {
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	items, err := eval.Read(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("eval %s: %w", file, err)
	}
	ix, b, err := openBot(ctx, cfg, e)
	if err != nil {
		return err
	}
	rep, err := eval.Run(ctx, b, ix, items)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if cfg.JSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		rep.Results = nonNil(rep.Results)
		return enc.Encode(rep)
	}
	printEval(e, rep, verbose)
	return nil
}

func printEval(e *env, rep eval.Report, verbose bool) {
	w := e.stdout
	for _, r := range rep.Results {
		if !verbose && r.Correct == r.Answerable && (r.Cited || !r.Answerable) && r.Invalid == 0 && r.Answered == r.Answerable {
			continue
		}
		mark := "ok  "
		if (r.Answerable && !(r.Correct && r.Cited)) || (!r.Answerable && r.Answered) || r.Invalid > 0 {
			mark = "MISS"
		}
		fmt.Fprintf(w, "%s %-8s rank=%d answered=%v correct=%v cited=%v  %s\n     → %s\n", mark, r.ID, r.Rank, r.Answered, r.Correct, r.Cited,
			r.Question, oneLine(r.Answer, 200))
		for _, p := range r.Problems {
			fmt.Fprintf(w, "     ! %s\n", p)
		}
	}
	if len(rep.Kinds) > 1 || len(rep.Kinds) == 1 && rep.Kinds[0].Kind != "unspecified" {
		fmt.Fprintf(w, "\n  %-14s %5s %9s %9s %9s %9s %9s\n", "kind", "n", "recall@5", "correct", "cited", "unans.ref", "false ref")
		for _, k := range rep.Kinds {
			fmt.Fprintf(w, "  %-14s %5d %9s %9s %9s %9s %9s\n", k.Kind, k.Items, pct(k.RecallAt5), pct(k.AnswerCorrect),
				pct(k.CorrectAndCited), pct(k.RefusalAccuracy), pct(k.FalseRefusals))
		}
	}
	fmt.Fprintf(w, "\n%d questions (%d answerable, %d unanswerable)\n", rep.Items, rep.Answerable, rep.Unanswerable)
	rows := [][2]string{
		{"recall@1", pct(rep.RecallAt1)}, {"recall@5", pct(rep.RecallAt5)}, {"MRR", fmt.Sprintf("%.3f", rep.MRR)},
		{"answer correct (first 300 bytes)", pct(rep.AnswerCorrect)}, {"correct and cited on evidence", pct(rep.CorrectAndCited)},
		{"citation validity", pct(rep.CitationValidity)}, {"refusal accuracy", pct(rep.RefusalAccuracy)},
		{"false refusals", pct(rep.FalseRefusals)},
	}
	if c := rep.Conflicts; c.Items+c.Controls > 0 || c.Claimed > 0 {
		rows = append(rows,
			[2]string{"conflicts reported", fmt.Sprintf("%d of %d", c.Reported, c.Items)},
			[2]string{"conflicts wrongly claimed", fmt.Sprintf("%d of %d", c.WronglyClaimed, c.Controls)},
			[2]string{"answers claiming a conflict", fmt.Sprint(c.Claimed)})
	}
	for _, r := range rows {
		fmt.Fprintf(w, "  %-34s %s\n", r[0], r[1])
	}
}

func pct(f float64) string { return fmt.Sprintf("%5.1f%%", 100*f) }
