package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"
)

func runSources(ctx context.Context, cfg Config, e *env, args []string) error {
	fs := newFlags("sources", "sources [flags]", &cfg, e.stderr)
	fs.BoolVar(&cfg.JSON, "json", false, "print sources as JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError("sources: takes no arguments")
	}
	ix, err := openQuiet(ctx, cfg, e)
	if err != nil {
		return err
	}
	srcs := ix.Sources()
	if cfg.JSON {
		return json.NewEncoder(e.stdout).Encode(srcs)
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tTITLE\tAUTHOR\tDATE\tCHUNKS\tPATH")
	for _, s := range srcs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\n", s.ID, oneLine(orText(s.Title, "-"), 60),
			orText(s.Author, "-"), orText(s.Date, "-"), s.Chunks, s.Path)
	}
	return tw.Flush()
}
