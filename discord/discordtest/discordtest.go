// Package discordtest is an in-process fake Discord for tests: REST on an
// httptest server, and a gateway websocket speaking the real protocol
// (HELLO, IDENTIFY, READY, heartbeats and their ACKs, then the events a
// test dispatches). Point a discordgo session's REST calls at URL (for
// citebot, with DISCORD_API_BASE); GET /api/v9/gateway returns the
// websocket's address. Every REST request is recorded.
package discordtest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// IDs the fake uses for the bot user, its application and the guild.
const (
	BotID   = "1000"
	AppID   = "2000"
	GuildID = "3000"
)

// ErrNotConnected is returned by Dispatch before a client has identified.
var ErrNotConnected = errors.New("gateway not connected")

// Request is one REST request the fake received.
type Request struct {
	Method, Path string
	Auth         string         // the Authorization header
	Body         map[string]any // the JSON body, when it is an object
	Raw          []byte
	RespID       string // ID of the message the fake answered with, if any
	Status       int    // the HTTP status the fake answered with
	At           time.Time
}

// Server is a fake Discord. Its methods are safe for concurrent use.
type Server struct {
	srv *httptest.Server

	mu            sync.Mutex
	reqs          []Request
	changed       chan struct{} // closed and replaced on every change
	conn          *websocket.Conn
	seq, ids      int
	identify      []map[string]any
	threads       map[string]string // thread ID → parent channel ID
	rejectIntents int
	limits        []*limit
	dials         int           // gateway connections that arrived
	hold          chan struct{} // when not nil, new gateway connections wait for it to close
	shards        int           // GET /gateway/bot's recommendation; 0 means 1
	maxConc       int           // its session_start_limit.max_concurrency; 0 means 1

	wmu sync.Mutex // serialises websocket writes
}

// New starts a fake Discord; Close it when done.
func New() *Server {
	s := &Server{changed: make(chan struct{}), threads: map[string]string{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ws/", s.gateway)
	mux.HandleFunc("/", s.rest)
	s.srv = httptest.NewServer(mux)
	return s
}

// SetGateway sets what GET /gateway/bot recommends: how many shards, and
// how many of them may identify at once.
func (s *Server) SetGateway(shards, maxConcurrency int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.shards, s.maxConc = shards, maxConcurrency
}

// URL is the base URL of the fake's REST API, for DISCORD_API_BASE.
func (s *Server) URL() string { return s.srv.URL }

// Close shuts the fake down.
func (s *Server) Close() { s.srv.Close() }

// AddThread makes channel id a public thread of parent.
func (s *Server) AddThread(id, parent string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.threads[id] = parent
}

// RejectIntents makes the gateway close with code 4014 (disallowed
// intents) when IDENTIFY asks for any of the intents in mask.
func (s *Server) RejectIntents(mask int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rejectIntents = mask
}

// Identifies returns the data of the IDENTIFY payloads received.
func (s *Server) Identifies() []map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]map[string]any(nil), s.identify...)
}

// changedLocked wakes waiters; s.mu must be held.
func (s *Server) changedLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

func (s *Server) nextID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ids++
	return fmt.Sprintf("9%05d", s.ids)
}

// rest records a request and answers it as Discord would.
func (s *Server) rest(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	req := Request{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization"), Raw: raw, At: time.Now()}
	var body any
	if len(raw) > 0 && json.Unmarshal(raw, &body) == nil {
		req.Body, _ = body.(map[string]any)
	}
	var status int
	var resp any
	if l := s.limited(req); l == nil {
		status, resp = s.respond(r, raw)
	} else {
		status = http.StatusTooManyRequests
		resp = map[string]any{"message": "You are being rate limited.", "retry_after": l.retryAfter, "global": l.global}
		w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(l.retryAfter))))
		if l.global {
			w.Header().Set("X-RateLimit-Global", "true")
		}
	}
	if m, ok := resp.(map[string]any); ok && status < 300 {
		req.RespID, _ = m["id"].(string)
	}
	req.Status = status
	s.mu.Lock()
	s.reqs = append(s.reqs, req)
	s.changedLocked()
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if resp != nil {
		_ = json.NewEncoder(w).Encode(resp)
	}
}

