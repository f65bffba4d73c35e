package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/citebot/citebot/retrieval"
)

func runIndex(ctx context.Context, cfg Config, e *env, args []string) error {
	fs := newFlags("index", "index [flags]", &cfg, e.stderr)
	fs.BoolVar(&cfg.JSON, "json", false, "print the report as JSON")
	rebuild := fs.Bool("rebuild", false, "ignore the stored index and build it anew")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError("index: takes no arguments")
	}
	var bar *progressbar.ProgressBar
	opts := retrieval.Options{Rebuild: *rebuild, Progress: func(done, total int) {
		if total < 500 || cfg.JSON {
			return
		}
		if bar == nil {
			bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(e.stderr),
				progressbar.OptionSetDescription("embedding"), progressbar.OptionThrottle(100*time.Millisecond))
		}
		bar.Set(done)
	}}
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
		return json.NewEncoder(e.stdout).Encode(rep)
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
