package discord

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// IDs the fake Discord uses.
const (
	fakeBotID = "1000"
	fakeAppID = "2000"
	fakeGuild = "3000"
)

// fakeDiscord is an in-process Discord: REST on an httptest server, and a
// gateway websocket that says HELLO, expects IDENTIFY, sends READY, ACKs
// heartbeats and dispatches the events a test asks for. It records every
// REST request.
type fakeDiscord struct {
	t   *testing.T
	srv *httptest.Server

	mu       sync.Mutex
	reqs     []fakeRequest
	changed  chan struct{} // closed and replaced on every change
	conn     *websocket.Conn
	seq      int
	ids      int
	identify []map[string]any
	threads  map[string]string // thread ID → parent channel ID
	// rejectIntents closes the gateway with 4014 when IDENTIFY asks for any
	// of these intents.
	rejectIntents int

	wmu sync.Mutex // serialises websocket writes
}

// fakeRequest is one REST request the fake received.
type fakeRequest struct {
	Method, Path, Auth string
	RespID             string // ID of the message the fake answered with
	Body               map[string]any
	Raw                []byte
	At                 time.Time
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	f := &fakeDiscord{t: t, changed: make(chan struct{}), threads: map[string]string{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ws/", f.gateway)
	mux.HandleFunc("/", f.rest)
	f.srv = httptest.NewServer(mux)
	return f
}

func (f *fakeDiscord) close() { f.srv.Close() }

// notify wakes waiters; f.mu must be held.
func (f *fakeDiscord) notify() {
	close(f.changed)
	f.changed = make(chan struct{})
}

func (f *fakeDiscord) nextID() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.ids++
	return fmt.Sprintf("9%05d", f.ids)
}

// rest records a request and answers it as Discord would.
func (f *fakeDiscord) rest(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	req := fakeRequest{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization"), Raw: raw, At: time.Now()}
	var body any
	if len(raw) > 0 && json.Unmarshal(raw, &body) == nil {
		if m, ok := body.(map[string]any); ok {
			req.Body = m
		}
	}
	status, resp := f.respond(r, raw)
	if m, ok := resp.(map[string]any); ok {
		req.RespID, _ = m["id"].(string)
	}
	f.mu.Lock()
	f.reqs = append(f.reqs, req)
	f.notify()
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if resp != nil {
		_ = json.NewEncoder(w).Encode(resp)
	}
}

// respond is the fake's answer to a REST request.
func (f *fakeDiscord) respond(r *http.Request, raw []byte) (int, any) {
	p := strings.Split(strings.TrimPrefix(r.URL.Path, "/api/v9/"), "/")
	switch {
	case r.Method == "GET" && r.URL.Path == "/api/v9/gateway":
		return 200, map[string]string{"url": "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/ws"}
	case r.Method == "PUT" && p[0] == "applications" && p[len(p)-1] == "commands":
		var cmds []map[string]any
		_ = json.Unmarshal(raw, &cmds)
		for _, c := range cmds {
			c["id"], c["application_id"] = f.nextID(), p[1]
		}
		return 200, cmds
	case r.Method == "POST" && p[0] == "interactions":
		return 204, nil
	case p[0] == "webhooks" && r.Method == "PATCH":
		return 200, map[string]any{"id": "orig-" + p[2], "channel_id": "c"}
	case p[0] == "webhooks" && r.Method == "POST":
		return 200, map[string]any{"id": f.nextID(), "channel_id": "c"}
	case p[0] == "channels" && len(p) == 1+1 && r.Method == "GET":
		f.mu.Lock()
		parent, thread := f.threads[p[1]]
		f.mu.Unlock()
		if thread {
			return 200, map[string]any{"id": p[1], "type": 11, "parent_id": parent, "guild_id": fakeGuild}
		}
		return 200, map[string]any{"id": p[1], "type": 0, "guild_id": fakeGuild}
	case p[0] == "channels" && len(p) == 3 && p[2] == "typing":
		return 204, nil
	case p[0] == "channels" && len(p) == 3 && p[2] == "messages" && r.Method == "POST":
		return 200, map[string]any{"id": f.nextID(), "channel_id": p[1], "author": map[string]any{"id": fakeBotID, "bot": true}}
	case p[0] == "channels" && len(p) == 4 && r.Method == "PATCH":
		return 200, map[string]any{"id": p[3], "channel_id": p[1]}
	}
	return 404, map[string]any{"message": "Unknown", "code": 0}
}

// gateway speaks the gateway protocol on one websocket connection.
func (f *fakeDiscord) gateway(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	c, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	f.write(c, map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 41250}})
	var ident struct {
		Op int            `json:"op"`
		D  map[string]any `json:"d"`
	}
	if err := c.ReadJSON(&ident); err != nil || ident.Op != 2 {
		return
	}
	f.mu.Lock()
	f.identify = append(f.identify, ident.D)
	reject := f.rejectIntents
	f.notify()
	f.mu.Unlock()
	if intents, _ := ident.D["intents"].(float64); int(intents)&reject != 0 {
		f.wmu.Lock()
		_ = c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4014, "Disallowed intent(s)."))
		f.wmu.Unlock()
		return
	}
	f.mu.Lock()
	f.conn = c
	f.notify()
	f.mu.Unlock()
	f.dispatch("READY", map[string]any{
		"v": 10, "session_id": "session", "guilds": []any{},
		"user":        map[string]any{"id": fakeBotID, "username": "citebot", "bot": true},
		"application": map[string]any{"id": fakeAppID},
	})
	for {
		var m struct {
			Op int `json:"op"`
		}
		if err := c.ReadJSON(&m); err != nil {
			return
		}
		if m.Op == 1 {
			f.write(c, map[string]any{"op": 11})
		}
	}
}

