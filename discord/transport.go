package discord

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// discordHost is the host discordgo addresses every REST call to: its
// Endpoint* strings are fixed when it is initialised.
const discordHost = "discord.com"

// rewriteTransport sends the requests discordgo makes to discord.com to
// another base URL (a REST proxy such as nirn-proxy, or a test server),
// keeping the path below the base's own path. Other hosts (the CDN) pass
// through unchanged.
// restTimeout bounds one REST request to Discord.
const restTimeout = 20 * time.Second

type rewriteTransport struct {
	base *url.URL
	next http.RoundTripper
}

// newClient returns the HTTP client for REST calls to apiBase; "" or
// https://discord.com means Discord itself.
func newClient(apiBase string) (*http.Client, error) {
	c := &http.Client{Timeout: restTimeout}
	if apiBase == "" || strings.TrimSuffix(apiBase, "/") == "https://"+discordHost {
		return c, nil
	}
	u, err := url.Parse(apiBase)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("api base %q: want an http or https URL", apiBase)
	}
	c.Transport = rewriteTransport{base: u, next: http.DefaultTransport}
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
