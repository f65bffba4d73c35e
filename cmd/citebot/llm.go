package main

import (
	"github.com/citebot/citebot"
	"github.com/citebot/citebot/openai"
	"github.com/citebot/citebot/prompts"
	"github.com/citebot/citebot/retrieval"
)

// completer is the LLM client with the prompt templates it answers with;
// the Bot finds them through bot.Prompter.
type completer struct {
	*openai.Client
	set *prompts.Set
}

// Prompts implements bot.Prompter.
func (c completer) Prompts() *prompts.Set { return c.set }

// newCompleter builds the OpenAI-compatible Completer cfg configures, with
// the prompt templates of cfg.PromptsDir (if any) and a prompt budget that
// fits cfg.LLMContext.
func newCompleter(cfg Config, e *env) (citebot.Completer, error) {
	if cfg.LLMModel == "" {
		return nil, usageError("CITEBOT_LLM_MODEL: name the chat model, e.g. gpt-4o-mini or llama3.1")
	}
	window := cfg.LLMContext
	if window <= 0 {
		window = citebot.DefaultLLMContext
	}
	set, err := prompts.Load(cfg.PromptsDir, prompts.Budget{Window: window, Reserve: min(1024, window/4)})
	if err != nil {
		return nil, usageError("CITEBOT_PROMPTS_DIR: %v", err)
	}
	c := openai.New(openai.Config{BaseURL: cfg.OpenAIBaseURL, APIKey: cfg.OpenAIKey, Model: cfg.LLMModel, Logger: e.log})
	return completer{Client: c, set: set}, nil
}

// newEmbedder builds the embedder cfg names; the zero Embedder means the
// local one. use is the Universal Sentence Encoder Lite, in the binary
// like the local one (retrieval.USEEmbedder), loaded once per process
// (env.encoder). The openai embedder makes no request here: its Dim is
// left zero (unknown), the index learns the dimension from the first
// vectors and rejects any vector of another, and its Name ("openai:" +
// model) differs from every other embedder's, so switching rebuilds the
// index.
func newEmbedder(cfg Config, e *env) (retrieval.Embedder, error) {
	switch cfg.Embedder {
	case "", "local":
		return retrieval.Embedder{}, nil
	case "use":
		m, err := e.encoder()
		if err != nil {
			return retrieval.Embedder{}, err
		}
		return retrieval.USEEmbedder(m), nil
	case "openai":
	default:
		return retrieval.Embedder{}, usageError("CITEBOT_EMBEDDER: unknown embedder (want local, use or openai)")
	}
	if cfg.EmbedModel == "" {
		return retrieval.Embedder{}, usageError("CITEBOT_EMBED_MODEL: name the embedding model, e.g. text-embedding-3-small or nomic-embed-text")
	}
	base := cfg.EmbedBaseURL
	if base == "" {
		base = cfg.OpenAIBaseURL
	}
	em := openai.NewEmbedder(openai.Config{BaseURL: base, APIKey: cfg.OpenAIKey, Model: cfg.EmbedModel, Logger: e.log}, openai.EmbedOptions{})
	return retrieval.Embedder{Name: em.Name(), Embed: em.Embed}, nil
}
