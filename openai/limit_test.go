package openai_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/openai"
	"github.com/citebot/citebot/openai/openaitest"
)

// capped is a client whose replies are capped at n bytes.
func capped(srv *openaitest.Server, n int) *openai.Client {
	return openai.New(openai.Config{BaseURL: srv.URL(), Model: "m", Retry: fastRetry, MaxReplyBytes: n})
}

// TestLongReplyIsCut: a reply past the cap comes back cut at the cap, on a
// rune boundary, with ErrReplyTruncated; a stream is not read further.
func TestLongReplyIsCut(t *testing.T) {
	const limit = 1001 // odd, so that a two-byte rune straddles it
	long := strings.Repeat("é ", 5000)
	for _, stream := range []bool{false, true} {
		srv := openaitest.New(openaitest.Reply{Text: long, Repeat: 1 << 30}) // a stream never ends by itself
		defer srv.Close()
		done := make(chan struct{})
		var text string
		var deltas []string
		var err error
		go func() {
			defer close(done)
			text, deltas, err = ask(t, capped(srv, limit), time.Minute, stream)
		}()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Fatalf("stream=%v: Complete did not return", stream)
		}
		if !errors.Is(err, openai.ErrReplyTruncated) {
			t.Errorf("stream=%v: err = %v, want ErrReplyTruncated", stream, err)
		}
		if len(text) > limit || len(text) < limit-4 || !utf8.ValidString(text) || !strings.HasPrefix(long, text) {
			t.Errorf("stream=%v: %d bytes, valid %v; want the first %d bytes of the reply cut at a rune", stream, len(text), utf8.ValidString(text), limit)
		}
		if stream && strings.Join(deltas, "") != text {
			t.Errorf("deltas (%d bytes) do not add up to the text (%d bytes)", len(strings.Join(deltas, "")), len(text))
		}
		if stream {
			select {
			case <-srv.HungUp():
			case <-time.After(10 * time.Second):
				t.Error("the client kept reading the stream")
			}
		}
	}
}

// TestShortReplyIsWhole: a reply that fits comes back whole.
func TestShortReplyIsWhole(t *testing.T) {
	for _, stream := range []bool{false, true} {
		srv := openaitest.New(openaitest.Reply{Text: "fits exactly"})
		defer srv.Close()
		text, _, err := ask(t, capped(srv, len("fits exactly")), 5*time.Second, stream)
		if err != nil || text != "fits exactly" {
			t.Errorf("stream=%v: %q, %v", stream, text, err)
		}
	}
}

// TestHugeBodyIsNotBuffered: a JSON body far past the cap is not read to
// its end.
func TestHugeBodyIsNotBuffered(t *testing.T) {
	srv := openaitest.New(openaitest.Reply{Body: `{"choices":[{"index":0,"message":{"role":"assistant","content":"` +
		strings.Repeat("x", 3<<20) + `"}}]}`})
	defer srv.Close()
	_, _, err := ask(t, capped(srv, 1000), 10*time.Second, false)
	if !errors.Is(err, openai.ErrReplyTruncated) {
		t.Errorf("err = %v, want ErrReplyTruncated", err)
	}
}

// TestMaxTokensAlwaysSent: a request without MaxTokens still bounds the
// reply.
func TestMaxTokensAlwaysSent(t *testing.T) {
	srv := openaitest.New(openaitest.Reply{Text: "ok"})
	defer srv.Close()
	c := openai.New(openai.Config{BaseURL: srv.URL(), Model: "m"})
	if _, err := c.Complete(context.Background(), citebot.CompletionRequest{}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Complete(context.Background(), citebot.CompletionRequest{MaxTokens: 77}, nil); err != nil {
		t.Fatal(err)
	}
	chats := srv.Chats()
	if chats[0].MaxTokens != openai.DefaultMaxReplyBytes/4 || chats[1].MaxTokens != 77 {
		t.Errorf("max_tokens sent: %d and %d, want %d and 77", chats[0].MaxTokens, chats[1].MaxTokens, openai.DefaultMaxReplyBytes/4)
	}
}

// TestStreamSaysWhatCameBack: a 200 that is not an event stream, or a
// stream without choices, is a bad response that says so, not a cut
// stream.
func TestStreamSaysWhatCameBack(t *testing.T) {
	html := map[string]string{"Content-Type": "text/html; charset=utf-8"}
	tests := []struct {
		name string
		rep  openaitest.Reply
		want string
	}{
		{"html page", openaitest.Reply{Header: html, Body: "<html><body>Welcome to Ollama</body></html>\n"}, "200 with text/html; charset=utf-8 instead of an event stream"},
		{"long html page", openaitest.Reply{Header: html, Body: strings.Repeat("<p>docs</p>\n", 500)}, "200 with text/html; charset=utf-8 instead of an event stream"},
		{"no choices", openaitest.Reply{Header: map[string]string{"Content-Type": "text/event-stream"},
			Body: "data: {\"id\":\"x\",\"choices\":[]}\n\ndata: [DONE]\n\n"}, "the stream ended without any choices"},
		{"only done", openaitest.Reply{Header: map[string]string{"Content-Type": "text/event-stream"}, Body: "data: [DONE]\n\n"}, "the stream ended without any choices"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := openaitest.New(tt.rep)
			defer srv.Close()
			_, _, err := ask(t, client(srv, nil), 5*time.Second, true)
			if !errors.Is(err, citebot.ErrBadResponse) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want ErrBadResponse saying %q", err, tt.want)
			}
		})
	}
}
