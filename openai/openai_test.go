package openai_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/openai"
	"github.com/citebot/citebot/openai/openaitest"
)

const secret = "sk-test-0123456789abcdef"

// fastRetry keeps backoff waits short in tests.
var fastRetry = openai.Retry{Base: time.Millisecond, Cap: 5 * time.Millisecond}

func client(srv *openaitest.Server, log *slog.Logger) *openai.Client {
	return openai.New(openai.Config{BaseURL: srv.URL(), APIKey: secret, Model: "test-model", Retry: fastRetry, Logger: log})
}

func ask(t *testing.T, c *openai.Client, timeout time.Duration, stream bool) (string, []string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	var deltas []string
	var on func(string)
	if stream {
		on = func(d string) { deltas = append(deltas, d) }
	}
	req := citebot.CompletionRequest{Messages: []citebot.Message{{Role: "system", Content: "be brief"}, {Role: "user", Content: "hi"}}}
	text, err := c.Complete(ctx, req, on)
	return text, deltas, err
}

func TestComplete(t *testing.T) {
	for _, stream := range []bool{false, true} {
		srv := openaitest.New(openaitest.Reply{Text: "NATO troops left in 2014 [1]."})
		defer srv.Close()
		text, deltas, err := ask(t, client(srv, nil), 5*time.Second, stream)
		if err != nil {
			t.Fatalf("stream=%v: %v", stream, err)
		}
		if text != "NATO troops left in 2014 [1]." {
			t.Errorf("stream=%v: text = %q", stream, text)
		}
		if stream && (len(deltas) < 3 || strings.Join(deltas, "") != text) {
			t.Errorf("deltas = %q", deltas)
		}
		req := srv.Chats()[0]
		if req.Stream != stream || req.Model != "test-model" || len(req.Messages) != 2 || req.Messages[0].Role != "system" {
			t.Errorf("request = %+v", req)
		}
		if req.Temperature == nil || *req.Temperature > 1e-3 {
			t.Errorf("temperature = %v, want a tiny non-zero value (zero is dropped by omitempty)", req.Temperature)
		}
		if req.Authorization != "Bearer "+secret {
			t.Errorf("authorization = %q", req.Authorization)
		}
	}
}

func TestFaults(t *testing.T) {
	rateLimited := openaitest.Reply{Status: 429, Body: openaitest.ErrorBody("Rate limit reached", "requests", "rate_limit_exceeded")}
	unavailable := openaitest.Reply{Status: 503, Body: "<html>upstream down</html>"}
	ok := openaitest.Reply{Text: "fine"}
	tests := []struct {
		name     string
		replies  []openaitest.Reply
		stream   bool
		timeout  time.Duration
		want     error // nil means success
		requests int
		minTime  time.Duration
		maxTime  time.Duration
	}{
		{"429 then ok honours retry-after-ms", []openaitest.Reply{withHeader(rateLimited, "Retry-After-Ms", "150"), ok}, false, 5 * time.Second, nil, 2, 150 * time.Millisecond, 3 * time.Second},
		{"429 then ok honours Retry-After seconds", []openaitest.Reply{withHeader(rateLimited, "Retry-After", "1"), ok}, true, 5 * time.Second, nil, 2, time.Second, 4 * time.Second},
		{"5xx twice then ok", []openaitest.Reply{unavailable, unavailable, ok}, true, 5 * time.Second, nil, 3, 0, 3 * time.Second},
		{"429 forever gives up after retries", []openaitest.Reply{rateLimited}, false, 5 * time.Second, citebot.ErrRateLimited, 4, 0, 3 * time.Second},
		{"Retry-After past the deadline returns at once", []openaitest.Reply{withHeader(rateLimited, "Retry-After", "20")}, false, 2 * time.Second, citebot.ErrRateLimited, 1, 0, time.Second},
		{"400 is not retried", []openaitest.Reply{{Status: 400, Body: openaitest.ErrorBody("bad model", "invalid_request_error", nil)}}, false, 5 * time.Second, citebot.ErrRejected, 1, 0, time.Second},
		{"timeout", []openaitest.Reply{{Text: "late", Delay: 5 * time.Second}}, true, 300 * time.Millisecond, context.DeadlineExceeded, 1, 250 * time.Millisecond, 2 * time.Second},
		{"malformed JSON body", []openaitest.Reply{{Body: `{"choices": [`}}, false, 5 * time.Second, citebot.ErrBadResponse, 1, 0, time.Second},
		{"malformed stream", []openaitest.Reply{{Body: "data: {nope\n\n"}}, true, 5 * time.Second, citebot.ErrBadResponse, 1, 0, time.Second},
		{"stream cut halfway is not retried", []openaitest.Reply{{Chunks: []string{"NATO ", "troops "}, Cut: true}, ok}, true, 5 * time.Second, citebot.ErrStreamCut, 1, 0, time.Second},
		{"empty stream says so", []openaitest.Reply{{Body: "data: [DONE]\n\n"}}, true, 5 * time.Second, citebot.ErrBadResponse, 1, 0, time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := openaitest.New(tt.replies...)
			defer srv.Close()
			t0 := time.Now()
			text, deltas, err := ask(t, client(srv, nil), tt.timeout, tt.stream)
			took := time.Since(t0)
			if tt.want == nil && (err != nil || text != "fine") {
				t.Fatalf("text %q, err %v; want fine", text, err)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if n := len(srv.Chats()); n != tt.requests {
				t.Errorf("%d requests, want %d", n, tt.requests)
			}
			if took < tt.minTime || took > tt.maxTime {
				t.Errorf("took %v, want between %v and %v", took, tt.minTime, tt.maxTime)
			}
			if tt.stream && strings.Join(deltas, "") != text {
				t.Errorf("deltas %q do not add up to the text %q", deltas, text)
			}
		})
	}
}

