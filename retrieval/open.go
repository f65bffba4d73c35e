package retrieval

import (
	"cmp"
	"context"
	"errors"
	"fmt"

	"github.com/citebot/citebot/text/synonyms"
)

// damagedIndex is Report.Rebuilt's reason for an index whose blocks an
// update found damaged; the log has the cause.
const damagedIndex = "stored index was altered or damaged"

// Open maps the index of c stored in opts.DataDir (its structures are
// read in place, nothing is rebuilt), brings it up to date with the
// corpus by Sync (documents whose bytes are unchanged are reused as they
// are, and chunks whose text is unchanged are not embedded again) and
// saves it atomically when anything changed. A stored index that is
// unreadable, altered, of an older format or built by another embedder is
// rebuilt and Report.Rebuilt says why; so is one whose blocks, checked
// when they are first used (see Options.Verify), prove damaged when an
// update of changed files reads them. Files that cannot be indexed are
// listed in Report.Skipped. Open fails only when the corpus cannot be
// read, embedding fails or ctx is done; on failure the stored index is
// left as it was. An index that cannot be saved is still returned, with
// Report.SaveError saying why. With an embedder whose vectors are stored
// and more than Options.ApproxMin chunks, Open and Refresh also build the
// HNSW graph of the vectors and save it beside the index (graphFile),
// unless the one there was made for the same vectors: that one is read
// on the first query (annindex.go). The stored file stays mapped for the life
// of the process; it must not be modified in place meanwhile (citebot
// replaces it by renaming a new file over it).
func Open(ctx context.Context, c Corpus, opts Options) (*Index, Report, error) {
	opts = opts.withDefaults()
	var rep Report
	ix := NewIndex(opts.Embedder)
	ix.bm25 = opts.BM25.orDefault()
	if ix.syn = opts.Synonyms; ix.syn == nil {
		t, err := synonyms.Load()
		if err != nil {
			return nil, rep, fmt.Errorf("load synonyms: %w", err)
		}
		ix.syn = t
	}
	ix.graphs = vectorGraphs{dir: opts.DataDir, min: cmp.Or(opts.ApproxMin, DefaultApproxMin), log: opts.Logger}
	loaded := false
	if opts.DataDir != "" && !opts.Rebuild {
		old, err := load(opts.DataDir, opts.Embedder, pipelineVersion(), opts.Verify)
		switch {
		case errors.Is(err, errIncompatible):
			rep.Rebuilt = err.Error()
			args := []any{"reason", err}
			var d *damagedEarlier
			if errors.As(err, &d) {
				args = append(args, "damage", d.why) // where: for the log only
			}
			opts.Logger.Info("rebuilding index", args...)
		case err != nil:
			// an unreadable data dir: index in memory, and the save below
			// reports why nothing could be kept
			opts.Logger.Info("stored index not read", "err", err)
		case old != nil:
			ix.setState(old.st)
			loaded = true
		}
	} else if opts.Rebuild {
		rep.Rebuilt = "rebuild requested"
	}
	err := refresh(ctx, c, ix, opts, !loaded, &rep)
	if loaded && errors.Is(err, ErrCorrupt) {
		// an update read every block of the stored index and found one
		// damaged: build anew
		opts.Logger.Info("rebuilding index", "reason", err) // the cause: which block
		rep = Report{Rebuilt: fmt.Sprintf("%v: %s", errIncompatible, damagedIndex)}
		ix = ix.emptyCopy()
		err = refresh(ctx, c, ix, opts, true, &rep)
	}
	if err != nil {
		return nil, rep, err
	}
	return ix, rep, nil
}

// emptyCopy returns an empty Index configured as Open configured ix: its
// embedder, BM25 parameters, synonyms and vector-graph settings.
func (ix *Index) emptyCopy() *Index {
	return &Index{emb: ix.emb, bm25: ix.bm25, syn: ix.syn, graphs: ix.graphs, st: emptyState(ix.emb.Dim)}
}

// Refresh brings ix, an index that Open returned for c with the same
// opts, up to date with the corpus as Open does, and saves it to
// opts.DataDir when anything changed. Searches keep seeing the previous
// documents until the change is complete; on failure ix is left as it
// was. Calls must not overlap: a watcher calls it once at a time.
func Refresh(ctx context.Context, c Corpus, ix *Index, opts Options) (Report, error) {
	var rep Report
	err := refresh(ctx, c, ix, opts.withDefaults(), false, &rep)
	return rep, err
}

// refresh syncs c into ix and saves it when it changed or when save
// says the stored copy is missing or stale. With a data dir, the texts of
// the files parsed are kept in a spill file there, not in the heap, and so
// are the postings of a large update (textSpill, segments.go).
func refresh(ctx context.Context, c Corpus, ix *Index, opts Options, save bool, rep *Report) error {
	before := ix.state()
	spill := newTextSpill(opts.DataDir)
	ix.setSpill(spill)
	err := syncTo(ctx, c, ix, opts, spill, rep)
	ix.setSpill(nil)
	spill.close(ix.state() != before)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	// new file stats alone (touched files) change the state too
	changed := len(rep.Added)+len(rep.Changed)+len(rep.Removed) > 0 || ix.state() != before
	if opts.DataDir != "" {
		s := ix.snapshot(c.Name)
		s.release = spill.release
		persist(opts, s, changed || save, rep)
	}
	ix.prepareGraph(ix.state())
	return nil
}

// persist saves the index when it changed (or was not read from disk),
// and otherwise only rewrites a manifest that is missing or stale, e.g.
// because the disk was full when it was last written. A failed save
// leaves the index usable in memory: rep says why.
func persist(opts Options, st *stored, changed bool, rep *Report) {
	if !changed {
		if !manifestCurrent(opts.DataDir, st) {
			if err := saveManifest(opts.DataDir, st); err != nil {
				opts.Logger.Warn("manifest not written", "dir", opts.DataDir, "err", err)
			}
		}
		return
	}
	err := save(opts.DataDir, st)
	switch {
	case err == nil:
		rep.Saved = true
	case errors.Is(err, errManifest):
		rep.Saved = true // the index is whole; the next Open retries the manifest
		opts.Logger.Warn("index saved, manifest not written", "dir", opts.DataDir, "err", err)
	default:
		// the index still works in memory; the caller decides whether an
		// unsaved index is an error (citebot index) or a note
		rep.SaveError = fmt.Sprintf("save index: %v", err)
		rep.SaveCause = err
		opts.Logger.Info("index not saved", "dir", opts.DataDir, "err", err)
	}
}

// setSpill tells Update where the texts being indexed are kept.
func (ix *Index) setSpill(sp *textSpill) {
	ix.upd.Lock()
	defer ix.upd.Unlock()
	ix.spill = sp
}

// snapshot returns the index as it is stored.
func (ix *Index) snapshot(corpus string) *stored {
	return &stored{Version: storeVersion, Pipeline: pipelineVersion(), Embedder: ix.emb.Name, Corpus: corpus, st: ix.state()}
}
