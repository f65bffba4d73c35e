package main

import (
	"context"
	"log/slog"
	"slices"
	"time"

	"github.com/citebot/citebot/fsnotify"
	"github.com/citebot/citebot/retrieval"
)

// watchCorpus starts watching cfg's corpus folder; errors that do not
// stop watching go to onErr. Without a corpus folder (the embedded corpus
// does not change) it is a usage error.
func watchCorpus(cfg Config, onErr func(error)) (*fsnotify.Watcher, error) {
	if cfg.Corpus == "" {
		return nil, usageError("index: --watch needs a corpus folder (--corpus or CITEBOT_CORPUS); the embedded corpus does not change")
	}
	abs, err := corpusDir(cfg)
	if err != nil {
		return nil, err
	}
	return fsnotify.New(abs, fsnotify.Options{OnError: onErr})
}

// reportChanged reports whether rep, the report of an update, says
// anything that prev, the report before it, did not: documents added,
// changed or removed, an index rebuilt, or other files skipped.
func reportChanged(rep, prev retrieval.Report) bool {
	if len(rep.Added)+len(rep.Changed)+len(rep.Removed) > 0 || rep.Rebuilt != "" {
		return true
	}
	return !slices.Equal(rep.Skipped, prev.Skipped)
}

// background re-indexes the in-process index of a folder corpus, in the
// background, after each burst of changes in the folder (chat and discord
// do, unless --watch=false). Searches keep answering from the previous
// documents until an update is complete; an update that fails is logged
// and the previous index keeps serving. Its methods are called from one
// goroutine.
type background struct {
	w      *fsnotify.Watcher // nil: not watching
	log    *slog.Logger
	cancel context.CancelFunc
	done   chan struct{}
}

// newBackground starts watching cfg's corpus folder when on, the corpus
// is a folder and the index is in process (a --store server is updated by
// its own `citebot index` job); a folder that cannot be watched is logged
// and the command goes on without. It watches from before the index is
// opened, so that no change made meanwhile is missed.
func newBackground(cfg Config, on bool, log *slog.Logger) *background {
	bg := &background{log: log}
	if !on || cfg.Store != "" || cfg.Corpus == "" {
		return bg
	}
	w, err := watchCorpus(cfg, func(err error) { log.Warn("watch corpus", "err", err) })
	if err != nil {
		log.Warn("the corpus is not watched for changes", "err", err)
		return bg
	}
	bg.w = w
	return bg
}

// start updates ix, the index opened for the watched corpus, after each
// change until ctx is done or stop is called. An index that is not in
// process is not updated.
func (bg *background) start(ctx context.Context, ix index) {
	lx, ok := ix.(*localIndex)
	if bg.w == nil || !ok {
		return
	}
	ctx, bg.cancel = context.WithCancel(ctx)
	bg.done = make(chan struct{})
	go func() {
		defer close(bg.done)
		err := bg.w.Run(ctx, func() { bg.update(ctx, lx) })
		if err != nil {
			bg.log.Warn("the corpus is no longer watched for changes", "err", err)
		}
	}()
}

// update brings lx up to date once and logs what changed.
func (bg *background) update(ctx context.Context, lx *localIndex) {
	t0 := time.Now()
	rep, err := lx.refresh(ctx, nil)
	switch {
	case ctx.Err() != nil:
		return
	case err != nil:
		bg.log.Error("update index; the previous one keeps serving", "err", err)
		return
	case rep.SaveError != "":
		bg.log.Warn("index updated in memory only", "err", rep.SaveError)
	}
	if len(rep.Added)+len(rep.Changed)+len(rep.Removed) > 0 {
		bg.log.Info("index updated", "added", len(rep.Added), "changed", len(rep.Changed), "removed", len(rep.Removed),
			"skipped", len(rep.Skipped), "documents", len(lx.Sources()), "took", time.Since(t0).Round(time.Millisecond))
	}
}

// stop ends the watching and waits for an update in progress to stop (it
// is cancelled; the stored index stays as it was).
func (bg *background) stop() {
	if bg.cancel != nil {
		bg.cancel()
		<-bg.done
	}
	if bg.w != nil {
		bg.w.Close()
	}
}
