package main

import (
	"errors"
	"io"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/retrieval"
)

// newCompleter builds the OpenAI-compatible Completer cfg configures.
func newCompleter(cfg Config, e *env) (bot.Completer, error) {
	return nil, errors.New("LLM answers are not available yet")
}

// newEmbedder builds the embedder cfg names; the zero Embedder means the
// local one.
func newEmbedder(cfg Config, e *env) (retrieval.Embedder, error) {
	switch cfg.Embedder {
	case "", "local":
		return retrieval.Embedder{}, nil
	}
	return retrieval.Embedder{}, usageError("CITEBOT_EMBEDDER: unknown embedder %q (want local or openai)", cfg.Embedder)
}

// streamTo returns an OnDelta callback that prints streamed text to w.
func streamTo(w io.Writer) func(string) {
	return func(s string) { io.WriteString(w, s) }
}