func withHeader(r openaitest.Reply, k, v string) openaitest.Reply {
	r.Header = map[string]string{k: v}
	return r
}

// TestKeyNeverShown checks errors and logs for the key, with a server that
// echoes it back.
func TestKeyNeverShown(t *testing.T) {
	echo := openaitest.ErrorBody("Incorrect API key provided: "+secret+". Header was Bearer "+secret, "invalid_request_error", "invalid_api_key")
	for _, rep := range []openaitest.Reply{
		{Status: 401, Body: echo},
		{Status: 502, Body: "proxy saw Authorization: Bearer " + secret},
	} {
		srv := openaitest.New(rep)
		var logs bytes.Buffer
		log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
		_, _, err := ask(t, client(srv, log), 5*time.Second, false)
		srv.Close()
		if err == nil {
			t.Fatal("no error")
		}
		for what, s := range map[string]string{"error": err.Error(), "logs": logs.String()} {
			if strings.Contains(s, secret) || strings.Contains(s, secret[3:15]) {
				t.Errorf("%s shows the key: %s", what, s)
			}
		}
		var e *openai.Error
		if !errors.As(err, &e) || e.Status != rep.Status {
			t.Errorf("err = %#v, want *openai.Error with status %d", err, rep.Status)
		}
	}
}

func TestNoRetryAfterCancel(t *testing.T) {
	srv := openaitest.New(openaitest.Reply{Status: http.StatusServiceUnavailable, Body: "down"})
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := client(srv, nil).Complete(ctx, citebot.CompletionRequest{}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestStreamDoneWithoutFinishReason: a stream that ends with data: [DONE]
// is complete even when no chunk carried a finish_reason (issue 11 item 1);
// one that ends without [DONE] and without a finish reason is cut.
func TestStreamDoneWithoutFinishReason(t *testing.T) {
	chunk := func(s string) string {
		return `data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"` + s + `"},"finish_reason":null}]}` + "\n\n"
	}
	sse := map[string]string{"Content-Type": "text/event-stream"}
	body := chunk("NATO troops ") + chunk("left in 2014 [1].")
	for _, tt := range []struct {
		name string
		body string
		err  error
	}{
		{"done", body + "data: [DONE]\n\n", nil},
		{"done without space or final newline", body + "data:[DONE]", nil},
		{"no done", body, citebot.ErrStreamCut},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := openaitest.New(openaitest.Reply{Header: sse, Body: tt.body})
			defer srv.Close()
			text, deltas, err := ask(t, client(srv, nil), 5*time.Second, true)
			if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if text != "NATO troops left in 2014 [1]." || strings.Join(deltas, "") != text {
				t.Errorf("text %q, deltas %q", text, deltas)
			}
		})
	}
}
