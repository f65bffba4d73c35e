package bot_test

// BenchmarkAsk measures in-process extractive answers on the embedded seed
// corpus (issue 2's target: p50 ≤ 5 ms). Results are in BENCHMARKS.md.
//
//	go test ./bot/ -run '^$' -bench Ask -benchtime 480x

import (
	"bufio"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/corpus"
	"github.com/citebot/citebot/retrieval"
)

// benchDevSet holds the questions BenchmarkAsk asks; only their text is read.
const benchDevSet = "../eval/testdata/dev/seed-dev.jsonl"

// benchQuestions reads the questions of the dev set.
func benchQuestions(b *testing.B) []string {
	f, err := os.Open(benchDevSet)
	if err != nil {
		b.Fatalf("the dev set ships in eval/testdata/dev: %v", err)
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		var item struct {
			Question string `json:"question"`
		}
		if json.Unmarshal(sc.Bytes(), &item) == nil && item.Question != "" {
			qs = append(qs, item.Question)
		}
	}
	if err := sc.Err(); err != nil || len(qs) == 0 {
		b.Fatalf("%s: %d questions, %v", benchDevSet, len(qs), err)
	}
	return qs
}

// benchBot is the extractive bot over the embedded corpus, indexed in
// memory once per test binary.
var benchBot = sync.OnceValues(func() (*bot.Bot, error) {
	syn := bot.SharedSynonyms() // one table for the index and the bot, as cmd/citebot has
	ix, _, err := retrieval.Open(context.Background(), retrieval.Corpus{FS: corpus.FS(), Name: "embedded"}, retrieval.Options{Synonyms: syn})
	if err != nil {
		return nil, err
	}
	return bot.New(ix, bot.Options{Logger: slog.New(slog.DiscardHandler), Synonyms: syn}), nil
})

// BenchmarkAsk asks the dev-set questions in turn (extractive, in process,
// warm index) and reports the mean (ns/op), the p50, p95 and max latency
// of single asks in milliseconds, and the mean time of the retrieval and
// answering steps (from Answer.TimingsMS). With -benchtime N×questions
// every question is asked N times.
func BenchmarkAsk(b *testing.B) {
	bt, err := benchBot()
	if err != nil {
		b.Fatal(err)
	}
	qs := benchQuestions(b)
	ctx := context.Background()
	for _, q := range qs { // warm up once: lazily built tables, caches
		if _, err := bt.Ask(ctx, citebot.Question{Text: q, NoLLM: true}); err != nil {
			b.Fatal(err)
		}
	}
	lat := make([]time.Duration, 0, b.N)
	var retrieve, answer float64 // the answers' own timings, in ms
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		t0 := time.Now()
		a, err := bt.Ask(ctx, citebot.Question{Text: qs[i%len(qs)], NoLLM: true})
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
		retrieve += a.TimingsMS["retrieve"]
		answer += a.TimingsMS["answer"]
		i++
	}
	slices.Sort(lat)
	ms := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Nanoseconds()) / 1e6
	}
	b.ReportMetric(ms(0.50), "p50-ms")
	b.ReportMetric(ms(0.95), "p95-ms")
	b.ReportMetric(ms(1), "max-ms")
	b.ReportMetric(retrieve/float64(i), "retrieve-ms")
	b.ReportMetric(answer/float64(i), "answer-ms")
	b.ReportMetric(float64(len(qs)), "questions")
}
