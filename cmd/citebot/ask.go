package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
	"github.com/spf13/cobra"
)

func askCmd(st *state) *cobra.Command {
	var f answerFlags
	var stream bool
	c := &cobra.Command{
		Use:   `ask [flags] "question" | -`,
		Short: "answer a question with citations",
		Long: `Answer a question from the corpus. Every sentence of the answer cites exact
bytes of a document; with an LLM configured (OPENAI_API_KEY or
OPENAI_BASE_URL) the answer is written by it and each citation is checked,
otherwise it is quoted from the best passage. With - it answers one
question per line of standard input.`,
		Example: `  citebot ask "When did Musharraf visit Moscow?"
  citebot ask --json "Who wrote the report?" | jq .answer
  citebot ask --stream "Why did the talks fail?"
  printf 'q1\nq2\n' | citebot ask --json -`,
		RunE: func(c *cobra.Command, args []string) error {
			cfg, err := st.settings()
			if err != nil {
				return err
			}
			if cfg, err = f.apply(cfg, "ask"); err != nil {
				return err
			}
			return runAsk(c.Context(), cfg, st.e, strings.Join(args, " "), stream)
		},
	}
	f.bind(c, st.cfg, "print the answer as JSON (one object per line with -)")
	c.Flags().BoolVar(&stream, "stream", false, "print the LLM's answer as it arrives")
	return c
}

func runAsk(ctx context.Context, cfg Config, e *env, question string, stream bool) error {
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
	var s *streamed
	if stream && !cfg.JSON && cfg.LLMEnabled() {
		s = newStreamed(e)
		q.OnDelta = s.write
	}
	a, err := b.Ask(ctx, q)
	if errors.Is(err, citebot.ErrEmptyQuestion) {
		return usageError("ask: the question is empty")
	}
	if err != nil {
		return err
	}
	return writeAnswer(e, a, cfg.JSON, s)
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
	if err := writeAnswer(e, a, cfg.JSON, nil); err != nil {
		return err
	}
	if !cfg.JSON {
		fmt.Fprintln(e.stdout)
	}
	return nil
}
