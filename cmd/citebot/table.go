package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/mattn/go-runewidth"

	"github.com/citebot/citebot"
)

// printSourceTable prints the sources as a table. On a terminal of known
// width the title and path columns are cut so that each row fits.
func printSourceTable(e *env, srcs []citebot.Source) error {
	titleW, pathW := 60, 0 // 0: no limit
	if e.stdoutTTY && e.width > 0 {
		titleW, pathW = fitColumns(srcs, e.width)
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tTITLE\tAUTHOR\tDATE\tCHUNKS\tPATH")
	for _, s := range srcs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\n", s.ID, cell(orText(s.Title, "-"), titleW),
			cell(orText(s.Author, "-"), 24), cell(orText(s.Date, "-"), 18), s.Chunks, cell(s.Path, pathW))
	}
	return tw.Flush()
}

// fitColumns returns the widths of the title and path columns that fit
// the fixed columns and the gaps in width: the title gets up to 60 and at
// least 12 columns, the path what is left (at least 12).
func fitColumns(srcs []citebot.Source, width int) (title, path int) {
	fixed := len("CHUNKS") + 2*5 // gaps between six columns
	idW, authW, dateW := 2, len("AUTHOR"), len("DATE")
	for _, s := range srcs {
		idW = max(idW, runewidth.StringWidth(s.ID))
		authW = max(authW, min(24, runewidth.StringWidth(orText(s.Author, "-"))))
		dateW = max(dateW, min(18, runewidth.StringWidth(orText(s.Date, "-"))))
	}
	left := width - 1 - fixed - idW - authW - dateW
	title = max(12, min(60, left*3/5))
	path = max(12, left-title)
	return title, path
}

// cell cuts s to n columns with an ellipsis (n == 0: no limit); the tab
// writer counts bytes, so the cut is by display width on rune boundaries.
func cell(s string, n int) string {
	s = collapse(s)
	if n <= 0 || runewidth.StringWidth(s) <= n {
		return s
	}
	return runewidth.Truncate(s, n, "…")
}
