package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/schollz/progressbar/v3"

	"github.com/citebot/citebot/retrieval"
)

func indexCmd(st *state) *cobra.Command {
	var asJSON, rebuild bool
	c := &cobra.Command{
		Use:   "index [flags]",
		Short: "build or update the index",
		Long: `Build the index of the corpus, or bring it up to date: new, changed and
removed files are found by content hash, and only their chunks are
embedded. Files that cannot be indexed are listed with the reason. Ctrl-C
stops it at once and leaves the stored index as it was.`,
		Example: `  citebot index
  citebot --corpus ~/notes --data ~/.cache/notes-index index
  citebot index --rebuild --json | jq '.skipped[]'`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			cfg, err := st.settings()
			if err != nil {
				return err
			}
			cfg.JSON = asJSON
			return runIndex(c.Context(), cfg, st.e, rebuild)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	c.Flags().BoolVar(&rebuild, "rebuild", false, "ignore the stored index and build it anew (also: reuse a data folder built for another corpus)")
	return c
}

func runIndex(ctx context.Context, cfg Config, e *env, rebuild bool) error {
	var bar *progressbar.ProgressBar
	opts := retrieval.Options{Rebuild: rebuild, Progress: func(done, total int) {
		if total < 500 || cfg.JSON || !e.stderrTTY || ctx.Err() != nil {
			return
		}
		if bar == nil {
			bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(e.stderr),
				progressbar.OptionSetDescription("embedding"), progressbar.OptionThrottle(100*time.Millisecond))
		}
		bar.Set(done)
	}}
	if cfg.Store != "" {
		return indexStore(ctx, cfg, e, opts)
	}
	t0 := time.Now()
	ix, rep, err := openIndex(ctx, cfg, e, opts)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(e.stderr)
	}
	if err != nil {
		return err
	}
	if rep.SaveError != "" {
		return errors.New(rep.SaveError)
	}
	if cfg.JSON {
		return json.NewEncoder(e.stdout).Encode(jsonReport(rep))
	}
	printReport(e, rep, len(ix.Sources()), time.Since(t0))
	return nil
}

func printReport(e *env, rep retrieval.Report, docs int, took time.Duration) {
	w := e.stdout
	if rep.Rebuilt != "" {
		fmt.Fprintf(w, "Rebuilt: %s\n", rep.Rebuilt)
	}
	fmt.Fprintf(w, "%d documents indexed: %d added, %d changed, %d removed, %d unchanged, %d skipped; %d chunks embedded (%s).\n",
		docs, len(rep.Added), len(rep.Changed), len(rep.Removed), rep.Unchanged, len(rep.Skipped), rep.Embedded, took.Round(time.Millisecond))
	for _, p := range rep.Added {
		fmt.Fprintf(w, "  added    %s\n", p)
	}
	for _, p := range rep.Changed {
		fmt.Fprintf(w, "  changed  %s\n", p)
	}
	for _, p := range rep.Removed {
		fmt.Fprintf(w, "  removed  %s\n", p)
	}
	for _, s := range rep.Skipped {
		fmt.Fprintf(w, "  skipped  %s: %s\n", s.Path, s.Reason)
	}
}

// jsonReport is rep with [] for its empty lists.
func jsonReport(rep retrieval.Report) retrieval.Report {
	rep.Added, rep.Changed, rep.Removed = nonNil(rep.Added), nonNil(rep.Changed), nonNil(rep.Removed)
	rep.Skipped = nonNil(rep.Skipped)
	return rep
}

// indexStore is `citebot index --store`: the indexing job that brings the
// server's index in line with the corpus (only what changed is sent).
func indexStore(ctx context.Context, cfg Config, e *env, opts retrieval.Options) error {
	c, err := corpusOf(cfg)
	if err != nil {
		return err
	}
	s, err := openStore(ctx, cfg, e)
	if err != nil {
		return err
	}
	if opts.Embedder, err = newEmbedder(cfg, e); err != nil {
		return err
	}
	opts.Logger = e.log
	t0 := time.Now()
	rep, err := retrieval.Sync(ctx, c, s, opts)
	if err != nil {
		return storeError(cfg.Store, err)
	}
	if cfg.JSON {
		return json.NewEncoder(e.stdout).Encode(jsonReport(rep))
	}
	printReport(e, rep, len(s.Sources()), time.Since(t0))
	return nil
}
