package discord

import (
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"
)

// latencyBuckets are the upper bounds, in seconds, of the answer latency
// histogram.
var latencyBuckets = [...]float64{0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120}

// Metrics counts what the bot does and serves it in the Prometheus text
// format. A nil *Metrics counts nothing. It is safe for concurrent use.
type Metrics struct {
	mu          sync.Mutex
	questions   map[[3]string]uint64 // via, mode, outcome
	latency     map[string]*histogram
	citations   map[string]uint64 // via
	rateLimited map[string]uint64 // via
	panics      uint64
}

type histogram struct {
	counts [len(latencyBuckets)]uint64
	count  uint64
	sum    float64
}

// NewMetrics returns empty Metrics.
func NewMetrics() *Metrics {
	return &Metrics{questions: map[[3]string]uint64{}, latency: map[string]*histogram{},
		citations: map[string]uint64{}, rateLimited: map[string]uint64{}}
}

func (m *Metrics) question(via, mode, outcome string, d time.Duration, citations int) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.questions[[3]string{via, mode, outcome}]++
	m.citations[via] += uint64(citations)
	h := m.latency[via]
	if h == nil {
		h = &histogram{}
		m.latency[via] = h
	}
	s := d.Seconds()
	for i, le := range latencyBuckets {
		if s <= le {
			h.counts[i]++
		}
	}
	h.count++
	h.sum += s
}

func (m *Metrics) limited(via string) {
	if m == nil {
		return
	}
	m.mu.Lock()
	m.rateLimited[via]++
	m.mu.Unlock()
}

func (m *Metrics) panicked() {
	if m == nil {
		return
	}
	m.mu.Lock()
	m.panics++
	m.mu.Unlock()
}

// ServeHTTP writes the metrics in the Prometheus text exposition format.
func (m *Metrics) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	if m != nil {
		m.write(w)
	}
}

func (m *Metrics) write(w io.Writer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	header(w, "citebot_discord_questions_total", "counter", "Questions asked on Discord, by how, answer mode and outcome.")
	for _, k := range sortedKeys(m.questions, func(k [3]string) string { return strings.Join(k[:], "\x00") }) {
		fmt.Fprintf(w, "citebot_discord_questions_total{via=%q,mode=%q,outcome=%q} %d\n", k[0], k[1], k[2], m.questions[k])
	}
	header(w, "citebot_discord_citations_total", "counter", "Citations in answers sent on Discord.")
	for _, k := range sortedKeys(m.citations, func(k string) string { return k }) {
		fmt.Fprintf(w, "citebot_discord_citations_total{via=%q} %d\n", k, m.citations[k])
	}
	header(w, "citebot_discord_rate_limited_total", "counter", "Questions refused by the rate limits.")
	for _, k := range sortedKeys(m.rateLimited, func(k string) string { return k }) {
		fmt.Fprintf(w, "citebot_discord_rate_limited_total{via=%q} %d\n", k, m.rateLimited[k])
	}
	header(w, "citebot_discord_panics_total", "counter", "Handler panics recovered.")
	fmt.Fprintf(w, "citebot_discord_panics_total %d\n", m.panics)
	header(w, "citebot_discord_answer_seconds", "histogram", "Time to answer a question on Discord.")
	for _, via := range sortedKeys(m.latency, func(k string) string { return k }) {
		h := m.latency[via]
		for i, le := range latencyBuckets {
			fmt.Fprintf(w, "citebot_discord_answer_seconds_bucket{via=%q,le=\"%g\"} %d\n", via, le, h.counts[i])
		}
		fmt.Fprintf(w, "citebot_discord_answer_seconds_bucket{via=%q,le=\"+Inf\"} %d\n", via, h.count)
		fmt.Fprintf(w, "citebot_discord_answer_seconds_sum{via=%q} %g\n", via, h.sum)
		fmt.Fprintf(w, "citebot_discord_answer_seconds_count{via=%q} %d\n", via, h.count)
	}
}

func header(w io.Writer, name, typ, help string) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
}

func sortedKeys[K comparable, V any](m map[K]V, str func(K) string) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return str(keys[i]) < str(keys[j]) })
	return keys
}
