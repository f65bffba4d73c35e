package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/citebot/citebot/retrieval"
	"github.com/spf13/cobra"
)

// ownsFile reports whether `data clean` may remove the file name of an
// index folder: the index's own files (retrieval.OwnsFile, temporary
// siblings included) and the chat history (written in place: it has none).
func ownsFile(name string) bool {
	return retrieval.OwnsFile(name) || name == historyFile
}

// dataEntry is one index folder, as `data list --json` prints it.
type dataEntry struct {
	Dir         string    `json:"dir"`
	Corpus      string    `json:"corpus"`
	Bytes       int64     `json:"bytes"`
	LastIndexed time.Time `json:"last_indexed"`
	Documents   int       `json:"documents"`
}

func dataCmd(st *state) *cobra.Command {
	c := &cobra.Command{
		Use:   "data",
		Short: "list or clean the stored indexes",
		Long: `Each corpus gets its own index folder under the user cache directory
(or --data). list shows them with their corpus, size and when they were
last indexed; clean removes them.`,
		Example: `  citebot data list
  citebot data clean ~/notes
  citebot data clean --all`,
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return c.Help()
			}
			msg := fmt.Sprintf("data: unknown command %q", args[0])
			if s := c.SuggestionsFor(args[0]); len(s) > 0 {
				msg += "; did you mean " + strings.Join(s, " or ") + "?"
			}
			return usageError("%s (citebot data --help lists them)", msg)
		},
	}
	c.SuggestionsMinimumDistance = 2
	c.AddCommand(dataListCmd(st), dataCleanCmd(st))
	return c
}

func dataListCmd(st *state) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:     "list",
		Short:   "list the stored indexes: corpus, size, last indexed",
		Example: "  citebot data list\n  citebot data list --json | jq '.[].corpus'",
		Args:    noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			cfg, err := st.settings()
			if err != nil {
				return err
			}
			list, err := dataEntries(cfg)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(st.e.stdout).Encode(nonNil(list))
			}
			return printDataList(st.e, list)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the list as JSON")
	return c
}

func dataCleanCmd(st *state) *cobra.Command {
	var all bool
	c := &cobra.Command{
		Use:   "clean [--all | CORPUS]",
		Short: "remove stored indexes: of one corpus, or --all",
		Long: `Remove the stored index of CORPUS (a folder, or "embedded"), of the
--data folder, or with --all every index under the cache directory. Only
citebot's own files are removed.`,
		Example: "  citebot data clean ~/notes\n  citebot data clean embedded\n  citebot data clean --all",
		RunE: func(c *cobra.Command, args []string) error {
			cfg, err := st.settings()
			if err != nil {
				return err
			}
			return runDataClean(st.e, cfg, all, args)
		},
	}
	c.Flags().BoolVar(&all, "all", false, "remove every stored index")
	return c
}

// dataEntries lists the index folders under the cache root, and the
// --data folder when one is set.
func dataEntries(cfg Config) ([]dataEntry, error) {
	var dirs []string
	if root, err := cacheRoot(); err == nil {
		subs, _ := os.ReadDir(root)
		for _, d := range subs {
			if d.IsDir() {
				dirs = append(dirs, filepath.Join(root, d.Name()))
			}
		}
	}
	if cfg.Data != "" {
		dirs = append(dirs, cfg.Data)
	}
	var out []dataEntry
	seen := map[string]bool{}
	for _, d := range dirs {
		abs, _ := filepath.Abs(d)
		if seen[abs] {
			continue
		}
		seen[abs] = true
		if m, err := readManifest(abs); err == nil {
			out = append(out, dataEntry{Dir: abs, Corpus: m.Corpus, Bytes: dirSize(abs), LastIndexed: m.Saved, Documents: len(m.Docs)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].LastIndexed.After(out[j].LastIndexed) })
	return out, nil
}

func printDataList(e *env, list []dataEntry) error {
	if len(list) == 0 {
		fmt.Fprintln(e.stdout, "No stored indexes.")
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CORPUS\tDOCS\tSIZE\tLAST INDEXED\tFOLDER")
	var total int64
	for _, d := range list {
		total += d.Bytes
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\n", d.Corpus, d.Documents, size(d.Bytes), d.LastIndexed.Local().Format("2006-01-02 15:04"), d.Dir)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d index(es), %s in all. `citebot data clean CORPUS` or `--all` removes them.\n", len(list), size(total))
	return nil
}

// runDataClean removes the indexes args (or --all, or --data) name.
func runDataClean(e *env, cfg Config, all bool, args []string) error {
	switch {
	case all && len(args) > 0:
		return usageError("data clean: give a corpus or --all, not both")
	case len(args) > 1:
		return usageError("data clean: give one corpus")
	case !all && len(args) == 0 && cfg.Data == "":
		return usageError("data clean: give a corpus folder (or \"embedded\"), or --all")
	}
	list, err := dataEntries(cfg)
	if err != nil {
		return err
	}
	want := ""
	if len(args) > 0 {
		if want = args[0]; want != "embedded" {
			want, _ = filepath.Abs(want)
		}
	}
	dataAbs, _ := filepath.Abs(cfg.Data)
	removed := 0
	for _, d := range list {
		if !all && d.Corpus != want && !(want == "" && d.Dir == dataAbs) {
			continue
		}
		if err := removeStore(d.Dir); err != nil {
			return fmt.Errorf("data clean: %w", err)
		}
		fmt.Fprintf(e.stdout, "removed the index of %s (%s) in %s\n", d.Corpus, size(d.Bytes), d.Dir)
		removed++
	}
	if removed == 0 {
		return fmt.Errorf("data clean: no stored index of %s (citebot data list shows them)", orText(want, cfg.Data))
	}
	return nil
}

// removeStore removes citebot's files from dir, then dir if it is empty.
func removeStore(dir string) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, ent := range ents {
		if ownsFile(ent.Name()) {
			if err := os.Remove(filepath.Join(dir, ent.Name())); err != nil {
				return err
			}
		}
	}
	_ = os.Remove(dir) // only succeeds when nothing else is in it
	return nil
}

func dirSize(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
