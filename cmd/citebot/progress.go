package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// minProgress is the least number of chunks to embed for which a progress
// bar is worth showing: fewer take a moment.
const minProgress = 500

// progress is the bar shown on stderr while chunks are embedded: only on
// a terminal (the bar draws with carriage returns, no colour, so NO_COLOR
// changes nothing), for at least minProgress chunks, and not once ctx is
// done. Its update may be called from several goroutines.
type progress struct {
	ctx context.Context
	e   *env
	on  bool

	mu  sync.Mutex
	bar *progressbar.ProgressBar
}

// newProgress returns the bar for one indexing; on false (e.g. for
// --json, which scripts read) or stderr not a terminal shows nothing.
func newProgress(ctx context.Context, e *env, on bool) *progress {
	return &progress{ctx: ctx, e: e, on: on && e.stderrTTY}
}

// update is a retrieval.Options.Progress: done of total chunks embedded.
func (p *progress) update(done, total int) {
	if !p.on || total < minProgress || p.ctx.Err() != nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar == nil {
		p.bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(p.e.stderr),
			progressbar.OptionSetDescription("embedding"), progressbar.OptionThrottle(100*time.Millisecond))
	}
	p.bar.Set(done)
}

// finish completes the bar, if one was shown, and ends its line.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Finish()
		fmt.Fprintln(p.e.stderr)
		p.bar = nil
	}
}
