package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// interruptGrace is how long an interrupted command may take to stop on
// its own before the process exits anyway. Every write of the index is
// atomic (a temporary file renamed into place), so exiting mid-way leaves
// the stored index as it was.
const interruptGrace = 2 * time.Second

// errSignal is the cancellation cause of a context cancelled by a signal.
type errSignal struct{ sig os.Signal }

func (e errSignal) Error() string { return "interrupted by " + e.sig.String() }

// withSignals returns a context cancelled, with an errSignal cause, by the
// first SIGINT or SIGTERM; a second signal then acts as it would without
// citebot's handler (it ends the process at once). stop releases the
// handler.
func withSignals(parent context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(parent)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case s := <-sigs:
			signal.Stop(sigs)
			cancel(errSignal{s})
		case <-ctx.Done():
		}
	}()
	return ctx, func() { signal.Stop(sigs); cancel(nil) }
}

// interruptedCode returns the conventional exit code for the signal that
// cancelled ctx: 128 + its number (130 for SIGINT, 143 for SIGTERM).
func interruptedCode(ctx context.Context) (int, bool) {
	var es errSignal
	if !errors.As(context.Cause(ctx), &es) {
		return 0, false
	}
	if n, ok := es.sig.(syscall.Signal); ok {
		return 128 + int(n), true
	}
	return 130, true
}
