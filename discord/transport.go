package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// discordHost is the host discordgo addresses every REST call to: its
// Endpoint* strings are fixed when it is initialised.
const discordHost = "discord.com"

// restTimeout bounds one REST request to Discord.
const restTimeout = 20 * time.Second

// maxRateLimitWait is the longest rate-limit wait a REST call sits out
// (discordgo sleeps it, then retries); a request with a deadline sits out
// no more than the time left before it. It matches the time allowed to
// send an answer.
const maxRateLimitWait = 30 * time.Second

// rewriteTransport sends the requests discordgo makes to discord.com to
// another base URL (a REST proxy such as nirn-proxy, or a test server),
// keeping the path below the base's own path. Other hosts (the CDN) pass
// through unchanged.
type rewriteTransport struct {
	base *url.URL
	next http.RoundTripper
}

// newClient returns the HTTP client for REST calls to apiBase; "" or
// https://discord.com means Discord itself. Its rate limits longer than a
// call can wait fail the call at once with a *RateLimitError.
func newClient(apiBase string) (*http.Client, error) {
	c := &http.Client{Timeout: restTimeout, Transport: newLimitTransport(http.DefaultTransport)}
	if apiBase == "" || strings.TrimSuffix(apiBase, "/") == "https://"+discordHost {
		return c, nil
	}
	u, err := url.Parse(apiBase)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("api base %q: want an http or https URL", apiBase)
	}
	c.Transport = newLimitTransport(rewriteTransport{base: u, next: http.DefaultTransport})
	return c, nil
}

// RoundTrip implements http.RoundTripper.
func (t rewriteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host != discordHost {
		return t.next.RoundTrip(req)
	}
	r := req.Clone(req.Context())
	prefix := strings.TrimSuffix(t.base.Path, "/")
	r.URL.Scheme, r.URL.Host = t.base.Scheme, t.base.Host
	r.URL.Path = prefix + req.URL.Path
	if req.URL.RawPath != "" {
		r.URL.RawPath = strings.TrimSuffix(t.base.EscapedPath(), "/") + req.URL.RawPath
	}
	r.Host = ""
	return t.next.RoundTrip(r)
}

// tokenInURL matches the secret part of interaction and webhook URLs.
var tokenInURL = regexp.MustCompile(`(/(?:interactions|webhooks)/[0-9]+/)[^/?\s"]+`)

// redact returns err's message with the bot token and interaction or
// webhook tokens in URLs removed, for logs.
func redact(err error, token string) string {
	if err == nil {
		return ""
	}
	s := err.Error()
	if token != "" {
		s = strings.ReplaceAll(s, token, "[token]")
	}
	return tokenInURL.ReplaceAllString(s, "${1}[token]")
}

// RateLimitError is the error of a REST call that Discord rate-limited
// for longer than the call could wait: rather than sleeping past its
// deadline, the call fails at once.
type RateLimitError struct {
	Route  string        // method and path, tokens removed
	Wait   time.Duration // how long Discord asked to wait
	Global bool          // the bot's global limit, not the route's
}

func (e *RateLimitError) Error() string {
	scope := ""
	if e.Global {
		scope = " (global)"
	}
	return fmt.Sprintf("discord rate limit%s on %s: retry after %s", scope, e.Route, e.Wait.Round(time.Millisecond))
}

// limitTransport turns Discord's 429 answers that ask for a longer wait
// than a request can afford into a *RateLimitError, and remembers them:
// until the wait is over, requests on that route (every route but the
// interaction and webhook ones, for a global limit) that cannot afford to
// wait fail without being sent. Shorter 429s pass through, for discordgo
// to sleep out and retry. It is safe for concurrent use.
type limitTransport struct {
	next http.RoundTripper

	mu     sync.Mutex
	until  map[string]time.Time // route → end of its limit
	global time.Time
}

func newLimitTransport(next http.RoundTripper) *limitTransport {
	return &limitTransport{next: next, until: map[string]time.Time{}}
}

// RoundTrip implements http.RoundTripper.
func (t *limitTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	route := routeOf(req)
	afford := affordable(req.Context())
	if wait, global := t.blocked(route); wait > afford {
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, &RateLimitError{Route: route, Wait: wait, Global: global}
	}
	resp, err := t.next.RoundTrip(req)
	if err != nil || resp.StatusCode != http.StatusTooManyRequests {
		return resp, err
	}
	wait, global := retryAfter(resp)
	if wait <= afford {
		return resp, nil
	}
	resp.Body.Close()
	t.block(route, wait, global)
	return nil, &RateLimitError{Route: route, Wait: wait, Global: global}
}

// blocked returns how long route is still limited for.
func (t *limitTransport) blocked(route string) (time.Duration, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := time.Now()
	if wait := t.until[route].Sub(now); wait > 0 {
		return wait, false
	}
	if !exemptFromGlobal(route) {
		return max(t.global.Sub(now), 0), true
	}
	return 0, false
}

// block remembers that route, or every route when global, is limited.
func (t *limitTransport) block(route string, wait time.Duration, global bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := time.Now()
	if global {
		t.global = now.Add(wait)
		return
	}
	if len(t.until) >= 1000 {
		for r, end := range t.until {
			if end.Before(now) {
				delete(t.until, r)
			}
		}
	}
	if len(t.until) < 1000 {
		t.until[route] = now.Add(wait)
	}
}

// exemptFromGlobal reports whether route is an interaction or webhook
// route, which Discord does not count against the global limit.
func exemptFromGlobal(route string) bool {
	return strings.Contains(route, "/interactions/") || strings.Contains(route, "/webhooks/")
}

// routeOf is the method and path of req, without tokens, for logs.
func routeOf(req *http.Request) string {
	return req.Method + " " + tokenInURL.ReplaceAllString(req.URL.Path, "${1}[token]")
}

// affordable is how long a request with ctx can sit out a rate limit.
func affordable(ctx context.Context) time.Duration {
	if dl, ok := ctx.Deadline(); ok {
		return max(min(maxRateLimitWait, time.Until(dl)), 0)
	}
	return maxRateLimitWait
}

// retryAfter reads a 429's wait, from the JSON body's retry_after or the
// Retry-After header (seconds, possibly fractional), and whether it is
// global. The body is left readable.
func retryAfter(resp *http.Response) (time.Duration, bool) {
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(raw))
	var body struct {
		RetryAfter *float64 `json:"retry_after"`
		Global     bool     `json:"global"`
	}
	_ = json.Unmarshal(raw, &body)
	global := body.Global || strings.EqualFold(resp.Header.Get("X-RateLimit-Global"), "true")
	secs := body.RetryAfter
	if secs == nil {
		if v, err := strconv.ParseFloat(resp.Header.Get("Retry-After"), 64); err == nil {
			secs = &v
		}
	}
	if secs == nil || *secs < 0 {
		return 0, global
	}
	return time.Duration(min(*secs, 1e6) * float64(time.Second)), global
}
