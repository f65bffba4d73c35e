package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/citebot/citebot"
)

func citeCmd(st *state) *cobra.Command {
	var asJSON bool
	var k int
	c := &cobra.Command{
		Use:   `cite [flags] CHUNK-ID | "quoted text"`,
		Short: "look up a chunk ID or find where a quote occurs",
		Long: `Show a chunk by its ID (as in the Sources of an answer, e.g. 002#10) with
the text around it, or find where a quote occurs in the corpus: each match
is shown in its sentence, the matched words marked, with the chunk ID to
open it.`,
		Example: `  citebot cite 002#10
  citebot cite "an old friend is better than two new friends"
  citebot cite --json 002#10 | jq .passage.text`,
		RunE: func(c *cobra.Command, args []string) error {
			cfg, err := st.settings()
			if err != nil {
				return err
			}
			cfg.JSON = asJSON
			return runCite(c.Context(), cfg, st.e, strings.TrimSpace(strings.Join(args, " ")), k)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print as JSON")
	c.Flags().IntVarP(&k, "k", "k", 5, "matches to show for quoted text")
	return c
}

func runCite(ctx context.Context, cfg Config, e *env, ref string, k int) error {
	if ref == "" {
		return usageError("cite: give a chunk ID such as 000#3 or a quote")
	}
	if err := checkRef(ref); err != nil {
		return err
	}
	ix, err := openQuiet(ctx, cfg, e)
	if err != nil {
		return err
	}
	if cfg.JSON {
		return citeJSON(e, ix, ref, k)
	}
	return citeRef(e, ix, ref, k)
}

// checkRef returns a usage error for a reference that is neither a
// well-formed chunk ID nor a quote.
func checkRef(ref string) error {
	if looksLikePath(ref) {
		return usageError("cite: %q looks like a file path; give a chunk ID such as 002#9 (see `citebot search`) or quoted text", ref)
	}
	if isChunkID(ref) {
		if _, _, err := citebot.ParseChunkID(ref); err != nil {
			return usageError("cite: %v", err)
		}
	} else if quoteOf(ref) == "" {
		return usageError("cite: the quote is empty; give a chunk ID such as 000#3 or some quoted text")
	}
	return nil
}

func isChunkID(ref string) bool {
	return strings.Contains(ref, "#") && !strings.ContainsAny(ref, " \t")
}

func quoteOf(ref string) string { return strings.TrimSpace(strings.Trim(ref, `"“”'`)) }

// citeJSON prints the chunk ref names, or where its quote occurs, as JSON.
func citeJSON(e *env, lib citebot.Library, ref string, k int) error {
	if isChunkID(ref) {
		c, err := lib.Chunk(ref)
		if err != nil {
			return citeError(err)
		}
		return json.NewEncoder(e.stdout).Encode(c)
	}
	ps, err := lib.FindQuote(quoteOf(ref), k)
	if err != nil {
		return err
	}
	return json.NewEncoder(e.stdout).Encode(nonNil(ps))
}

// citeRef prints the chunk ref names with its context, or each place its
// quote occurs in its sentence.
func citeRef(e *env, lib citebot.Library, ref string, k int) error {
	if err := checkRef(ref); err != nil {
		return err
	}
	if isChunkID(ref) {
		c, err := lib.Chunk(ref)
		if err != nil {
			return citeError(err)
		}
		printContext(e, c)
		return nil
	}
	ps, err := lib.FindQuote(quoteOf(ref), k)
	if err != nil {
		return err
	}
	if len(ps) == 0 {
		fmt.Fprintln(e.stdout, "That text does not occur in the corpus.")
	}
	for _, p := range ps {
		printMatch(e, lib, p)
	}
	return nil
}

// citeError turns lookup errors into clear messages: a reference that is
// malformed is a usage error (exit 2), one that names nothing is not.
func citeError(err error) error {
	switch {
	case errors.Is(err, citebot.ErrBadRef):
		return usageError("cite: %v", err)
	case errors.Is(err, citebot.ErrNotFound):
		return fmt.Errorf("cite: %w", err)
	}
	return err
}

func printContext(e *env, c citebot.ChunkContext) {
	s, p := c.Source, c.Passage
	fmt.Fprintf(e.stdout, "%s — %s\n", p.ID, describe(s.Title, s.Author, s.Date))
	if s.Publisher != "" {
		fmt.Fprintf(e.stdout, "Publisher: %s\n", s.Publisher)
	}
	fmt.Fprintf(e.stdout, "Document: %s, bytes %d-%d, lines %d-%d\n\n", p.Doc, p.Start, p.End, c.StartLine, c.EndLine)
	fmt.Fprintf(e.stdout, "…%s\n>>> %s <<<\n%s…\n", tail(c.Before), p.Text, head(c.After))
}

func tail(s string) string {
	if i := strings.LastIndex(s, "\n\n"); i >= 0 && i < len(s)-2 {
		return strings.TrimLeft(s[i:], "\n")
	}
	return s
}

func head(s string) string {
	if i := strings.Index(s, "\n\n"); i > 0 {
		return s[:i]
	}
	return s
}

// looksLikePath reports whether a reference is a file path rather than a
// chunk ID or a quote: cite never reads files by path.
func looksLikePath(ref string) bool {
	if strings.ContainsAny(ref, " \t") {
		return false
	}
	return strings.HasPrefix(ref, "/") || strings.HasPrefix(ref, "./") || strings.HasPrefix(ref, "../") ||
		strings.Contains(ref, "/../") || strings.HasPrefix(ref, "~/") || strings.Contains(ref, "\\")
}
