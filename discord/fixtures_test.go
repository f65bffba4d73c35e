package discord

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/discord/discordtest"
)

// testDoc is the one document of the fake library.
const testDoc = "The lighthouse at Dawn Point was built in 1871 by Mara Quill. " +
	"It guided ships past the reef for a century. " +
	"Write to @everyone at https://example.com/dawn_point for tours."

var testSource = citebot.Source{ID: "dawn", Path: "dawn.txt", Title: "The Dawn *Light*", Author: "Ann Lee", Date: "1999", Chunks: 2, Bytes: len(testDoc)}

// docSpan returns the passage of testDoc that is exactly quote.
func docSpan(id, quote string) citebot.Passage {
	i := strings.Index(testDoc, quote)
	if i < 0 {
		panic("not in testDoc: " + quote)
	}
	src := testSource
	return citebot.Passage{ID: id, Doc: "dawn.txt", Start: i, End: i + len(quote), Text: testDoc[i : i+len(quote)], Line: 1, Source: &src}
}

// fakeLibrary is a citebot.Library over testDoc, in two chunks.
type fakeLibrary struct{}

var testChunks = []citebot.Passage{
	docSpan("dawn#0", "The lighthouse at Dawn Point was built in 1871 by Mara Quill. It guided ships past the reef for a century."),
	docSpan("dawn#1", "Write to @everyone at https://example.com/dawn_point for tours."),
}

func (fakeLibrary) Sources() []citebot.Source { return []citebot.Source{testSource} }

func (fakeLibrary) Chunk(id string) (citebot.ChunkContext, error) {
	if !strings.HasPrefix(id, "dawn#") {
		return citebot.ChunkContext{}, citebot.ErrNotFound
	}
	for _, p := range testChunks {
		if p.ID == id {
			return citebot.ChunkContext{Passage: p, Source: testSource, Before: testDoc[:p.Start], After: testDoc[p.End:], StartLine: 1, EndLine: 1}, nil
		}
	}
	return citebot.ChunkContext{}, citebot.ErrNotFound
}

func (fakeLibrary) FindQuote(quote string, k int) ([]citebot.Passage, error) {
	if !strings.Contains(testDoc, quote) {
		return nil, nil
	}
	return []citebot.Passage{docSpan("dawn#0", quote)}, nil
}

func (fakeLibrary) Text(doc string) (string, error) {
	if doc != "dawn.txt" {
		return "", citebot.ErrNotFound
	}
	return testDoc, nil
}

// fakeRetriever returns the chunks of testDoc that share a word with the
// query.
type fakeRetriever struct{}

func (fakeRetriever) Search(_ context.Context, query string, k int) ([]citebot.Passage, error) {
	var out []citebot.Passage
	for _, p := range testChunks {
		for _, w := range strings.Fields(strings.ToLower(query)) {
			if len(w) > 3 && strings.Contains(strings.ToLower(p.Text), strings.Trim(w, "?.,")) {
				out = append(out, p)
				break
			}
		}
	}
	return out[:min(k, len(out))], nil
}

// fakeAsker answers from testDoc by what the question says: "panic"
// panics, "long" answers at length, "stream" streams, "slow" takes a
// while; anything else gets a short answer with a verified and an
// unverified citation. It records the questions it gets.
type fakeAsker struct {
	mu    sync.Mutex
	asked []citebot.Question
}

func (a *fakeAsker) questions() []citebot.Question {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]citebot.Question(nil), a.asked...)
}

func citation(n int, p citebot.Passage, supported bool) citebot.Citation {
	return citebot.Citation{N: n, ID: p.ID, Doc: p.Doc, Start: p.Start, End: p.End, Quote: p.Text,
		Supported: supported, Title: testSource.Title, Author: testSource.Author, Date: testSource.Date, Line: 1}
}