func (f *fakeDiscord) write(c *websocket.Conn, v any) {
	f.wmu.Lock()
	defer f.wmu.Unlock()
	_ = c.WriteJSON(v)
}

// dispatch sends an event (op 0) with the next sequence number.
func (f *fakeDiscord) dispatch(event string, d any) {
	f.mu.Lock()
	c := f.conn
	f.seq++
	seq := f.seq
	f.mu.Unlock()
	if c == nil {
		f.t.Fatalf("dispatch %s: gateway not connected", event)
	}
	f.write(c, map[string]any{"op": 0, "s": seq, "t": event, "d": d})
}

// wait waits until at least n recorded requests match, and returns them.
func (f *fakeDiscord) wait(n int, match func(fakeRequest) bool) []fakeRequest {
	f.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		f.mu.Lock()
		var got []fakeRequest
		for _, r := range f.reqs {
			if match(r) {
				got = append(got, r)
			}
		}
		ch := f.changed
		f.mu.Unlock()
		if len(got) >= n {
			return got
		}
		select {
		case <-ch:
		case <-deadline:
			f.t.Fatalf("timed out waiting for %d requests; have %d matching:\n%s", n, len(got), f.dump())
		}
	}
}

// requests returns the recorded requests that match.
func (f *fakeDiscord) requests(match func(fakeRequest) bool) []fakeRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	var got []fakeRequest
	for _, r := range f.reqs {
		if match(r) {
			got = append(got, r)
		}
	}
	return got
}

func (f *fakeDiscord) dump() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var b strings.Builder
	for _, r := range f.reqs {
		fmt.Fprintf(&b, "%s %s %.200s\n", r.Method, r.Path, r.Raw)
	}
	return b.String()
}

// Request matchers.
func is(method, p string) func(fakeRequest) bool {
	return func(r fakeRequest) bool { return r.Method == method && r.Path == p }
}

func under(method, p string) func(fakeRequest) bool {
	return func(r fakeRequest) bool { return r.Method == method && strings.HasPrefix(r.Path, p) }
}

// sendsMessage reports whether r creates or edits a message, or answers an
// interaction.
func sendsMessage(r fakeRequest) bool {
	switch {
	case strings.HasPrefix(r.Path, "/api/v9/interactions/"),
		strings.HasPrefix(r.Path, "/api/v9/webhooks/"):
		return r.Method == "POST" || r.Method == "PATCH"
	case strings.HasPrefix(r.Path, "/api/v9/channels/") && strings.Contains(r.Path, "/messages"):
		return r.Method == "POST" || r.Method == "PATCH"
	}
	return false
}

// content returns the message content r sends, wherever it is.
func content(r fakeRequest) string {
	if d, ok := r.Body["data"].(map[string]any); ok {
		s, _ := d["content"].(string)
		return s
	}
	s, _ := r.Body["content"].(string)
	return s
}

// allowedMentions returns the allowed_mentions object r sends, if any.
func allowedMentions(r fakeRequest) (map[string]any, bool) {
	b := r.Body
	if d, ok := b["data"].(map[string]any); ok {
		b = d
	}
	am, ok := b["allowed_mentions"].(map[string]any)
	return am, ok
}
