package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
)

func runAsk(ctx context.Context, cfg Config, e *env, args []string) error {
	fs := newFlags("ask", `ask [flags] "question" | -`, &cfg, e.stderr)
	fs.BoolVar(&cfg.JSON, "json", false, "print the answer as JSON (one object per line with -)")
	fs.IntVar(&cfg.K, "k", cfg.K, "number of passages to show")
	fs.BoolVar(&cfg.NoLLM, "no-llm", cfg.NoLLM, "answer extractively even when an LLM is configured")
	stream := fs.Bool("stream", false, "print the LLM's answer as it arrives")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if cfg.K < 1 || cfg.K > 50 {
		return usageError("ask: --k must be between 1 and 50")
	}
	question := strings.Join(pos, " ")
	if strings.TrimSpace(question) == "" {
		return usageError(`ask: give a question, e.g. citebot ask "When did Musharraf visit Moscow?", or - to read questions from standard input`)
	}
	_, b, err := openBot(ctx, cfg, e)
	if err != nil {
		return err
	}
	if question == "-" {
		return askLines(ctx, cfg, e, b)
	}
	q := citebot.Question{Text: question}
	streamed := false
	if *stream && !cfg.JSON && cfg.LLMEnabled() {
		print := streamTo(e.stdout)
		q.OnDelta = func(d string) { streamed = true; print(d) }
	}
	a, err := b.Ask(ctx, q)
	if errors.Is(err, citebot.ErrEmptyQuestion) {
		return usageError("ask: the question is empty")
	}
	if err != nil {
		return err
	}
	if streamed && a.Mode != citebot.ModeLLM {
		fmt.Fprint(e.stdout, "\n\n") // the stream broke off; the fallback answer follows
	}
	return writeAnswer(e.stdout, a, cfg.JSON, streamed && a.Mode == citebot.ModeLLM)
}

// askLines answers one question per line of standard input; blank lines
// are skipped, and so are lines over maxStdinQuestion bytes, each reported
// on stderr; the batch then ends with an error saying how many.
func askLines(ctx context.Context, cfg Config, e *env, b *bot.Bot) error {
	lr := newLineReader(e.stdin, maxStdinQuestion)
	skipped := 0
	for {
		line, err := lr.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if errors.Is(err, errLineTooLong) {
			fmt.Fprintf(e.stderr, "citebot: %v\n", err)
			skipped++
			continue
		}
		if err != nil {
			return fmt.Errorf("read questions: %w", err)
		}
		if err := askLine(ctx, cfg, e, b, line); err != nil {
			return err
		}
	}
	if skipped > 0 {
		return fmt.Errorf("%d question line(s) skipped: over %d bytes", skipped, maxStdinQuestion)
	}
	return nil
}

// askLine answers one line of `ask -`; a blank line is passed over.
func askLine(ctx context.Context, cfg Config, e *env, b *bot.Bot, line string) error {
	if strings.TrimSpace(line) == "" {
		return nil
	}
	a, err := b.Ask(ctx, citebot.Question{Text: line})
	if errors.Is(err, citebot.ErrEmptyQuestion) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := writeAnswer(e.stdout, a, cfg.JSON, false); err != nil {
		return err
	}
	if !cfg.JSON {
		fmt.Fprintln(e.stdout)
	}
	return nil
}

// writeAnswer prints a as one JSON line or as readable text.
func writeAnswer(w io.Writer, a *citebot.Answer, asJSON, streamed bool) error {
	if asJSON {
		return json.NewEncoder(w).Encode(a)
	}
	if streamed {
		fmt.Fprint(w, "\n\n")
		printSources(w, a)
		return nil
	}
	printAnswer(w, a)
	return nil
}

// printAnswer renders an answer for a terminal: the answer, then its
// numbered sources, then notes.
func printAnswer(w io.Writer, a *citebot.Answer) {
	if a.Answered {
		fmt.Fprintln(w, a.Answer)
	} else {
		fmt.Fprintln(w, orText(a.Answer, "The documents do not say."))
	}
	fmt.Fprintln(w)
	printSources(w, a)
}

// printSources prints the citations of a (or, when it cites nothing, the
// closest passages) and its notes.
func printSources(w io.Writer, a *citebot.Answer) {
	if len(a.Citations) > 0 {
		fmt.Fprintln(w, "Sources:")
		for _, c := range a.Citations {
			mark := ""
			if !c.Supported {
				mark = " (unverified)"
			}
			fmt.Fprintf(w, "[%d] %s%s\n    %s, bytes %d-%d%s\n    %q\n", c.N, describe(c.Title, c.Author, c.Date), mark,
				c.Doc, c.Start, c.End, lineRef(c.Line, c.ID), oneLine(c.Quote, 300))
		}
	} else if len(a.Passages) > 0 {
		fmt.Fprintln(w, "Closest passages:")
		for _, p := range a.Passages {
			title := ""
			if p.Source != nil {
				title = describe(p.Source.Title, p.Source.Author, p.Source.Date)
			}
			fmt.Fprintf(w, "%d. %s (%s, %s)\n   %s\n", p.Rank, p.ID, p.Doc, title, oneLine(p.Text, 240))
		}
	}
	for _, n := range a.Notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
}

func describe(title, author, date string) string {
	parts := []string{orText(title, "untitled")}
	if author != "" {
		parts = append(parts, author)
	}
	if date != "" {
		parts = append(parts, date)
	}
	return strings.Join(parts, " · ")
}

func lineRef(line int, id string) string {
	s := ""
	if line > 0 {
		s = fmt.Sprintf(", line %d", line)
	}
	if id != "" {
		s += ", chunk " + id
	}
	return s
}

// oneLine collapses white space and cuts s to at most n bytes on a rune
// boundary, marking a cut with an ellipsis.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

func orText(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}
