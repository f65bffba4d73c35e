package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
)

// maxChatTurns is how much of the conversation is kept for follow-ups.
const maxChatTurns = 10

func runChat(ctx context.Context, cfg Config, e *env, args []string) error {
	fs := newFlags("chat", "chat [flags]", &cfg, e.stderr)
	fs.BoolVar(&cfg.JSON, "json", false, "print each answer as one JSON line")
	fs.IntVar(&cfg.K, "k", cfg.K, "number of passages to show")
	fs.BoolVar(&cfg.NoLLM, "no-llm", cfg.NoLLM, "answer extractively even when an LLM is configured")
	noStream := fs.Bool("no-stream", false, "print LLM answers only once they are complete")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError("chat: takes no arguments; type questions after it starts")
	}
	if cfg.K < 1 || cfg.K > 50 {
		return usageError("chat: --k must be between 1 and 50")
	}
	_, b, err := openBot(ctx, cfg, e)
	if err != nil {
		return err
	}
	s := chatSession{bot: b, out: e.stdout, json: cfg.JSON, stream: cfg.LLMEnabled() && !cfg.JSON && !*noStream}
	return s.run(ctx, e.stdin)
}

// chatSession is a conversation: questions in, answers out, the history
// kept so that follow-ups can lean on it.
type chatSession struct {
	bot     *bot.Bot
	out     io.Writer
	json    bool
	stream  bool
	history []citebot.Turn
}

// run reads questions, one a line, until the input ends or /quit.
// "/reset" forgets the conversation.
func (s *chatSession) run(ctx context.Context, in io.Reader) error {
	lr := newLineReader(in, maxStdinQuestion)
	if !s.json {
		fmt.Fprintln(s.out, "Ask a question; follow-ups may refer to earlier ones. /reset forgets the conversation, /quit or Ctrl-D ends.")
	}
	for s.prompt(); ; s.prompt() {
		raw, err := lr.next()
		if errors.Is(err, io.EOF) {
			if !s.json {
				fmt.Fprintln(s.out)
			}
			return nil
		}
		if errors.Is(err, errLineTooLong) {
			fmt.Fprintf(s.out, "That question is too long (%v).\n", err)
			continue
		}
		if err != nil {
			return fmt.Errorf("read questions: %w", err)
		}
		line := strings.TrimSpace(raw)
		switch line {
		case "":
			continue
		case "/quit", "/exit":
			return nil
		case "/reset":
			s.history = nil
			if !s.json {
				fmt.Fprintln(s.out, "The conversation is forgotten.")
			}
			continue
		}
		if err := s.ask(ctx, line); err != nil {
			return err
		}
	}
}

func (s *chatSession) prompt() {
	if !s.json {
		fmt.Fprint(s.out, "> ")
	}
}

// ask answers one question and remembers the turn.
func (s *chatSession) ask(ctx context.Context, question string) error {
	q := citebot.Question{Text: question, History: s.history}
	streamed := false
	if s.stream {
		print := streamTo(s.out)
		q.OnDelta = func(d string) { streamed = true; print(d) }
	}
	a, err := s.bot.Ask(ctx, q)
	if errors.Is(err, citebot.ErrEmptyQuestion) {
		return nil
	}
	if err != nil {
		return err
	}
	if streamed && a.Mode != citebot.ModeLLM {
		fmt.Fprint(s.out, "\n\n") // the stream broke off; the fallback answer follows
	}
	if err := writeAnswer(s.out, a, s.json, streamed && a.Mode == citebot.ModeLLM); err != nil {
		return err
	}
	if !s.json {
		fmt.Fprintln(s.out)
	}
	s.history = append(s.history, citebot.Turn{Question: question, Answer: a.Answer})
	if len(s.history) > maxChatTurns {
		s.history = s.history[len(s.history)-maxChatTurns:]
	}
	return nil
}
