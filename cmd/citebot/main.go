// Command citebot answers questions from a folder of documents with
// citations that resolve to exact bytes of the sources.
//
// This is the only package that reads flags, the environment and .env; it
// builds one Config and wires the packages together by hand.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"time"
)

// env is the process environment a command runs in; tests fake it.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	log            *slog.Logger
}

// command is one subcommand of citebot.
type command struct {
	summary string
	run     func(ctx context.Context, cfg Config, e *env, args []string) error
}

func commands() map[string]command {
	return map[string]command{
		"ask":     {"answer a question with citations", runAsk},
		"search":  {"show the passages ranked for a query", runSearch},
		"cite":    {"look up a chunk ID or find where a quote occurs", runCite},
		"sources": {"list the documents of the corpus", runSources},
		"index":   {"build or update the index", runIndex},
		"eval":    {"measure retrieval and answers on a JSONL question set", runEval},
		"chat":    {"ask questions in a conversation", runChat},
		"discord": {"run the Discord bot", runDiscord},
	}
}

func main() {
	ctx, stop := withSignals(context.Background())
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	done := make(chan int, 1)
	go func() { done <- run(ctx, os.Args[1:], e) }()
	var code int
	select {
	case code = <-done:
	case <-ctx.Done(): // interrupted: give the command a moment to stop cleanly
		select {
		case code = <-done:
		case <-time.After(interruptGrace):
			code, _ = interruptedCode(ctx)
			fmt.Fprintln(e.stderr, "citebot: interrupted")
		}
	}
	stop()
	os.Exit(code)
}

// run executes citebot with args and returns the exit code: 0 ok,
// 1 runtime error, 2 usage error.
func run(ctx context.Context, args []string, e *env) (code int) {
	e.stdout = &visibleWriter{w: e.stdout}
	if e.log == nil {
		level := slog.LevelWarn
		if e.getenv("CITEBOT_DEBUG") != "" {
			level = slog.LevelDebug
		}
		e.log = slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))
	}
	defer func() {
		if r := recover(); r != nil {
			e.log.Error("internal error", "panic", r)
			fmt.Fprintln(e.stderr, "citebot: internal error; run with CITEBOT_DEBUG=1 for details")
			code = 1
		}
	}()
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stdout, cmds)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "citebot: unknown command %q\n", args[0])
		usage(e.stderr, cmds)
		return 2
	}
	cfg, err := loadEnv(e.getenv)
	if err == nil {
		err = cmd.run(ctx, cfg, e, args[1:])
	}
	return report(ctx, e, err)
}

// report prints err for the user and maps it to an exit code: 0 ok, 1 a
// runtime error, 2 a usage error, 130 or 143 when interrupted by SIGINT or
// SIGTERM (ctx's cause says which).
func report(ctx context.Context, e *env, err error) int {
	if code, ok := interruptedCode(ctx); ok && (err == nil || errors.Is(err, context.Canceled)) {
		fmt.Fprintln(e.stderr, "citebot: interrupted")
		return code
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(e.stderr, "citebot: %s\n", visible(err.Error()))
		return 2
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(e.stderr, "citebot: interrupted")
		return 1
	default:
		fmt.Fprintf(e.stderr, "citebot: %s\n", visible(err.Error()))
		return 1
	}
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "citebot answers questions from documents, with exact citations.")
	fmt.Fprintln(w, "\nUsage: citebot <command> [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'citebot <command> --help' for a command's flags.")
}
