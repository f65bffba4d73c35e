package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/citebot/citebot/fsnotify"
	"github.com/citebot/citebot/retrieval"
)

func indexCmd(st *state) *cobra.Command {
	var asJSON, rebuild, watch bool
	c := &cobra.Command{
		Use:   "index [flags]",
		Short: "build or update the index",
		Long: `Build the index of the corpus, or bring it up to date: new, changed and
removed files are found by size and modification time (and by content
hash when those differ), on every core, and only new and changed files
are read and indexed. Files that cannot be indexed are listed with the reason. Ctrl-C
stops it at once and leaves the stored index as it was. It also checks
every block of the stored index against its checksum, and rebuilds an
index found damaged (other commands check each block when they first use
it, and leave the rebuild to the next run).

With --watch it then keeps watching the corpus folder (and the folders in
it, except hidden ones) and updates the index after each burst of changes,
printing what changed, until Ctrl-C. chat and discord do the same in the
background by themselves.`,
		Example: `  citebot index
  citebot --corpus ~/notes --data ~/.cache/notes-index index
  citebot --corpus ~/notes index --watch
  citebot index --rebuild --json | jq '.skipped[]'`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			cfg, err := st.settings()
			if err != nil {
				return err
			}
			cfg.JSON = asJSON
			return runIndex(c.Context(), cfg, st.e, rebuild, watch)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON (with --watch, one line per update)")
	c.Flags().BoolVar(&rebuild, "rebuild", false, "ignore the stored index and build it anew (also: reuse a data folder built for another corpus)")
	c.Flags().BoolVar(&watch, "watch", false, "then watch the --corpus folder and update the index on every change until Ctrl-C")
	return c
}

func runIndex(ctx context.Context, cfg Config, e *env, rebuild, watch bool) error {
	var w *fsnotify.Watcher
	if watch {
		var err error
		if w, err = watchCorpus(cfg, func(err error) { fmt.Fprintf(e.stderr, "citebot: %v\n", err) }); err != nil {
			return err
		}
		defer w.Close()
	}
	p := newProgress(ctx, e, !cfg.JSON)
	opts := retrieval.Options{Rebuild: rebuild, Verify: true, Progress: p.update}
	if cfg.Store != "" {
		return indexStore(ctx, cfg, e, opts, w)
	}
	t0 := time.Now()
	restore := func() {}
	if cfg.Embedder == "local" && cfg.Corpus != "" {
		var set func(int64)
		set, restore = indexMemoryLimit() // memlimit.go
		opts.Listed = func(_ int, size int64) { set(size) }
	}
	lx, rep, err := openIndex(ctx, cfg, e, opts)
	restore()
	p.finish()
	if err != nil {
		return err
	}
	if rep.SaveError != "" {
		return errors.New(rep.SaveError)
	}
	if err := printIndexed(e, cfg.JSON, rep, len(lx.Sources()), time.Since(t0)); err != nil || w == nil {
		return err
	}
	return watchIndex(ctx, cfg, e, w, rep, func(ctx context.Context) (retrieval.Report, int, error) {
		rep, err := lx.refresh(ctx, newProgress(ctx, e, !cfg.JSON))
		return rep, len(lx.Sources()), err
	})
}

// watchIndex runs w until ctx is done, calling refresh after each burst
// of changes and printing its report (as index does) when something
// changed since prev. A refresh that fails is reported and watching goes
// on. It returns ctx's error (Ctrl-C: exit 130), or why watching stopped.
func watchIndex(ctx context.Context, cfg Config, e *env, w *fsnotify.Watcher, prev retrieval.Report,
	refresh func(context.Context) (retrieval.Report, int, error)) error {
	fmt.Fprintf(e.stderr, "citebot: watching %s for changes; Ctrl-C stops\n", cfg.Corpus)
	err := w.Run(ctx, func() {
		t0 := time.Now()
		rep, docs, err := refresh(ctx)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			fmt.Fprintf(e.stderr, "citebot: update index: %v; watching goes on\n", err)
			return
		case rep.SaveError != "":
			fmt.Fprintf(e.stderr, "citebot: %s\n", rep.SaveError)
		}
		if reportChanged(rep, prev) {
			if err := printIndexed(e, cfg.JSON, rep, docs, time.Since(t0)); err != nil {
				fmt.Fprintf(e.stderr, "citebot: %v\n", err)
			}
		}
		prev = rep
	})
	if err != nil {
		return fmt.Errorf("stopped watching: %w", err)
	}
	return ctx.Err()
}

// printIndexed prints the report of an indexing, as JSON or as text.
func printIndexed(e *env, asJSON bool, rep retrieval.Report, docs int, took time.Duration) error {
	if asJSON {
		return json.NewEncoder(e.stdout).Encode(jsonReport(rep))
	}
	printReport(e, rep, docs, took)
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
// server's index in line with the corpus (only what changed is sent),
// then, with w, again after each change of the corpus.
func indexStore(ctx context.Context, cfg Config, e *env, opts retrieval.Options, w *fsnotify.Watcher) error {
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
	update := func(ctx context.Context, p *progress) (retrieval.Report, int, error) {
		opts.Progress = p.update
		defer p.finish()
		rep, err := retrieval.Sync(ctx, c, s, opts)
		if err != nil {
			return rep, 0, storeError(cfg.Store, err)
		}
		return rep, len(s.Sources()), nil
	}
	t0 := time.Now()
	rep, docs, err := update(ctx, newProgress(ctx, e, !cfg.JSON))
	if err != nil {
		return err
	}
	if err := printIndexed(e, cfg.JSON, rep, docs, time.Since(t0)); err != nil || w == nil {
		return err
	}
	return watchIndex(ctx, cfg, e, w, rep, func(ctx context.Context) (retrieval.Report, int, error) {
		return update(ctx, newProgress(ctx, e, !cfg.JSON))
	})
}
