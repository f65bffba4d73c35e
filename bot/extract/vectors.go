package extract

import (
	"context"
	"fmt"
	"sync"

	"github.com/viterin/vek/vek32"
)

// EmbedFunc returns a unit-length vector for each text, in order, such that
// texts of like meaning get near vectors. It must be safe for concurrent
// use and should stop when ctx is done.
type EmbedFunc func(ctx context.Context, texts []string) ([][]float32, error)

// vectors caches the vectors of texts for the second look. It is safe
// for concurrent use; it forgets everything when full.
type vectors struct {
	embed EmbedFunc
	mu    sync.Mutex
	seen  map[string][]float32
}

const vectorCacheSize = 4096

// cosines returns the cosine of each text with q. The texts' vectors are
// cached; the question's is not (a question is rarely asked twice, and a
// cached one would hide the cost of the second look from benchmarks).
func (v *vectors) cosines(ctx context.Context, q string, texts []string) ([]float64, error) {
	vec := map[string][]float32{}
	missing := []string{q}
	v.mu.Lock()
	for _, t := range texts {
		if x, ok := v.seen[t]; ok {
			vec[t] = x
		} else if _, dup := vec[t]; !dup {
			vec[t] = nil
			missing = append(missing, t)
		}
	}
	v.mu.Unlock()
	got, err := v.embed(ctx, missing)
	if err != nil {
		return nil, err
	}
	if len(got) != len(missing) {
		return nil, fmt.Errorf("embed %d texts: got %d vectors", len(missing), len(got))
	}
	qv := got[0]
	v.mu.Lock()
	if v.seen == nil || len(v.seen)+len(missing) > vectorCacheSize {
		v.seen = map[string][]float32{}
	}
	for i, t := range missing[1:] {
		vec[t], v.seen[t] = got[i+1], got[i+1]
	}
	v.mu.Unlock()
	out := make([]float64, len(texts))
	for i, t := range texts {
		if x := vec[t]; len(x) == len(qv) && len(x) > 0 {
			out[i] = float64(vek32.Dot(qv, x))
		}
	}
	return out, nil
}
