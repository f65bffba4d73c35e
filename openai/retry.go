package openai

import (
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

// Retry bounds the retries of a request. The zero value means 3 retries,
// backoff from 500ms doubling up to 8s, and Retry-After honoured up to 30s.
type Retry struct {
	// Max is how many times a request is retried; negative means never.
	Max int
	// Base is the first backoff; each retry doubles it, up to Cap. Waits
	// are jittered: a random duration between half and all of it.
	Base, Cap time.Duration
	// MaxWait is the longest Retry-After honoured; a server asking for
	// longer gets its error returned at once.
	MaxWait time.Duration
}

func (r Retry) withDefaults() Retry {
	if r.Max == 0 {
		r.Max = 3
	}
	if r.Base <= 0 {
		r.Base = 500 * time.Millisecond
	}
	if r.Cap <= 0 {
		r.Cap = 8 * time.Second
	}
	if r.MaxWait <= 0 {
		r.MaxWait = 30 * time.Second
	}
	return r
}

// retryDoer is a go-openai HTTPDoer that retries 429, 5xx and connection
// failures. It never waits past the request context's deadline: when the
// wait would end after it, the last response or error is returned at once.
// A response it returns is never retried afterwards, so a stream that has
// started is not replayed.
type retryDoer struct {
	next  *http.Client
	retry Retry
	log   *slog.Logger
}

// Do implements go-openai's HTTPDoer.
func (d *retryDoer) Do(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	for attempt := 0; ; attempt++ {
		r, err := rewind(req, attempt)
		if err != nil {
			return nil, err
		}
		resp, err := d.next.Do(r)
		wait, ok := d.backoff(ctx, attempt, resp, err)
		if !ok {
			return resp, err
		}
		status := 0
		if resp != nil {
			status = resp.StatusCode
			_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
			resp.Body.Close()
		}
		d.log.Debug("openai: retrying", "path", req.URL.Path, "status", status, "attempt", attempt+1, "wait", wait)
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// rewind returns the request for an attempt, with a fresh body after the
// first.
func rewind(req *http.Request, attempt int) (*http.Request, error) {
	if attempt == 0 || req.Body == nil || req.GetBody == nil {
		return req, nil
	}
	body, err := req.GetBody()
	if err != nil {
		return nil, err
	}
	r := req.Clone(req.Context())
	r.Body = body
	return r, nil
}

// backoff says whether to retry after an attempt, and after how long.
func (d *retryDoer) backoff(ctx context.Context, attempt int, resp *http.Response, err error) (time.Duration, bool) {
	if ctx.Err() != nil || d.retry.Max < 0 || attempt >= d.retry.Max {
		return 0, false
	}
	if err == nil && !retryable(resp.StatusCode) {
		return 0, false
	}
	wait := jitter(min(d.retry.Cap, d.retry.Base<<attempt))
	if resp != nil {
		if ra, ok := retryAfter(resp.Header, time.Now()); ok {
			if ra > d.retry.MaxWait {
				return 0, false
			}
			wait = ra
		}
	}
	if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
		return 0, false
	}
	return wait, true
}

func retryable(status int) bool {
	switch status {
	case http.StatusRequestTimeout, http.StatusTooManyRequests, http.StatusInternalServerError,
		http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// jitter returns a random duration in [d/2, d].
func jitter(d time.Duration) time.Duration {
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2+1)
}

// retryAfter reads how long the server asks to wait: retry-after-ms
// (OpenAI), or Retry-After in seconds or as an HTTP date.
func retryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	if v := h.Get("Retry-After-Ms"); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms >= 0 {
			return time.Duration(ms * float64(time.Millisecond)), true
		}
	}
	v := h.Get("Retry-After")
	if v == "" {
		return 0, false
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second)), true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// sleep waits for d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
