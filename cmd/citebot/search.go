package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

func searchCmd(st *state) *cobra.Command {
	var asJSON bool
	var k int
	c := &cobra.Command{
		Use:   `search [flags] "query"`,
		Short: "show the passages ranked for a query",
		Long:  "Show the passages the retriever ranks highest for a query, with their scores and exact byte spans.",
		Example: `  citebot search "RD-93 engines"
  citebot search --k 3 --json "Mi-35 helicopters" | jq '.[].id'`,
		RunE: func(c *cobra.Command, args []string) error {
			cfg, err := st.settings()
			if err != nil {
				return err
			}
			cfg.JSON, cfg.K = asJSON, k
			return runSearch(c.Context(), cfg, st.e, strings.TrimSpace(strings.Join(args, " ")))
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print passages as JSON")
	c.Flags().IntVarP(&k, "k", "k", 10, "number of passages")
	return c
}

func runSearch(ctx context.Context, cfg Config, e *env, query string) error {
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
		return json.NewEncoder(e.stdout).Encode(nonNil(ps))
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
