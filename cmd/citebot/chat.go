package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
)

// maxChatTurns is how much of the conversation is kept for follow-ups.
const maxChatTurns = 10

// chatHelp is what /help prints.
const chatHelp = `Type a question and press Enter; follow-ups may refer to earlier answers.
  /sources     list the documents of the corpus
  /cite REF    show a chunk (e.g. 002#10) or where a quote occurs
  /reset       forget the conversation
  /help        this help
  /quit        end (or Ctrl-D); Ctrl-C clears the line
Arrow keys edit the line and go through the history.`

func chatCmd(st *state) *cobra.Command {
	var f answerFlags
	var noStream, watch bool
	c := &cobra.Command{
		Use:   "chat [flags]",
		Short: "ask questions in a conversation",
		Long: `Ask questions in a conversation: follow-ups such as "who went then?" are
read with the questions before them. On a terminal the line can be edited,
the history (kept in the data folder) is under the arrow keys, Ctrl-C clears
the line and Ctrl-D ends. With input from a pipe, questions are read one a
line, with no banner or prompt.

With a --corpus folder and the index in process, changes to the folder are
indexed in the background while answers keep coming from the previous
index (--watch=false turns this off).`,
		Example: `  citebot chat
  citebot chat --corpus ~/notes --no-llm
  printf 'When did Musharraf visit Moscow?\nwho went then?\n' | citebot chat --json`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError("chat: takes no arguments; type questions after it starts")
			}
			return nil
		},
		RunE: func(c *cobra.Command, _ []string) error {
			cfg, err := st.settings()
			if err != nil {
				return err
			}
			if cfg, err = f.apply(cfg, "chat"); err != nil {
				return err
			}
			return runChat(c.Context(), cfg, st.e, noStream, watch)
		},
	}
	f.bind(c, st.cfg, "print each answer as one JSON line")
	c.Flags().BoolVar(&noStream, "no-stream", false, "print LLM answers only once they are complete")
	c.Flags().BoolVar(&watch, "watch", true, "index changes to the --corpus folder in the background (not with --store)")
	return c
}

func runChat(ctx context.Context, cfg Config, e *env, noStream, watch bool) error {
	bg := newBackground(cfg, watch, e.log)
	defer bg.stop()
	ix, b, err := openBot(ctx, cfg, e)
	if err != nil {
		return err
	}
	bg.start(ctx, ix)
	s := &chatSession{bot: b, lib: ix, e: e, json: cfg.JSON, stream: cfg.LLMEnabled() && !cfg.JSON && !noStream}
	if e.stdinTTY && !cfg.JSON {
		hist := ""
		if c, err := corpusOf(cfg); err == nil {
			if dir, err := dataDir(cfg, c.Name); err == nil {
				hist = dir
			}
		}
		return s.interactive(ctx, hist)
	}
	return s.run(ctx, e.stdin)
}

// chatSession is a conversation: questions in, answers out, the history
// kept so that follow-ups can lean on it.
type chatSession struct {
	bot     *bot.Bot
	lib     citebot.Library
	e       *env
	json    bool
	stream  bool
	history []citebot.Turn
}

// run reads questions, one a line, until the input ends or /quit; it
// prints no banner or prompt (the input is not a terminal).
func (s *chatSession) run(ctx context.Context, in io.Reader) error {
	lr := newLineReader(in, maxStdinQuestion)
	for {
		raw, err := lr.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if errors.Is(err, errLineTooLong) {
			fmt.Fprintf(s.e.stdout, "That question is too long (%v).\n", err)
			continue
		}
		if err != nil {
			return fmt.Errorf("read questions: %w", err)
		}
		if quit, err := s.line(ctx, raw); quit || err != nil {
			return err
		}
	}
}

// line handles one line of input: a slash command or a question. It
// reports whether the conversation ends.
func (s *chatSession) line(ctx context.Context, raw string) (bool, error) {
	line := strings.TrimSpace(raw)
	if !strings.HasPrefix(line, "/") {
		return false, s.ask(ctx, line)
	}
	cmd, arg, _ := strings.Cut(line, " ")
	arg = strings.TrimSpace(arg)
	out := s.e.stdout
	switch cmd {
	case "/quit", "/exit":
		return true, nil
	case "/reset":
		s.history = nil
		fmt.Fprintln(out, "The conversation is forgotten.")
	case "/help", "/?":
		fmt.Fprintln(out, chatHelp)
	case "/sources":
		return false, printSourceTable(s.e, s.lib.Sources())
	case "/cite":
		if arg == "" {
			fmt.Fprintln(out, "Give a chunk ID or a quote: /cite 002#10, or /cite an old friend")
			return false, nil
		}
		err := citeRef(s.e, s.lib, arg, 5)
		if errors.Is(err, errUsage) || errors.Is(err, citebot.ErrNotFound) {
			fmt.Fprintln(out, strings.TrimPrefix(err.Error(), "usage: "))
			return false, nil
		}
		return false, err
	default:
		fmt.Fprintf(out, "%s is not a chat command; /help lists them.\n", cmd)
	}
	return false, nil
}

// ask answers one question and remembers the turn.
func (s *chatSession) ask(ctx context.Context, question string) error {
	if question == "" {
		return nil
	}
	q := citebot.Question{Text: question, History: s.history}
	var st *streamed
	if s.stream {
		st = newStreamed(s.e)
		q.OnDelta = st.write
	}
	a, err := s.bot.Ask(ctx, q)
	if errors.Is(err, citebot.ErrEmptyQuestion) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := writeAnswer(s.e, a, s.json, st); err != nil {
		return err
	}
	if !s.json {
		fmt.Fprintln(s.e.stdout)
	}
	s.history = append(s.history, citebot.Turn{Question: question, Answer: a.Answer, Citations: a.Citations})
	if len(s.history) > maxChatTurns {
		s.history = s.history[len(s.history)-maxChatTurns:]
	}
	return nil
}
