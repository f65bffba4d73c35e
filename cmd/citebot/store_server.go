package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/retrieval/weaviate"
)

// index is what the reading commands use of an index, in process or on a
// server: searches and the library of documents.
type index interface {
	citebot.Retriever
	citebot.Library
}

// openStore connects to the server that cfg.Store names (weaviate://…).
func openStore(ctx context.Context, cfg Config, e *env) (*weaviate.Store, error) {
	wc, err := weaviate.ParseURL(cfg.Store)
	if err != nil {
		return nil, usageError("--store: %v", err)
	}
	if wc.Embedder, err = newEmbedder(cfg, e); err != nil {
		return nil, err
	}
	wc.APIKey = e.getenv("CITEBOT_WEAVIATE_API_KEY")
	wc.Logger = e.log
	if wc.Synonyms, err = e.synonyms(); err != nil { // the bot's copy too
		return nil, err
	}
	s, err := weaviate.Open(ctx, wc)
	if err != nil {
		return nil, storeError(cfg.Store, err)
	}
	return s, nil
}

// storeError says plainly that the server cannot be reached.
func storeError(store string, err error) error {
	if errors.Is(err, weaviate.ErrUnavailable) {
		return fmt.Errorf("the index at %s cannot be reached (is the Weaviate cluster up?)", store)
	}
	return fmt.Errorf("index at %s: %w", store, err)
}
