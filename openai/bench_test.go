package openai_test

import (
	"context"
	"testing"
	"time"

	"github.com/citebot/citebot/openai"
	"github.com/citebot/citebot/openai/openaitest"
)

// BenchmarkEmbed2000 embeds 2,000 chunks against a server that adds 20 ms
// to every request, batched and with one request per chunk (as chromem-go's
// default path does), at the same concurrency. Run with
//
//	go test ./bot/openai -run '^$' -bench Embed2000 -benchtime 3x
func BenchmarkEmbed2000(b *testing.B) {
	in := texts(2000)
	for _, bc := range []struct {
		name  string
		batch int
	}{{"batched-128", 128}, {"one-per-request", 1}} {
		b.Run(bc.name, func(b *testing.B) {
			srv := openaitest.New()
			srv.EmbedDelay = 20 * time.Millisecond
			defer srv.Close()
			for b.Loop() {
				// A fresh cache each time: every chunk is embedded.
				e := embedder(srv, openai.EmbedOptions{BatchSize: bc.batch, Concurrency: 4, Cache: openai.NewMemoryCache(len(in))})
				if _, err := e.Embed(context.Background(), in); err != nil {
					b.Fatal(err)
				}
			}
			reqs, _ := srv.EmbedCalls()
			b.ReportMetric(float64(reqs)/float64(b.N), "requests/op")
		})
	}
}
