package weaviate_test

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/retrieval"
)

// scaleEnv is the number of chunks TestScale indexes (e.g. 100000);
// unset, the test is skipped.
const scaleEnv = "CITEBOT_WEAVIATE_SCALE"

// synthCorpus makes about chunks paragraphs of prose over a vocabulary of
// made-up words, 20 paragraphs a document, and returns queries.
func synthCorpus(chunks int) (fstest.MapFS, []string) {
	r := rand.New(rand.NewSource(1))
	syll := []string{"ka", "lo", "mi", "ner", "sto", "va", "qui", "dra", "pel", "tor", "un", "bes"}
	vocab := make([]string, 8000)
	for i := range vocab {
		var b strings.Builder
		for n := 2 + r.Intn(3); n > 0; n-- {
			b.WriteString(syll[r.Intn(len(syll))])
		}
		vocab[i] = b.String()
	}
	word := func() string { return vocab[int(float64(len(vocab))*r.Float64()*r.Float64())] }
	fs := fstest.MapFS{}
	for d := 0; d*20 < chunks; d++ {
		var b strings.Builder
		for p := 0; p < 20; p++ {
			for w := 0; w < 50; w++ {
				b.WriteString(word() + " ")
			}
			b.WriteString("end.\n\n")
		}
		fs[fmt.Sprintf("d%05d/doc%06d.txt", d/1000, d)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	qs := make([]string, 200)
	for i := range qs {
		qs[i] = word() + " " + word() + " " + word()
	}
	return fs, qs
}

// latencies runs every query through each search in turn (so that both
// see the same load on a shared machine) and returns their p50 and p95.
func latencies(t *testing.T, qs []string, searches ...func(string) ([]citebot.Passage, error)) (p50, p95 []time.Duration) {
	ds := make([][]time.Duration, len(searches))
	for _, q := range qs {
		for i, search := range searches {
			t0 := time.Now()
			if _, err := search(q); err != nil {
				t.Fatal(err)
			}
			ds[i] = append(ds[i], time.Since(t0))
		}
	}
	for _, d := range ds {
		sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
		p50, p95 = append(p50, d[len(d)/2]), append(p95, d[len(d)*95/100])
	}
	return p50, p95
}

// TestScale measures index throughput and hybrid query latency on the
// server against the in-process index, on the same synthetic chunks; the
// queries alternate between the two.
func TestScale(t *testing.T) {
	cfg := server(t)
	n, _ := strconv.Atoi(os.Getenv(scaleEnv))
	if n <= 0 {
		t.Skipf("%s is not set", scaleEnv)
	}
	fs, qs := synthCorpus(n)
	ctx := context.Background()
	c := retrieval.Corpus{FS: fs, Name: "synth"}
	t0 := time.Now()
	ix, _, err := retrieval.Open(ctx, c, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(t0)
	t.Logf("in-process: indexed in %v (%.0f chunks/s)", took.Round(time.Millisecond), float64(n)/took.Seconds())
	s := open(t, cfg)
	t0 = time.Now()
	if _, err := retrieval.Sync(ctx, c, s, retrieval.Options{}); err != nil {
		t.Fatal(err)
	}
	took = time.Since(t0)
	chunks, docs, err := s.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("weaviate (replication factor %d): %d chunks in %d documents indexed in %v (%.0f chunks/s)",
		max(cfg.Replicas, 1), chunks, docs, took.Round(time.Millisecond), float64(chunks)/took.Seconds())
	p50, p95 := latencies(t, qs,
		func(q string) ([]citebot.Passage, error) { return ix.Search(ctx, q, 5) },
		func(q string) ([]citebot.Passage, error) { return s.Search(ctx, q, 5) })
	t.Logf("hybrid k=5, %d queries: in-process p50 %v p95 %v; weaviate p50 %v p95 %v", len(qs),
		p50[0].Round(time.Millisecond/10), p95[0].Round(time.Millisecond/10), p50[1].Round(time.Millisecond/10), p95[1].Round(time.Millisecond/10))
}
