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
	"mime"
	"net/http"
	"regexp"
	"strings"
	"sync/atomic"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/citebot/citebot"
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
	// MaxReplyBytes caps the text of a chat reply; zero or negative means
	// DefaultMaxReplyBytes (16 KiB). Past it, reading stops and Complete
	// returns the text up to the cap, cut at a rune boundary, with an
	// *Error wrapping ErrReplyTruncated. The response body, envelope
	// included, is read up to 64 times the cap plus 1 MiB; past that,
	// reading stops with the same error and the text read so far.
	MaxReplyBytes int
}

// Client is a citebot.Completer for an OpenAI-compatible chat completions
// endpoint. It is safe for concurrent use.
type Client struct {
	api      *goopenai.Client
	model    string
	key      string
	maxReply int
}

var _ citebot.Completer = (*Client)(nil)

// New returns a Client for cfg.
func New(cfg Config) *Client {
	if cfg.MaxReplyBytes <= 0 {
		cfg.MaxReplyBytes = DefaultMaxReplyBytes
	}
	return &Client{api: newAPI(cfg), model: cfg.Model, key: cfg.APIKey, maxReply: cfg.MaxReplyBytes}
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
	var doer goopenai.HTTPDoer = &retryDoer{next: hc, retry: cfg.Retry.withDefaults(), log: log}
	if cfg.MaxReplyBytes > 0 {
		doer = limitDoer{next: doer, body: bodyLimit(cfg.MaxReplyBytes)}
	}
	gc.HTTPClient = doneDoer{next: doer}
	return goopenai.NewClientWithConfig(gc)
}

