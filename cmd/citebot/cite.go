package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/retrieval"
)

func runCite(ctx context.Context, cfg Config, e *env, args []string) error {
	fs := newFlags("cite", `cite [flags] CHUNK-ID | "quoted text"`, &cfg, e.stderr)
	fs.BoolVar(&cfg.JSON, "json", false, "print as JSON")
	k := fs.Int("k", 5, "matches to show for quoted text")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	ref := strings.TrimSpace(strings.Join(pos, " "))
	if ref == "" {
		return usageError("cite: give a chunk ID such as 000#3 or a quote")
	}
	if looksLikePath(ref) {
		return usageError("cite: %q looks like a file path; give a chunk ID such as 002#9 (see `citebot search`) or quoted text", ref)
	}
	isID := strings.Contains(ref, "#") && !strings.ContainsAny(ref, " \t")
	if _, _, perr := retrieval.ParseChunkID(ref); isID && perr != nil {
		return usageError("cite: %v", perr)
	}
	quote := strings.TrimSpace(strings.Trim(ref, `"“”'`))
	if !isID && quote == "" {
		return usageError("cite: the quote is empty; give a chunk ID such as 000#3 or some quoted text")
	}
	ix, err := openQuiet(ctx, cfg, e)
	if err != nil {
		return err
	}
	if isID {
		c, err := ix.Chunk(ref)
		if err != nil {
			return citeError(err)
		}
		if cfg.JSON {
			return json.NewEncoder(e.stdout).Encode(c)
		}
		printContext(e, c)
		return nil
	}
	ps, err := ix.FindQuote(quote, *k)
	if err != nil {
		return err
	}
	if cfg.JSON {
		return json.NewEncoder(e.stdout).Encode(ps)
	}
	if len(ps) == 0 {
		fmt.Fprintln(e.stdout, "That text does not occur in the corpus.")
	}
	for _, p := range ps {
		kind := "exact"
		if p.Score < 1 {
			kind = fmt.Sprintf("near, %.0f%% of words", p.Score*100)
		}
		fmt.Fprintf(e.stdout, "%d. %s bytes %d-%d (line %d, chunk %s, %s)\n   %q\n", p.Rank, p.Doc, p.Start, p.End, p.Line, orText(p.ID, "-"), kind, oneLine(p.Text, 400))
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
