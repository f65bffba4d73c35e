package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/citebot/citebot/retrieval"
	"github.com/schollz/progressbar/v3"
)

// minProgress is the least amount of work for which a progress bar is
// worth showing, per stage (bytes to read, chunks to embed): less takes a
// moment.
var minProgress = map[string]int{retrieval.StageReading: 256 << 10, retrieval.StageEmbedding: 500}

// progress is the bar shown on stderr while a corpus is indexed, one per
// stage: only on a terminal (the bar draws with carriage returns, no
// colour, so NO_COLOR changes nothing), for at least minProgress of the
// stage's work, and not once ctx is done. Its update may be called from
// several goroutines.
type progress struct {
	ctx context.Context
	e   *env
	on  bool

	mu    sync.Mutex
	bar   *progressbar.ProgressBar
	stage string
}

// newProgress returns the bar for one indexing; on false (e.g. for
// --json, which scripts read) or stderr not a terminal shows nothing.
func newProgress(ctx context.Context, e *env, on bool) *progress {
	return &progress{ctx: ctx, e: e, on: on && e.stderrTTY}
}

// update is a retrieval.Options.Progress.
func (p *progress) update(stage string, done, total int) {
	if !p.on || total < minProgress[stage] || p.ctx.Err() != nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil && p.stage != stage {
		p.finishLocked()
	}
	if p.bar == nil {
		p.bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(p.e.stderr),
			progressbar.OptionSetDescription(stage), progressbar.OptionShowBytes(stage == retrieval.StageReading),
			progressbar.OptionThrottle(100*time.Millisecond))
		p.stage = stage
	}
	p.bar.Set(done)
}

// finish completes the bar, if one was shown, and ends its line.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.finishLocked()
}

// finishLocked is finish with p.mu held.
func (p *progress) finishLocked() {
	if p.bar != nil {
		p.bar.Finish()
		fmt.Fprintln(p.e.stderr)
		p.bar = nil
	}
}
