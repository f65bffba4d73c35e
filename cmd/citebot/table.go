package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/mattn/go-runewidth"

	"github.com/citebot/citebot"
)

// printSourceTable prints the sources as a table. On a terminal of known
// width the title, author, date and path columns are cut so that each row
// fits; elsewhere only titles are cut (at 60 columns).
func printSourceTable(e *env, srcs []citebot.Source) error {
	w := [4]int{60, 0, 0, 0} // title, author, date, path; 0: no limit
	if e.stdoutTTY && e.width > 0 {
		w = fitColumns(srcs, e.width)
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tTITLE\tAUTHOR\tDATE\tCHUNKS\tPATH")
	for _, s := range srcs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\n", s.ID, cell(orText(s.Title, "-"), w[0]),
			cell(orText(s.Author, "-"), w[1]), cell(orText(s.Date, "-"), w[2]), s.Chunks, cell(s.Path, w[3]))
	}
	return tw.Flush()
}

// fitColumns returns the widths of the title, author, date and path
// columns that fit width: each starts at its widest cell (the title at
// most 60) and the widest is narrowed, a column at a time, down to 6.
func fitColumns(srcs []citebot.Source, width int) [4]int {
	idW := len("ID")
	w := [4]int{len("TITLE"), len("AUTHOR"), len("DATE"), len("PATH")}
	for _, s := range srcs {
		idW = max(idW, runewidth.StringWidth(s.ID))
		for i, v := range []string{orText(s.Title, "-"), orText(s.Author, "-"), orText(s.Date, "-"), s.Path} {
			w[i] = max(w[i], runewidth.StringWidth(collapse(v)))
		}
	}
	w[0] = min(w[0], 60)
	avail := width - 1 - idW - len("CHUNKS") - 2*5 // five gaps of two
	for w[0]+w[1]+w[2]+w[3] > avail {
		i := 0
		for j := range w {
			if w[j] > w[i] {
				i = j
			}
		}
		if w[i] <= 6 {
			break
		}
		w[i]--
	}
	return w
}

// cell cuts s to n columns with an ellipsis (n == 0: no limit), by display
// width on rune boundaries.
func cell(s string, n int) string {
	s = collapse(s)
	if n <= 0 || runewidth.StringWidth(s) <= n {
		return s
	}
	return runewidth.Truncate(s, n, "…")
}
