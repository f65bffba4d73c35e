package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/citebot/citebot/openai"
	"github.com/citebot/citebot/openai/openaitest"
	"github.com/citebot/citebot/retrieval"
)

// BenchmarkIndex2000 indexes a corpus of about 2,000 chunks through
// retrieval.Open with the openai Embedder against a server that adds 20 ms
// to every request:
// batched, one request per chunk with 4 in flight, and one request per
// chunk at a time. Run with
//
//	go test ./cmd/citebot -run '^$' -bench Index2000 -benchtime 1x
func BenchmarkIndex2000(b *testing.B) {
	corpus := fstest.MapFS{}
	para := strings.Repeat("Pervez Musharraf visited Moscow in February 2003 to discuss trade and security. ", 6)
	for d := range 200 {
		var doc strings.Builder
		for p := range 10 {
			fmt.Fprintf(&doc, "Paragraph %d of document %d. %s\n\n", p, d, para)
		}
		corpus[fmt.Sprintf("doc%03d.txt", d)] = &fstest.MapFile{Data: []byte(doc.String())}
	}
	for _, bc := range []struct {
		name        string
		batch, conc int
	}{{"batched-128", 128, 4}, {"one-per-request", 1, 4}, {"one-per-request-serial", 1, 1}} {
		b.Run(bc.name, func(b *testing.B) {
			srv := openaitest.New()
			srv.EmbedDelay = 20 * time.Millisecond
			defer srv.Close()
			var chunks int
			for b.Loop() {
				e := openai.NewEmbedder(openai.Config{BaseURL: srv.URL(), Model: "nomic-embed-text"}, openai.EmbedOptions{BatchSize: bc.batch, Concurrency: bc.conc, Cache: openai.NewMemoryCache(1)})
				_, rep, err := retrieval.Open(context.Background(), retrieval.Corpus{FS: corpus, Name: "bench"},
					retrieval.Options{Embedder: retrieval.Embedder{Name: e.Name(), Embed: e.Embed}, Logger: slog.New(slog.DiscardHandler)})
				if err != nil {
					b.Fatal(err)
				}
				chunks = rep.Embedded
			}
			reqs, _ := srv.EmbedCalls()
			b.ReportMetric(float64(chunks), "chunks")
			b.ReportMetric(float64(reqs)/float64(b.N), "requests/op")
		})
	}
}
