package retrieval

import (
	"context"
	"errors"
	"fmt"
)

// Open loads the index of c from opts.DataDir, brings it up to date with
// the corpus by Sync (documents whose bytes are unchanged are reused as
// they are, and chunks whose text is unchanged are not embedded again) and
// saves it atomically when anything changed. A stored index that is
// unreadable or was built by another embedder is rebuilt and
// Report.Rebuilt says why. Files that cannot be indexed are listed in
// Report.Skipped. Open fails only when the corpus cannot be read,
// embedding fails or ctx is done; on failure the stored index is left as
// it was. An index that cannot be saved is still returned, with
// Report.SaveError saying why.
func Open(ctx context.Context, c Corpus, opts Options) (*Index, Report, error) {
	opts = opts.withDefaults()
	var rep Report
	ix := NewIndex(opts.Embedder, nil)
	loaded := false
	if opts.DataDir != "" && !opts.Rebuild {
		old, err := load(opts.DataDir, opts.Embedder, pipelineVersion())
		switch {
		case errors.Is(err, errIncompatible):
			rep.Rebuilt = err.Error()
			opts.Logger.Info("rebuilding index", "reason", err)
		case err != nil:
			// an unreadable data dir: index in memory, and the save below
			// reports why nothing could be kept
			opts.Logger.Info("stored index not read", "err", err)
		case old != nil:
			if err := ix.restore(ctx, old); err != nil {
				return nil, rep, err
			}
			loaded = true
		}
	} else if opts.Rebuild {
		rep.Rebuilt = "rebuild requested"
	}
	if err := syncTo(ctx, c, ix, opts, &rep); err != nil {
		return nil, rep, err
	}
	if err := ctx.Err(); err != nil {
		return nil, rep, err
	}
	changed := len(rep.Added)+len(rep.Changed)+len(rep.Removed) > 0
	if opts.DataDir != "" && (changed || !loaded) {
		if err := save(opts.DataDir, ix.snapshot(c.Name)); err != nil {
			// the index still works in memory; the caller decides whether
			// an unsaved index is an error (citebot index) or a note
			rep.SaveError = fmt.Sprintf("save index: %v", err)
			opts.Logger.Info("index not saved", "dir", opts.DataDir, "err", err)
		} else {
			rep.Saved = true
		}
	}
	ix.ensureBuilt()
	return ix, rep, nil
}
