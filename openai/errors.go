package openai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"

	"github.com/citebot/citebot"
	goopenai "github.com/sashabaranov/go-openai"
)

// Error is a failed request. Its message never contains the API key, and
// it unwraps only to a bot sentinel error, ErrReplyTruncated or a context
// error, never to the underlying transport error (whose text could carry
// secrets).
type Error struct {
	Op     string // "chat", "chat stream" or "embeddings"
	Status int    // HTTP status; zero when there was no response
	Msg    string // scrubbed, short
	kind   error
}

func (e *Error) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("openai %s: status %d: %s", e.Op, e.Status, e.Msg)
	}
	return fmt.Sprintf("openai %s: %s", e.Op, e.Msg)
}

// Unwrap returns the bot sentinel (citebot.ErrRateLimited, ...),
// ErrReplyTruncated or context error that classifies e.
func (e *Error) Unwrap() error { return e.kind }

// maxMsg bounds the length of an error message taken from a server.
const maxMsg = 300

// fail turns an error from go-openai into an *Error.
func (c *Client) fail(ctx context.Context, op string, err error) error {
	return classify(ctx, op, err, c.scrub)
}

func classify(ctx context.Context, op string, err error, scrub func(string) string) error {
	if cerr := ctx.Err(); cerr != nil {
		return &Error{Op: op, Msg: "no answer in time: " + cerr.Error(), kind: cerr}
	}
	var apiErr *goopenai.APIError
	var reqErr *goopenai.RequestError
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.As(err, &apiErr) && apiErr.HTTPStatusCode != 0:
		return &Error{Op: op, Status: apiErr.HTTPStatusCode, Msg: short(scrub(apiErr.Message)), kind: statusKind(apiErr.HTTPStatusCode)}
	case errors.As(err, &apiErr):
		return &Error{Op: op, Msg: "server error in stream: " + short(scrub(apiErr.Message)), kind: citebot.ErrUnavailable}
	case errors.As(err, &reqErr):
		msg := strings.TrimSpace(string(reqErr.Body))
		if msg == "" {
			msg = http.StatusText(reqErr.HTTPStatusCode)
		}
		return &Error{Op: op, Status: reqErr.HTTPStatusCode, Msg: short(scrub(msg)), kind: statusKind(reqErr.HTTPStatusCode)}
	case errors.As(err, &syntaxErr), errors.As(err, &typeErr),
		errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, goopenai.ErrTooManyEmptyStreamMessages):
		return &Error{Op: op, Msg: "malformed response: " + short(scrub(err.Error())), kind: citebot.ErrBadResponse}
	}
	return &Error{Op: op, Msg: short(scrub(err.Error())), kind: citebot.ErrUnavailable}
}

// statusKind classifies an HTTP error status.
func statusKind(status int) error {
	switch {
	case status == http.StatusTooManyRequests:
		return citebot.ErrRateLimited
	case status >= 500:
		return citebot.ErrUnavailable
	case status >= 400:
		return citebot.ErrRejected
	}
	return citebot.ErrBadResponse
}

// bearer matches credentials a server might echo back.
var bearer = regexp.MustCompile(`(?i)(bearer\s+|api[-_]?key["'=:\s]+)[^\s"',}]+`)

// scrub removes the key, and anything that looks like a bearer token,
// from s.
func (c *Client) scrub(s string) string { return scrubKey(s, c.key) }

func scrubKey(s, key string) string {
	if key != "" {
		s = strings.ReplaceAll(s, key, "[redacted]")
	}
	return bearer.ReplaceAllString(s, "${1}[redacted]")
}

// short cuts s to maxMsg bytes on a rune boundary, on one line.
func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= maxMsg {
		return s
	}
	n := maxMsg
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
