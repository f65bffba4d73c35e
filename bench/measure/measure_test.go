package measure

import (
	"testing"
	"time"

	"github.com/citebot/citebot/bench/synth"
)

func TestPercentile(t *testing.T) {
	var ds []time.Duration
	for i := 1; i <= 100; i++ {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	if p := percentile(ds, 50); p != 50*time.Millisecond {
		t.Errorf("p50 = %v", p)
	}
	if p := percentile(ds, 95); p != 95*time.Millisecond {
		t.Errorf("p95 = %v", p)
	}
	if p := percentile(ds[:1], 95); p != time.Millisecond {
		t.Errorf("p95 of one = %v", p)
	}
}

func TestRunRecall(t *testing.T) {
	qs := []synth.Question{
		{ID: "a", Question: "qa", Evidence: []synth.Evidence{{Doc: "x.txt"}}},
		{ID: "b", Question: "qb", Evidence: []synth.Evidence{{Doc: "y.txt"}}},
	}
	search := func(q string) ([]string, error) { return []string{"z.txt", "x.txt"}, nil }
	r, err := Run(qs, search, 2)
	if err != nil || r.Recall != 0.5 || r.Questions != 2 || r.Runs != 2 {
		t.Fatalf("Run = %+v, %v", r, err)
	}
}
