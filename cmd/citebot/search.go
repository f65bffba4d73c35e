package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
)

func runSearch(ctx context.Context, cfg Config, e *env, args []string) error {
	fs := newFlags("search", `search [flags] "query"`, &cfg, e.stderr)
	fs.BoolVar(&cfg.JSON, "json", false, "print passages as JSON")
	fs.IntVar(&cfg.K, "k", 10, "number of passages")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	query := strings.TrimSpace(strings.Join(pos, " "))
	if query == "" {
		return usageError("search: give a query")
	}
	if cfg.K < 1 || cfg.K > 1000 {
		return usageError("search: --k must be between 1 and 1000")
	}
	ix, err := openQuiet(ctx, cfg, e)
	if err != nil {
		return err
	}
	ps, err := ix.Search(ctx, query, cfg.K)
	if err != nil {
		return err
	}
	if cfg.JSON {
		return json.NewEncoder(e.stdout).Encode(ps)
	}
	if len(ps) == 0 {
		fmt.Fprintln(e.stdout, "No passage matches.")
	}
	for _, p := range ps {
		fmt.Fprintf(e.stdout, "%2d. %-10s score %.4f  %s bytes %d-%d (line %d)\n    %s\n",
			p.Rank, p.ID, p.Score, p.Doc, p.Start, p.End, p.Line, oneLine(p.Text, 300))
	}
	return nil
}
