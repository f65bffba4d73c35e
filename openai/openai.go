// Package openai implements citebot.Completer and a batched embedding function
// over any OpenAI-compatible server (OpenAI, Ollama, llama.cpp, vLLM, LM
// Studio) with github.com/sashabaranov/go-openai.
//
// go-openai does not retry; this package retries 429 and 5xx responses and
// connection failures below it, at the HTTP level, with exponential backoff,
// jitter and Retry-After, always within the caller's context deadline. A
// retry happens only before a response is accepted, so a stream that has
// already produced text is never replayed into duplicated text.
//
// Errors never contain the API key: every message is scrubbed of it.
package openai

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
)

// DefaultBaseURL is OpenAI's API.
const DefaultBaseURL = "https://api.openai.com/v1"

// tinyTemperature stands for a temperature of zero: go-openai omits a zero
// temperature from requests (omitempty), so the server would use its
// default (often 0.7-1.0). 1e-6 is greedy decoding for every server.
const tinyTemperature = 1e-6

// Config is how to reach an OpenAI-compatible server. The zero value, with
// a Model, talks to OpenAI without a key.
type Config struct {
	// BaseURL is the API root, e.g. http://localhost:11434/v1 for Ollama;
	// "" means DefaultBaseURL.
	BaseURL string
	// APIKey is sent as a bearer token when not "". It never appears in
	// errors or logs.
	APIKey string
	// Model names the chat or embedding model.
	Model string
	// HTTPClient sends requests; nil means a new http.Client.
	HTTPClient *http.Client
	// Retry bounds retries; the zero value means the defaults.
	Retry Retry
	// Logger receives retries at debug level; nil means slog.Default().
	Logger *slog.Logger
}

// Client is a citebot.Completer for an OpenAI-compatible chat completions
// endpoint. It is safe for concurrent use.
type Client struct {
	api   *goopenai.Client
	model string
	key   string
}

var _ citebot.Completer = (*Client)(nil)

// New returns a Client for cfg.
func New(cfg Config) *Client {
	return &Client{api: newAPI(cfg), model: cfg.Model, key: cfg.APIKey}
}

// newAPI builds a go-openai client whose HTTP requests go through a
// retrying doer.
func newAPI(cfg Config) *goopenai.Client {
	gc := goopenai.DefaultConfig(cfg.APIKey)
	if cfg.BaseURL != "" {
		gc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{}
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	gc.HTTPClient = &retryDoer{next: hc, retry: cfg.Retry.withDefaults(), log: log}
	return goopenai.NewClientWithConfig(gc)
}

// Complete implements citebot.Completer. A zero Temperature is sent as 1e-6
// (go-openai would omit zero, leaving the server's default). With onDelta
// it streams (SSE) and
// calls onDelta with each piece of text; a stream that ends without a
// finish reason returns the text so far and an error wrapping
// bot.ErrStreamCut. Failures are *Error values wrapping a bot sentinel
// (ErrRateLimited, ErrUnavailable, ErrRejected, ErrBadResponse) or the
// context's error.
func (c *Client) Complete(ctx context.Context, req citebot.CompletionRequest, onDelta func(string)) (string, error) {
	creq := c.request(req)
	if onDelta != nil {
		return c.stream(ctx, creq, onDelta)
	}
	resp, err := c.api.CreateChatCompletion(ctx, creq)
	if err != nil {
		return "", c.fail(ctx, "chat", err)
	}
	if len(resp.Choices) == 0 {
		return "", &Error{Op: "chat", Msg: "no choices in response", kind: bot.ErrBadResponse}
	}
	return resp.Choices[0].Message.Content, nil
}

// request converts req to go-openai's form.
func (c *Client) request(req citebot.CompletionRequest) goopenai.ChatCompletionRequest {
	msgs := make([]goopenai.ChatCompletionMessage, len(req.Messages))
	for i, m := range req.Messages {
		msgs[i] = goopenai.ChatCompletionMessage{Role: m.Role, Content: m.Content}
	}
	temp := req.Temperature
	if temp == 0 {
		temp = tinyTemperature
	}
	return goopenai.ChatCompletionRequest{Model: c.model, Messages: msgs, MaxTokens: req.MaxTokens, Temperature: temp}
}

// stream runs a streamed completion.
func (c *Client) stream(ctx context.Context, creq goopenai.ChatCompletionRequest, onDelta func(string)) (string, error) {
	s, err := c.api.CreateChatCompletionStream(ctx, creq)
	if err != nil {
		return "", c.fail(ctx, "chat stream", err)
	}
	defer s.Close()
	var text strings.Builder
	finished := false
	for {
		chunk, err := s.Recv()
		if err != nil {
			return text.String(), c.endStream(ctx, err, finished, text.Len() > 0)
		}
		for _, ch := range chunk.Choices {
			if ch.Index != 0 {
				continue
			}
			if d := ch.Delta.Content; d != "" {
				text.WriteString(d)
				onDelta(d)
			}
			if ch.FinishReason != "" {
				finished = true
			}
		}
	}
}

// endStream maps the error that ended a stream: io.EOF after a finish
// reason is success; anything else after text has arrived is a cut stream.
func (c *Client) endStream(ctx context.Context, err error, finished, started bool) error {
	if errors.Is(err, io.EOF) && finished {
		return nil
	}
	if ctx.Err() != nil {
		return c.fail(ctx, "chat stream", err)
	}
	if errors.Is(err, io.EOF) || started {
		return &Error{Op: "chat stream", Msg: "stream ended before the answer was complete: " + c.scrub(err.Error()), kind: bot.ErrStreamCut}
	}
	return c.fail(ctx, "chat stream", err)
}
