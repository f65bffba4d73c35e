// Package measure times searches over a question file: per-question
// latency percentiles and a recall sanity check, the same way for every
// engine the issue-9 benchmarks compare.
package measure

import (
	"fmt"
	"slices"
	"time"

	"github.com/citebot/citebot/bench/synth"
)

// SearchFunc returns the documents (paths relative to the corpus) of the
// top hits for a question, best first.
type SearchFunc func(question string) ([]string, error)

// Result is what Run measured. Durations are in milliseconds.
type Result struct {
	Questions int     `json:"questions"`
	Runs      int     `json:"runs"`
	P50ms     float64 `json:"p50_ms"`
	P95ms     float64 `json:"p95_ms"`
	MeanMs    float64 `json:"mean_ms"`
	// CPU time (user+sys) of the process per search: less disturbed by
	// other processes on a busy machine than wall time.
	CPUP50ms  float64 `json:"cpu_p50_ms"`
	CPUMeanMs float64 `json:"cpu_mean_ms"`
	Recall    float64 `json:"recall"` // share of questions with an evidence document among the hits
}

// Run asks every question once untimed (warm-up), then runs times, timing
// each search; recall is taken from the warm-up answers.
func Run(qs []synth.Question, search SearchFunc, runs int) (Result, error) {
	if len(qs) == 0 || runs < 1 {
		return Result{}, fmt.Errorf("measure: no questions or runs")
	}
	found := 0
	for _, q := range qs {
		docs, err := search(q.Question)
		if err != nil {
			return Result{}, fmt.Errorf("measure %s: %w", q.ID, err)
		}
		if hasEvidence(q, docs) {
			found++
		}
	}
	var ds, cs []time.Duration
	for range runs {
		for _, q := range qs {
			c, t := cpuTime(), time.Now()
			if _, err := search(q.Question); err != nil {
				return Result{}, fmt.Errorf("measure %s: %w", q.ID, err)
			}
			ds = append(ds, time.Since(t))
			cs = append(cs, cpuTime()-c)
		}
	}
	slices.Sort(ds)
	slices.Sort(cs)
	return Result{
		Questions: len(qs), Runs: runs,
		P50ms:     ms(percentile(ds, 50)),
		P95ms:     ms(percentile(ds, 95)),
		MeanMs:    ms(mean(ds)),
		CPUP50ms:  ms(percentile(cs, 50)),
		CPUMeanMs: ms(mean(cs)),
		Recall:    float64(found) / float64(len(qs)),
	}, nil
}

func mean(ds []time.Duration) time.Duration {
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	return sum / time.Duration(len(ds))
}

func hasEvidence(q synth.Question, docs []string) bool {
	for _, e := range q.Evidence {
		if slices.Contains(docs, e.Doc) {
			return true
		}
	}
	return false
}

// percentile is the nearest-rank p-th percentile of sorted ds.
func percentile(ds []time.Duration, p int) time.Duration {
	i := (len(ds)*p + 99) / 100
	return ds[max(i-1, 0)]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