// Complete implements citebot.Completer. A zero Temperature is sent as 1e-6
// (go-openai would omit zero, leaving the server's default), and a zero
// MaxTokens as a quarter of Config.MaxReplyBytes, so max_tokens is always
// sent. With onDelta it streams (SSE) and calls onDelta with each piece of
// text; a stream that ends with neither a finish reason nor "data: [DONE]"
// returns the text so far and an error wrapping citebot.ErrStreamCut (a
// stream that ends with [DONE] is complete, finish reason or not). A reply longer than
// Config.MaxReplyBytes returns its text up to the cap with an error
// wrapping ErrReplyTruncated; onDelta has then seen exactly that text.
// Other failures are *Error values wrapping a bot sentinel
// (ErrRateLimited, ErrUnavailable, ErrRejected, ErrBadResponse) or the
// context's error.
func (c *Client) Complete(ctx context.Context, req citebot.CompletionRequest, onDelta func(string)) (string, error) {
	creq := c.request(req)
	if onDelta != nil {
		return c.stream(ctx, creq, onDelta)
	}
	resp, err := c.api.CreateChatCompletion(ctx, creq)
	if errors.Is(err, errBodyTooLarge) {
		return "", tooLarge("chat", bodyLimit(c.maxReply))
	}
	if err != nil {
		return "", c.fail(ctx, "chat", err)
	}
	if len(resp.Choices) == 0 {
		return "", &Error{Op: "chat", Msg: "no choices in response", kind: citebot.ErrBadResponse}
	}
	if text, cut := cutAt(resp.Choices[0].Message.Content, c.maxReply); cut {
		return text, truncated("chat", c.maxReply)
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
	maxTokens := req.MaxTokens
	if maxTokens <= 0 {
		maxTokens = max(c.maxReply/4, 1)
	}
	return goopenai.ChatCompletionRequest{Model: c.model, Messages: msgs, MaxTokens: maxTokens, Temperature: temp}
}

// stream runs a streamed completion, and cancels it once the text
// passes the cap.
func (c *Client) stream(ctx context.Context, creq goopenai.ChatCompletionRequest, onDelta func(string)) (string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var st streamState
	ctx = context.WithValue(ctx, doneKey{}, &st.done)
	s, err := c.api.CreateChatCompletionStream(ctx, creq)
	if err != nil {
		return "", c.fail(ctx, "chat stream", err)
	}
	defer s.Close()
	for {
		chunk, err := s.Recv()
		if err != nil {
			return st.text.String(), c.endStream(ctx, err, &st, s.Header())
		}
		st.chunks++
		for _, ch := range chunk.Choices {
			st.choices = true
			if ch.Index != 0 {
				continue
			}
			if d, cut := cutAt(ch.Delta.Content, c.maxReply-st.text.Len()); d != "" || cut {
				st.text.WriteString(d)
				if d != "" {
					onDelta(d)
				}
				if cut {
					return st.text.String(), truncated("chat stream", c.maxReply)
				}
			}
			if ch.FinishReason != "" {
				st.finished = true
			}
		}
	}
}

// streamState is what a stream has brought so far.
type streamState struct {
	text     strings.Builder
	chunks   int         // data events parsed
	choices  bool        // some event had a choice
	finished bool        // a choice had a finish reason
	done     atomic.Bool // the body carried "data: [DONE]"
}

// endStream maps the error that ended a stream: io.EOF after a finish
// reason is success; a stream that brought nothing says what came
// instead; anything else after text has arrived is a cut stream.
func (c *Client) endStream(ctx context.Context, err error, st *streamState, h http.Header) error {
	const op = "chat stream"
	switch {
	case errors.Is(err, io.EOF) && st.finished:
		return nil
	case errors.Is(err, io.EOF) && st.done.Load() && st.text.Len() > 0:
		return nil // [DONE] ends a complete stream even without a finish reason
	case ctx.Err() != nil:
		return c.fail(ctx, op, err)
	case errors.Is(err, errBodyTooLarge):
		return tooLarge(op, bodyLimit(c.maxReply))
	case st.chunks == 0 && !isEventStream(h):
		return &Error{Op: op, Msg: notEventStream(h), kind: citebot.ErrBadResponse}
	case errors.Is(err, io.EOF) && !st.choices:
		return &Error{Op: op, Msg: "the stream ended without any choices", kind: citebot.ErrBadResponse}
	case errors.Is(err, io.EOF) || st.text.Len() > 0:
		return &Error{Op: op, Msg: "stream ended before the answer was complete: " + c.scrub(err.Error()), kind: citebot.ErrStreamCut}
	}
	return c.fail(ctx, op, err)
}

// isEventStream reports whether h announces an SSE body.
func isEventStream(h http.Header) bool {
	mt, _, _ := mime.ParseMediaType(h.Get("Content-Type"))
	return mt == "text/event-stream"
}

// notEventStream says what a server sent instead of an event stream.
func notEventStream(h http.Header) string {
	ct := short(h.Get("Content-Type"))
	if ct == "" {
		ct = "no content type"
	}
	return "the server answered 200 with " + ct + " instead of an event stream (is the base URL the API's /v1 address?)"
}

// doneKey is the context key of the flag a stream's body sets when it
// carries "data: [DONE]".
type doneKey struct{}

// doneDoer watches the bodies of requests whose context carries a
// doneKey flag and sets the flag when the SSE terminator passes: go-openai
// reports [DONE] and a body that merely ends alike, as io.EOF.
type doneDoer struct{ next goopenai.HTTPDoer }

// Do implements go-openai's HTTPDoer.
func (d doneDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.next.Do(req)
	if flag, ok := req.Context().Value(doneKey{}).(*atomic.Bool); ok && err == nil {
		resp.Body = &doneBody{rc: resp.Body, flag: flag, tail: []byte("\n")}
	}
	return resp, err
}

// doneBody sets flag once a line "data: [DONE]" has been read.
type doneBody struct {
	rc   io.ReadCloser
	flag *atomic.Bool
	tail []byte // the last bytes read, so a line split across reads is seen
}

var doneLine = regexp.MustCompile(`\ndata:[ \t]*\[DONE\][ \t]*\r?(\n|$)`)

func (b *doneBody) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	if n > 0 || err != nil {
		b.tail = append(b.tail, p[:n]...)
		if doneLine.Match(b.tail) {
			b.flag.Store(true)
		}
		if k := len(b.tail) - 32; k > 0 {
			b.tail = append(b.tail[:0], b.tail[k:]...)
		}
	}
	return n, err
}

func (b *doneBody) Close() error { return b.rc.Close() }
