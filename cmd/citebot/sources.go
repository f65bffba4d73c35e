package main

import (
	"context"
	"encoding/json"

	"github.com/spf13/cobra"
)

func sourcesCmd(st *state) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:     "sources [flags]",
		Short:   "list the documents of the corpus",
		Long:    "List the documents of the corpus: ID, title, author, date, number of chunks and path. The table fits the terminal's width.",
		Example: "  citebot sources\n  citebot --corpus ~/notes sources --json | jq '.[].path'",
		Args:    noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			cfg, err := st.settings()
			if err != nil {
				return err
			}
			cfg.JSON = asJSON
			return runSources(c.Context(), cfg, st.e)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print sources as JSON")
	return c
}

func runSources(ctx context.Context, cfg Config, e *env) error {
	ix, err := openQuiet(ctx, cfg, e)
	if err != nil {
		return err
	}
	srcs := ix.Sources()
	if cfg.JSON {
		return json.NewEncoder(e.stdout).Encode(nonNil(srcs))
	}
	return printSourceTable(e, srcs)
}
