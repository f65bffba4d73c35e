package discordtest

import (
	"time"
)

// limit is a rate limit the fake applies to the requests that match.
type limit struct {
	match      func(Request) bool
	retryAfter float64
	global     bool
	times      int // how many more requests it refuses; negative means all
}

// RateLimit makes the fake refuse the next times requests that match
// (every one, when times is not positive) with 429 Too Many Requests,
// asking to retry after retryAfter seconds, as Discord does: in the JSON
// body's retry_after and the Retry-After header, for the bot's global
// limit when global is set.
func (s *Server) RateLimit(match func(Request) bool, retryAfter float64, global bool, times int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if times <= 0 {
		times = -1
	}
	s.limits = append(s.limits, &limit{match: match, retryAfter: retryAfter, global: global, times: times})
}

// limited returns the rate limit that refuses req, if any.
func (s *Server) limited(req Request) *limit {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, l := range s.limits {
		if l.times != 0 && l.match(req) {
			if l.times > 0 {
				l.times--
			}
			return l
		}
	}
	return nil
}

// DropGateway closes the gateway connection abruptly, as a network
// failure would.
func (s *Server) DropGateway() {
	s.mu.Lock()
	c := s.conn
	s.conn = nil
	s.mu.Unlock()
	if c != nil {
		c.NetConn().Close()
	}
}

// HoldGateway makes new gateway connections hang before the websocket
// handshake, as an unresponsive gateway does, until ReleaseGateway.
func (s *Server) HoldGateway() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hold = make(chan struct{})
}

// ReleaseGateway lets held gateway connections proceed.
func (s *Server) ReleaseGateway() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.hold != nil {
		close(s.hold)
		s.hold = nil
	}
}

// Dials returns how many gateway connections have arrived, held or not.
func (s *Server) Dials() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dials
}

// WaitDials waits up to timeout until n gateway connections have arrived
// and reports whether they did.
func (s *Server) WaitDials(timeout time.Duration, n int) bool {
	deadline := time.After(timeout)
	for {
		s.mu.Lock()
		ch, got := s.changed, s.dials
		s.mu.Unlock()
		if got >= n {
			return true
		}
		select {
		case <-ch:
		case <-deadline:
			return false
		}
	}
}
