package discord

import (
	"time"

	"golang.org/x/time/rate"
)

// Limit is a rate: Burst questions at once, then one per Every.
type Limit struct {
	Every time.Duration
	Burst int
}

// limiter rate-limits keys (users, channels) independently. It keeps a
// bounded number of keys; a key evicted and seen again starts with a full
// burst. It is safe for concurrent use.
type limiter struct {
	lim  Limit
	keys *lru[string, *rate.Limiter]
}

func newLimiter(l Limit, maxKeys int) *limiter {
	return &limiter{lim: l, keys: newLRU[string, *rate.Limiter](maxKeys)}
}

func (l *limiter) of(key string) *rate.Limiter {
	return l.keys.update(key, func(r *rate.Limiter, ok bool) *rate.Limiter {
		if ok {
			return r
		}
		return rate.NewLimiter(rate.Every(l.lim.Every), l.lim.Burst)
	})
}

// allow takes one token for every key from its limiter when all have one;
// otherwise it takes none and returns how long until all would.
func allow(now time.Time, pairs ...keyed) (bool, time.Duration) {
	var rs []*rate.Reservation
	var wait time.Duration
	for _, p := range pairs {
		r := p.l.of(p.key).ReserveN(now, 1)
		rs = append(rs, r)
		if !r.OK() {
			wait = max(wait, p.l.lim.Every)
			continue
		}
		wait = max(wait, r.DelayFrom(now))
	}
	if wait == 0 {
		return true, 0
	}
	for _, r := range rs {
		r.CancelAt(now)
	}
	return false, wait
}

// keyed is a limiter and the key to take a token for.
type keyed struct {
	l   *limiter
	key string
}