// respond is the fake's answer to a REST request.
func (s *Server) respond(r *http.Request, raw []byte) (int, any) {
	p := strings.Split(strings.TrimPrefix(r.URL.Path, "/api/v9/"), "/")
	switch {
	case r.Method == "GET" && (r.URL.Path == "/api/v9/gateway" || r.URL.Path == "/api/v9/gateway/bot"):
		s.mu.Lock()
		shards, maxConc := max(s.shards, 1), max(s.maxConc, 1)
		s.mu.Unlock()
		return 200, map[string]any{"url": "ws" + strings.TrimPrefix(s.srv.URL, "http") + "/ws", "shards": shards,
			"session_start_limit": map[string]any{"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": maxConc}}
	case r.Method == "GET" && (r.URL.Path == "/api/v9/oauth2/applications/@me" || r.URL.Path == "/api/v9/applications/@me"):
		return 200, map[string]any{"id": AppID, "name": "citebot"}
	case r.Method == "PUT" && p[0] == "applications" && p[len(p)-1] == "commands":
		var cmds []map[string]any
		_ = json.Unmarshal(raw, &cmds)
		for _, c := range cmds {
			c["id"], c["application_id"] = s.nextID(), p[1]
		}
		return 200, cmds
	case r.Method == "POST" && p[0] == "interactions":
		return 204, nil
	case p[0] == "webhooks" && r.Method == "PATCH" && len(p) == 5:
		return 200, map[string]any{"id": "orig-" + p[2], "channel_id": "c"}
	case p[0] == "webhooks" && r.Method == "POST":
		return 200, map[string]any{"id": s.nextID(), "channel_id": "c"}
	case p[0] == "channels" && len(p) == 2 && r.Method == "GET":
		return 200, s.channel(p[1])
	case p[0] == "channels" && len(p) == 3 && p[2] == "typing":
		return 204, nil
	case p[0] == "channels" && len(p) == 3 && p[2] == "messages" && r.Method == "POST":
		return 200, map[string]any{"id": s.nextID(), "channel_id": p[1], "author": map[string]any{"id": BotID, "bot": true}}
	case p[0] == "channels" && len(p) == 4 && r.Method == "PATCH":
		return 200, map[string]any{"id": p[3], "channel_id": p[1]}
	}
	return 404, map[string]any{"message": "Unknown", "code": 0}
}

func (s *Server) channel(id string) map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	if parent, ok := s.threads[id]; ok {
		return map[string]any{"id": id, "type": 11, "parent_id": parent, "guild_id": GuildID}
	}
	return map[string]any{"id": id, "type": 0, "guild_id": GuildID}
}

// gateway speaks the gateway protocol on one websocket connection.
func (s *Server) gateway(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.dials++
	hold := s.hold
	s.changedLocked()
	s.mu.Unlock()
	if hold != nil {
		select {
		case <-hold:
		case <-r.Context().Done():
			return
		}
	}
	up := websocket.Upgrader{}
	c, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	s.write(c, map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 41250}})
	var ident struct {
		Op int            `json:"op"`
		D  map[string]any `json:"d"`
	}
	if err := c.ReadJSON(&ident); err != nil || ident.Op != 2 && ident.Op != 6 {
		return
	}
	if ident.Op == 6 { // RESUME
		s.mu.Lock()
		s.conn = c
		s.changedLocked()
		s.mu.Unlock()
		_ = s.Dispatch("RESUMED", map[string]any{})
		s.heartbeats(c)
		return
	}
	s.mu.Lock()
	s.identify = append(s.identify, ident.D)
	reject := s.rejectIntents
	s.changedLocked()
	s.mu.Unlock()
	if intents, _ := ident.D["intents"].(float64); int(intents)&reject != 0 {
		s.wmu.Lock()
		_ = c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4014, "Disallowed intent(s)."))
		s.wmu.Unlock()
		return
	}
	s.mu.Lock()
	s.conn = c
	s.changedLocked()
	s.mu.Unlock()
	_ = s.Dispatch("READY", map[string]any{
		"v": 10, "session_id": "session", "guilds": []any{},
		"user":        map[string]any{"id": BotID, "username": "citebot", "bot": true},
		"application": map[string]any{"id": AppID},
	})
	s.heartbeats(c)
}

// heartbeats acknowledges heartbeats until the connection ends.
func (s *Server) heartbeats(c *websocket.Conn) {
	for {
		var m struct {
			Op int `json:"op"`
		}
		if err := c.ReadJSON(&m); err != nil {
			return
		}
		if m.Op == 1 {
			s.write(c, map[string]any{"op": 11})
		}
	}
}

func (s *Server) write(c *websocket.Conn, v any) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	return c.WriteJSON(v)
}

// Dispatch sends an event (op 0) with the next sequence number to the
// connected client.
func (s *Server) Dispatch(event string, d any) error {
	s.mu.Lock()
	c := s.conn
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	if c == nil {
		return ErrNotConnected
	}
	return s.write(c, map[string]any{"op": 0, "s": seq, "t": event, "d": d})
}

// Wait waits up to timeout until at least n recorded requests match, and
// returns those that do; on timeout the error lists what was received.
func (s *Server) Wait(timeout time.Duration, n int, match func(Request) bool) ([]Request, error) {
	deadline := time.After(timeout)
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		got := s.Requests(match)
		if len(got) >= n {
			return got, nil
		}
		select {
		case <-ch:
		case <-deadline:
			return got, fmt.Errorf("timed out waiting for %d requests, %d match; received:\n%s", n, len(got), s.dump())
		}
	}
}

// Requests returns the recorded requests that match, oldest first.
func (s *Server) Requests(match func(Request) bool) []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	var got []Request
	for _, r := range s.reqs {
		if match(r) {
			got = append(got, r)
		}
	}
	return got
}

func (s *Server) dump() string {
	var b strings.Builder
	for _, r := range s.Requests(func(Request) bool { return true }) {
		fmt.Fprintf(&b, "%s %s %.300s\n", r.Method, r.Path, r.Raw)
	}
	return b.String()
}
