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
	"time"

	"github.com/citebot/citebot/retrieval"
	"github.com/citebot/citebot/text/synonyms"
	"github.com/citebot/citebot/text/uselite"
	"golang.org/x/term"
)

// env is the process environment a command runs in; tests fake it. The
// zero terminal fields describe pipes: no colour, no progress bars, no
// chat prompt.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	log            *slog.Logger

	stdinTTY  bool // stdin is a terminal (chat edits lines)
	stdoutTTY bool // stdout is a terminal (prose rendering)
	stderrTTY bool // stderr is a terminal (progress bars)
	width     int  // stdout's width in columns; zero when unknown
	height    int  // stdout's height in rows; zero when unknown
	color     bool // stdout uses colour: set by run (a terminal, NO_COLOR unset, TERM not dumb)

	syn *synonyms.Table // loaded by synonyms on first use
	enc *uselite.Model  // loaded by encoder on first use
}

// newEnv describes the real process: which streams are terminals, the
// width, and the colour profile (none when piped or NO_COLOR is set).
func newEnv() *env {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	e.stdinTTY = term.IsTerminal(int(os.Stdin.Fd()))
	e.stdoutTTY = term.IsTerminal(int(os.Stdout.Fd()))
	e.stderrTTY = term.IsTerminal(int(os.Stderr.Fd()))
	if e.stdoutTTY {
		if w, h, err := term.GetSize(int(os.Stdout.Fd())); err == nil {
			e.width, e.height = w, h
		}
	}
	return e
}

func main() {
	ctx, stop := withSignals(context.Background())
	e := newEnv()
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

// The terminal's conventions, read from the process environment only
// (like every variable, but they are no citebot settings: .env.example
// does not list them): https://no-color.org.
const (
	noColorVar = "NO_COLOR"
	termVar    = "TERM"
)

// run executes citebot with args and returns the exit code: 0 ok,
// 1 runtime error, 2 usage error, 130/143 interrupted.
func run(ctx context.Context, args []string, e *env) (code int) {
	e.stdout = &visibleWriter{w: e.stdout}
	e.color = e.stdoutTTY && e.getenv(noColorVar) == "" && e.getenv(termVar) != "dumb"
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
	cfg, envErr := loadEnv(e.getenv)
	root := newRoot(&state{ctx: ctx, e: e, cfg: cfg, envErr: envErr})
	root.SetContext(ctx)
	err := execute(root, args)
	if err != nil {
		err = scrubbed{err, scrub(err.Error(), cfg.values)}
	}
	return report(ctx, e, err)
}

// report prints err for the user and maps it to an exit code: 0 ok, 1 a
// runtime error, 2 a usage error, 130 or 143 when interrupted by SIGINT or
// SIGTERM (ctx's cause says which).
func report(ctx context.Context, e *env, err error) int {
	if code, ok := interruptedCode(ctx); ok { // whatever failed after a signal failed because of it
		fmt.Fprintln(e.stderr, "citebot: interrupted")
		return code
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errQuietUsage):
		return 2
	case errors.Is(err, errUsage):
		fmt.Fprintf(e.stderr, "citebot: %s\n", visible(err.Error()))
		return 2
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(e.stderr, "citebot: interrupted")
		return 1
	case errors.Is(err, retrieval.ErrCorrupt):
		e.log.Info("index corrupt", "err", err) // the cause: which block, in which operation
		fmt.Fprintln(e.stderr, "citebot: index corrupt: the stored index was altered or damaged since it was saved (CITEBOT_DEBUG=1 says where)\n"+
			"citebot: the index is rebuilt on the next run (or now: `citebot index`)")
		return 1
	default:
		fmt.Fprintf(e.stderr, "citebot: %s\n", visible(err.Error()))
		return 1
	}
}

// scrubbed is an error whose message no setting's value appears in; it
// still matches the sentinels of the error it stands for.
type scrubbed struct {
	err error
	msg string
}

func (s scrubbed) Error() string { return s.msg }
func (s scrubbed) Unwrap() error { return s.err }
