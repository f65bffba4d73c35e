package openai_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/openai"
	"github.com/citebot/citebot/openai/openaitest"
)

func texts(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("chunk %d of the corpus", i)
	}
	return out
}

func embedder(srv *openaitest.Server, opts openai.EmbedOptions) *openai.Embedder {
	return openai.NewEmbedder(openai.Config{BaseURL: srv.URL(), APIKey: secret, Model: "nomic-embed-text", Retry: fastRetry}, opts)
}

func TestEmbedBatchesInOrder(t *testing.T) {
	tests := []struct {
		name           string
		n, batch, conc int
		wantReqs       int
		// wantInFlight is how many requests the client must have in flight
		// at once, and never more.
		wantInFlight int
	}{
		{"one batch", 10, 128, 4, 1, 1},
		{"several batches", 300, 128, 4, 3, 3},
		{"bounded concurrency", 100, 10, 2, 10, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := openaitest.New()
			srv.EmbedGate = make(chan struct{})
			defer srv.Close()
			e := embedder(srv, openai.EmbedOptions{BatchSize: tt.batch, Concurrency: tt.conc})
			in := texts(tt.n)
			type result struct {
				vecs [][]float32
				err  error
			}
			done := make(chan result, 1)
			go func() {
				vecs, err := e.Embed(context.Background(), in)
				done <- result{vecs, err}
			}()
			// Every request is held until the client has wantInFlight of
			// them in flight together; then they are let go one by one.
			for range tt.wantInFlight {
				select {
				case <-srv.Arrived():
				case r := <-done:
					t.Fatalf("Embed returned (%v) before %d requests were in flight", r.err, tt.wantInFlight)
				case <-time.After(30 * time.Second):
					t.Fatalf("fewer than %d requests in flight at once", tt.wantInFlight)
				}
			}
			var r result
		release:
			for {
				select {
				case srv.EmbedGate <- struct{}{}:
				case r = <-done:
					break release
				}
			}
			if r.err != nil {
				t.Fatal(r.err)
			}
			for i, v := range r.vecs {
				if fmt.Sprint(v) != fmt.Sprint(openaitest.Vector(in[i], 0)) {
					t.Fatalf("vector %d is not the one of its text", i)
				}
			}
			reqs, inputs := srv.EmbedCalls()
			if reqs != tt.wantReqs || inputs != tt.n {
				t.Errorf("%d requests with %d inputs, want %d with %d", reqs, inputs, tt.wantReqs, tt.n)
			}
			if got := srv.MaxInFlight(); got != tt.wantInFlight {
				t.Errorf("%d requests in flight at most, want %d", got, tt.wantInFlight)
			}
		})
	}
}

func TestEmbedCache(t *testing.T) {
	srv := openaitest.New()
	defer srv.Close()
	cache := openai.NewMemoryCache(1000)
	e := embedder(srv, openai.EmbedOptions{BatchSize: 16, Cache: cache})
	ctx := context.Background()
	in := texts(40)
	first, err := e.Embed(ctx, append(in, in[0], in[1])) // duplicates are embedded once
	if err != nil {
		t.Fatal(err)
	}
	if _, inputs := srv.EmbedCalls(); inputs != 40 || cache.Len() != 40 {
		t.Fatalf("%d inputs sent, %d cached; want 40", inputs, cache.Len())
	}
	first[0][0] = 42 // callers may modify what they get
	// A new Embedder sharing the cache (as on re-indexing) makes no call
	// for unchanged text, and one call for the changed one.
	again := embedder(srv, openai.EmbedOptions{BatchSize: 16, Cache: cache})
	in[7] = "a changed chunk"
	vecs, err := again.Embed(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if reqs, inputs := srv.EmbedCalls(); reqs != 4 || inputs != 41 {
		t.Errorf("after re-embedding: %d requests, %d inputs; want 4 and 41", reqs, inputs)
	}
	if vecs[0][0] == 42 || fmt.Sprint(vecs[7]) != fmt.Sprint(openaitest.Vector("a changed chunk", 0)) {
		t.Error("cached vectors are wrong")
	}
	if d, err := again.Dim(ctx); err != nil || d != 8 {
		t.Errorf("Dim = %d, %v; want 8", d, err)
	}
	if reqs, _ := srv.EmbedCalls(); reqs != 4 {
		t.Errorf("Dim made a request although a vector had been seen")
	}
}

func TestEmbedFaults(t *testing.T) {
	tests := []struct {
		name    string
		replies []openaitest.Reply
		want    error
	}{
		{"retries 503 then succeeds", []openaitest.Reply{{Status: 503, Body: "busy"}, {Status: 429, Header: map[string]string{"Retry-After-Ms": "10"}, Body: "slow down"}}, nil},
		{"missing vectors", []openaitest.Reply{{Body: `{"object":"list","data":[{"index":0,"embedding":[1,2]}]}`}}, citebot.ErrBadResponse},
		{"mixed dimensions", []openaitest.Reply{{Body: `{"object":"list","data":[{"index":0,"embedding":[1,2]},{"index":1,"embedding":[1,2,3]}]}`}}, citebot.ErrBadResponse},
		{"repeated index", []openaitest.Reply{{Body: `{"object":"list","data":[{"index":0,"embedding":[1,2]},{"index":0,"embedding":[1,2]}]}`}}, citebot.ErrBadResponse},
		{"rejected", []openaitest.Reply{{Status: 404, Body: openaitest.ErrorBody("model not found", "invalid_request_error", nil)}}, citebot.ErrRejected},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := openaitest.New()
			defer srv.Close()
			srv.FailEmbeddings(tt.replies...)
			_, err := embedder(srv, openai.EmbedOptions{}).Embed(context.Background(), texts(2))
			if !errors.Is(err, tt.want) && !(tt.want == nil && err == nil) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestEmbedTimeout(t *testing.T) {
	srv := openaitest.New()
	srv.EmbedDelay = 5 * time.Second
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	t0 := time.Now()
	_, err := embedder(srv, openai.EmbedOptions{BatchSize: 1}).Embed(ctx, texts(20))
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(t0) > 2*time.Second {
		t.Errorf("err = %v after %v, want a deadline error at once", err, time.Since(t0))
	}
}
