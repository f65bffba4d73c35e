package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/corpus"
	"github.com/citebot/citebot/retrieval"
	"github.com/citebot/citebot/text/synonyms"
	"github.com/citebot/citebot/text/uselite"
)

// synonyms returns the WordNet synonym table, loaded on first use: the
// index and the bot share one copy.
func (e *env) synonyms() (*synonyms.Table, error) {
	if e.syn == nil {
		t, err := synonyms.Load()
		if err != nil {
			return nil, fmt.Errorf("load synonyms: %w", err)
		}
		e.syn = t
	}
	return e.syn, nil
}

// encoder returns the sentence encoder, loaded on first use: the use
// embedder and the bot's second look share one copy.
func (e *env) encoder() (*uselite.Model, error) {
	if e.enc == nil {
		m, err := uselite.Load()
		if err != nil {
			return nil, fmt.Errorf("load the sentence encoder: %w", err)
		}
		e.enc = m
	}
	return e.enc, nil
}

// corpusOf returns the corpus cfg names: a directory, or the embedded one.
func corpusOf(cfg Config) (retrieval.Corpus, error) {
	if cfg.Corpus == "" {
		return retrieval.Corpus{FS: corpus.FS(), Name: "embedded"}, nil
	}
	abs, err := corpusDir(cfg)
	if err != nil {
		return retrieval.Corpus{}, err
	}
	// an os.Root confines every read to the folder (the kernel refuses a
	// link swapped in between ingest's check and the read) and reports
	// links, so that ingest skips those that lead outside the corpus
	root, err := os.OpenRoot(abs)
	if err != nil {
		return retrieval.Corpus{}, fmt.Errorf("corpus %s: %w", cfg.Corpus, err)
	}
	return retrieval.Corpus{FS: root.FS(), Name: abs}, nil
}

// corpusDir returns the absolute path of cfg's corpus folder, which must
// exist.
func corpusDir(cfg Config) (string, error) {
	abs, err := filepath.Abs(cfg.Corpus)
	if err != nil {
		return "", fmt.Errorf("corpus %s: %w", cfg.Corpus, err)
	}
	st, err := os.Stat(abs)
	if err != nil {
		return "", fmt.Errorf("corpus %s: no such directory", cfg.Corpus)
	}
	if !st.IsDir() {
		return "", fmt.Errorf("corpus %s: not a directory", cfg.Corpus)
	}
	return abs, nil
}

// localIndex is an in-process index with the corpus and options it was
// opened with, which retrieval.Refresh takes to bring it up to date.
type localIndex struct {
	*retrieval.Index
	corpus retrieval.Corpus
	opts   retrieval.Options
}

// openIndex opens (building or updating as needed) the index cfg names.
func openIndex(ctx context.Context, cfg Config, e *env, opts retrieval.Options) (*localIndex, retrieval.Report, error) {
	c, err := corpusOf(cfg)
	if err != nil {
		return nil, retrieval.Report{}, err
	}
	if opts.DataDir, err = dataDir(cfg, c.Name); err != nil {
		return nil, retrieval.Report{}, err
	}
	if err := checkCorpus(opts.DataDir, c.Name, opts.Rebuild); err != nil {
		return nil, retrieval.Report{}, err
	}
	if opts.Embedder, err = newEmbedder(cfg, e); err != nil {
		return nil, retrieval.Report{}, err
	}
	opts.Logger = e.log
	if opts.Synonyms, err = e.synonyms(); err != nil {
		return nil, retrieval.Report{}, err
	}
	ix, rep, err := retrieval.Open(ctx, c, opts)
	if rep.SaveError != "" {
		rep.SaveError = saveProblem(opts.DataDir, rep.SaveError, rep.SaveCause)
	}
	if err != nil {
		return nil, rep, err
	}
	opts.Rebuild, opts.Progress, opts.Listed = false, nil, nil
	return &localIndex{Index: ix, corpus: c, opts: opts}, rep, nil
}

// refresh brings lx up to date with its corpus (see retrieval.Refresh),
// showing progress through p when not nil. Calls must not overlap.
func (lx *localIndex) refresh(ctx context.Context, p *progress) (retrieval.Report, error) {
	opts := lx.opts
	if p != nil {
		opts.Progress = p.update
		defer p.finish()
	}
	rep, err := retrieval.Refresh(ctx, lx.corpus, lx.Index, opts)
	if rep.SaveError != "" {
		rep.SaveError = saveProblem(opts.DataDir, rep.SaveError, rep.SaveCause)
	}
	return rep, err
}

// newBot wires a Bot over ix with the LLM cfg configures, if any.
func newBot(cfg Config, ix index, e *env) (*bot.Bot, error) {
	syn, err := e.synonyms()
	if err != nil {
		return nil, err
	}
	opts := bot.Options{K: cfg.K, LLMTimeout: cfg.LLMTimeout, Logger: e.log, Synonyms: syn}
	if cfg.Embedder == "use" {
		m, err := e.encoder()
		if err != nil {
			return nil, err
		}
		opts.Sentences = m.EmbedAll
	}
	if cfg.LLMEnabled() {
		c, err := newCompleter(cfg, e)
		if err != nil {
			return nil, err
		}
		opts.Completer = c
	}
	return bot.New(ix, opts), nil
}

// openQuiet opens the index cfg names for a command that does not report
// on indexing; a stored index that had to be rebuilt is still mentioned,
// and on a terminal a bar shows the progress of a long indexing (not with
// --json). The in-process index is a *localIndex.
func openQuiet(ctx context.Context, cfg Config, e *env) (index, error) {
	if cfg.Store != "" {
		return openStore(ctx, cfg, e)
	}
	p := newProgress(ctx, e, !cfg.JSON)
	ix, rep, err := openIndex(ctx, cfg, e, retrieval.Options{Progress: p.update})
	p.finish()
	if err != nil {
		return nil, err
	}
	if rep.Rebuilt != "" {
		fmt.Fprintf(e.stderr, "citebot: %s; the index was rebuilt\n", rep.Rebuilt)
	}
	if rep.SaveError != "" {
		fmt.Fprintf(e.stderr, "citebot: note: the index is kept in memory only: %s\n", rep.SaveError)
	}
	for _, s := range rep.Skipped {
		e.log.Info("skipped", "path", s.Path, "reason", s.Reason)
	}
	if len(ix.Sources()) == 0 {
		fmt.Fprintf(e.stderr, "citebot: note: the corpus has no documents to answer from (%d file(s) skipped; `citebot index` lists why)\n", len(rep.Skipped))
	}
	return ix, nil
}

// openBot opens the index cfg names and wires a Bot over it.
func openBot(ctx context.Context, cfg Config, e *env) (index, *bot.Bot, error) {
	ix, err := openQuiet(ctx, cfg, e)
	if err != nil {
		return nil, nil, err
	}
	b, err := newBot(cfg, ix, e)
	if err != nil {
		return nil, nil, err
	}
	return ix, b, nil
}