func (a *fakeAsker) Ask(ctx context.Context, q citebot.Question) (*citebot.Answer, error) {
	a.mu.Lock()
	a.asked = append(a.asked, q)
	a.mu.Unlock()
	built := docSpan("dawn#0", "built in 1871 by Mara Quill")
	tours := docSpan("dawn#1", "Write to @everyone at https://example.com/dawn_point for tours.")
	ans := &citebot.Answer{Question: q.Text, Answered: true, Mode: citebot.ModeExtractive,
		Answer:    "It was built in 1871 by Mara Quill [1]. Tours: ask @everyone, see https://example.com/dawn_point [2].",
		Citations: []citebot.Citation{citation(1, built, true), citation(2, tours, false)}}
	switch {
	case strings.Contains(q.Text, "panic"):
		panic("boom")
	case strings.Contains(q.Text, "fail"):
		return nil, fmt.Errorf("retrieval exploded")
	case strings.Contains(q.Text, "long"):
		var b strings.Builder
		for i := range 60 {
			fmt.Fprintf(&b, "Sentence %d says the lighthouse was **built in 1871** by Mara Quill [1]. ", i)
			if i%10 == 9 {
				b.WriteString("\n\n")
			}
		}
		ans.Answer = b.String()
	case strings.Contains(q.Text, "huge"):
		ans.Answer = hugeAnswer()
	case strings.Contains(q.Text, "stream"):
		ans.Mode = citebot.ModeLLM
		for i := range 12 {
			if q.OnDelta != nil {
				q.OnDelta(fmt.Sprintf("part%d ", i))
			}
			select {
			case <-time.After(30 * time.Millisecond):
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
	case strings.Contains(q.Text, "slow"):
		select {
		case <-time.After(300 * time.Millisecond):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return ans, nil
}

// hugeAnswer is some 30 KB of sentences citing [1], then one citing [2].
func hugeAnswer() string {
	var b strings.Builder
	for i := range 480 {
		fmt.Fprintf(&b, "Sentence %d says the lighthouse was built in 1871 by Mara Quill [1]. ", i)
	}
	return b.String() + "Tours are arranged by letter [2]."
}

// syncBuffer is a bytes.Buffer safe for concurrent writes, for logs.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testToken is the bot token of the tests; it must never be logged.
const testToken = "MTIzNDU2Nzg5.secret-test-token"

// harness runs a Client against a fake Discord for one test.
type harness struct {
	t     *testing.T
	f     *discordtest.Server
	b     *Client
	asker Asker
	logs  *syncBuffer
	ids   int

	cancel  context.CancelFunc
	done    chan error
	stopped bool
	runErr  error
}

// stop cancels Run's context and waits up to timeout for Run to return;
// ok is false when it did not.
func (h *harness) stop(timeout time.Duration) (err error, ok bool) {
	if !h.stopped {
		h.cancel()
		select {
		case h.runErr = <-h.done:
			h.stopped = true
		case <-time.After(timeout):
			return nil, false
		}
	}
	return h.runErr, true
}

// start runs a Client with cfg (Token and APIBase filled in) against a new
// fake Discord, and waits until it is ready. Cleanup stops it and checks
// that it stopped cleanly, logged no token and let no message ping.
func start(t *testing.T, cfg Config, asker Asker, setup ...func(*discordtest.Server)) *harness {
	t.Helper()
	f := discordtest.New()
	for _, s := range setup {
		s(f)
	}
	logs := &syncBuffer{}
	cfg.Token, cfg.APIBase = testToken, f.URL()
	b, err := New(cfg, asker, fakeLibrary{}, slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	h := &harness{t: t, f: f, b: b, asker: asker, logs: logs, cancel: cancel, done: done}
	t.Cleanup(func() {
		if err, ok := h.stop(15 * time.Second); !ok {
			t.Error("Run did not return after cancel")
		} else if err != nil {
			t.Errorf("Run: %v", err)
		}
		f.Close()
		if strings.Contains(logs.String(), "secret-test-token") {
			t.Errorf("the token was logged:\n%s", logs)
		}
		for _, p := range f.Pings() {
			t.Error(p)
		}
		if t.Failed() {
			t.Logf("logs:\n%s", logs)
		}
	})
	select {
	case <-b.Ready():
	case err := <-done:
		t.Fatalf("Run: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("the bot did not become ready")
	}
	return h
}

// wait waits for n requests that match and returns all that do.
func (h *harness) wait(n int, match func(discordtest.Request) bool) []discordtest.Request {
	h.t.Helper()
	got, err := h.f.Wait(10*time.Second, n, match)
	if err != nil {
		h.t.Fatal(err)
	}
	return got
}

// slash dispatches a slash command and returns its interaction token.
func (h *harness) slash(channel, user, name string, opts ...map[string]any) string {
	h.t.Helper()
	h.ids++
	tok, err := h.f.Slash(fmt.Sprintf("%s-%s-%d", name, user, h.ids), channel, user, name, opts...)
	if err != nil {
		h.t.Fatal(err)
	}
	return tok
}

// message dispatches MESSAGE_CREATE; extra fields are merged in.
func (h *harness) message(id, channel, author, text string, extra map[string]any) {
	h.t.Helper()
	if err := h.f.Message(id, channel, author, text, extra); err != nil {
		h.t.Fatal(err)
	}
}

// eventually fails t unless cond becomes true within a few seconds.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}
