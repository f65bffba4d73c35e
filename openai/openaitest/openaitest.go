// Package openaitest is a fake OpenAI-compatible server for tests. It
// speaks the real wire format: chat completions as a JSON body or as an SSE
// stream of "data: {...}" chunks ending with "data: [DONE]", embeddings,
// and error bodies such as {"error":{"message":...,"type":...,"code":...}}.
package openaitest

import (
	"encoding/json"
	"hash/fnv"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

// Reply scripts one response of the server.
type Reply struct {
	// Status is the HTTP status; zero means 200.
	Status int
	// Header holds extra response headers, e.g. Retry-After.
	Header map[string]string
	// Body, when not "", is sent as it is instead of a generated body.
	Body string
	// Text is the assistant's answer: a JSON completion, or for a stream
	// SSE chunks of Chunks (nil means Text cut after each space).
	Text   string
	Chunks []string
	// Cut aborts a stream's connection after its chunks: no finish reason,
	// no [DONE].
	Cut bool
	// Repeat sends a stream's chunks this many times (zero means once);
	// the stream stops early, noted by HungUp, when the client goes away.
	Repeat int
	// Delay is waited before answering (or until the client goes away).
	Delay time.Duration
}

// ErrorBody returns an OpenAI error body.
func ErrorBody(message, typ string, code any) string {
	b, _ := json.Marshal(map[string]any{"error": map[string]any{"message": message, "type": typ, "code": code}})
	return string(b)
}

// ChatRequest is a chat completion request as the server received it.
type ChatRequest struct {
	Model    string `json:"model"`
	Messages []struct {
		Role    string `json:"role"`
		Content string `json:"content"`
	} `json:"messages"`
	Stream        bool     `json:"stream"`
	Temperature   *float64 `json:"temperature"`
	MaxTokens     int      `json:"max_tokens"`
	Authorization string   `json:"-"`
}

// Server is a fake OpenAI-compatible server; use URL as the base URL. Its
// exported fields must be set before the first request. It is safe for
// concurrent use.
type Server struct {
	*httptest.Server
	// EmbedDim is the dimension of embedding vectors; zero means 8.
	EmbedDim int
	// EmbedDelay is waited in every embeddings request.
	EmbedDelay time.Duration
	// EmbedGate, when not nil, holds every embeddings request, once it is
	// counted in flight, until a value is received from it (or the client
	// goes away). With Arrived, tests observe concurrency by events.
	EmbedGate chan struct{}

	mu           sync.Mutex
	replies      []Reply // chat replies, in order; the last repeats
	embedReplies []Reply // embeddings replies used before normal ones
	chats        []ChatRequest
	embedCalls   int
	embedInputs  int
	inFlight     int
	maxInFlight  int
	arrived      chan struct{}
	hungUp       chan struct{}
}

// New starts a server answering chat requests with replies in order (the
// last one repeats). Close it when done.
func New(replies ...Reply) *Server {
	s := &Server{replies: replies, arrived: make(chan struct{}, 4096), hungUp: make(chan struct{}, 4096)}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", s.chat)
	mux.HandleFunc("POST /v1/embeddings", s.embeddings)
	s.Server = httptest.NewServer(mux)
	return s
}

// URL is the server's base URL, ending in /v1.
func (s *Server) URL() string { return s.Server.URL + "/v1" }

// FailEmbeddings makes the next embeddings requests answer with replies
// (status, headers, body) before normal answers resume.
func (s *Server) FailEmbeddings(replies ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.embedReplies = append(s.embedReplies, replies...)
}

// Chats returns the chat requests received so far.
func (s *Server) Chats() []ChatRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ChatRequest(nil), s.chats...)
}

// Arrived receives a value each time an embeddings request starts being
// served (it is counted in flight); values past the 4096th are dropped.
func (s *Server) Arrived() <-chan struct{} { return s.arrived }

// HungUp receives a value each time a stream stops before its end
// because the client went away; values past the 4096th are dropped.
func (s *Server) HungUp() <-chan struct{} { return s.hungUp }

// MaxInFlight returns the most embeddings requests that were being served
// at the same time.
func (s *Server) MaxInFlight() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.maxInFlight
}

// EmbedCalls returns how many embeddings requests arrived and how many
// inputs they carried in all.
func (s *Server) EmbedCalls() (requests, inputs int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.embedCalls, s.embedInputs
}

func (s *Server) chat(w http.ResponseWriter, r *http.Request) {
	var req ChatRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, ErrorBody("bad json: "+err.Error(), "invalid_request_error", nil), http.StatusBadRequest)
		return
	}
	req.Authorization = r.Header.Get("Authorization")
	s.mu.Lock()
	s.chats = append(s.chats, req)
	rep := Reply{Text: "ok"}
	if len(s.replies) > 0 {
		rep = s.replies[0]
		if len(s.replies) > 1 {
			s.replies = s.replies[1:]
		}
	}
	s.mu.Unlock()
	if !wait(r, rep.Delay) {
		return
	}
	if done := raw(w, rep); done {
		return
	}
	if req.Stream {
		if !stream(w, r, rep) {
			select {
			case s.hungUp <- struct{}{}:
			default:
			}
		}
		return
	}
	writeJSON(w, map[string]any{
		"id": "chatcmpl-test", "object": "chat.completion", "created": 1, "model": req.Model,
		"choices": []any{map[string]any{"index": 0, "message": map[string]any{"role": "assistant", "content": rep.Text}, "finish_reason": "stop"}},
		"usage":   map[string]any{"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
	})
}

// raw writes rep's headers, and its status and body when it has them
// (as JSON unless the headers give a Content-Type); it reports whether
// the response is complete.
func raw(w http.ResponseWriter, rep Reply) bool {
	for k, v := range rep.Header {
		w.Header().Set(k, v)
	}
	if rep.Body == "" && (rep.Status == 0 || rep.Status == http.StatusOK) {
		return false
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(max(rep.Status, http.StatusOK))
	w.Write([]byte(rep.Body))
	return true
}

// stream writes rep as SSE chunks; it reports false when the client went
// away before the end.
func stream(w http.ResponseWriter, r *http.Request, rep Reply) bool {
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	chunks := rep.Chunks
	if chunks == nil {
		chunks = strings.SplitAfter(rep.Text, " ")
	}
	event(w, map[string]any{"role": "assistant", "content": ""}, nil)
	for range max(rep.Repeat, 1) {
		for _, c := range chunks {
			if r.Context().Err() != nil {
				return false
			}
			event(w, map[string]any{"content": c}, nil)
		}
	}
	if rep.Cut {
		panic(http.ErrAbortHandler) // drops the connection mid-stream
	}
	event(w, map[string]any{}, "stop")
	w.Write([]byte("data: [DONE]\n\n"))
	return true
}

func event(w http.ResponseWriter, delta map[string]any, finish any) {
	b, _ := json.Marshal(map[string]any{
		"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 1, "model": "test",
		"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}},
	})
	w.Write([]byte("data: " + string(b) + "\n\n"))
	w.(http.Flusher).Flush()
}

func (s *Server) embeddings(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Input []string `json:"input"`
		Model string   `json:"model"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, ErrorBody("bad json: "+err.Error(), "invalid_request_error", nil), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.embedCalls++
	s.embedInputs += len(req.Input)
	var rep *Reply
	if len(s.embedReplies) > 0 {
		rep = &s.embedReplies[0]
		s.embedReplies = s.embedReplies[1:]
	}
	dim := s.EmbedDim
	s.inFlight++
	s.maxInFlight = max(s.maxInFlight, s.inFlight)
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.inFlight--
		s.mu.Unlock()
	}()
	select {
	case s.arrived <- struct{}{}:
	default:
	}
	if s.EmbedGate != nil {
		select {
		case <-s.EmbedGate:
		case <-r.Context().Done():
			return
		}
	}
	if !wait(r, s.EmbedDelay) || rep != nil && (!wait(r, rep.Delay) || raw(w, *rep)) {
		return
	}
	data := make([]any, len(req.Input))
	for i, in := range req.Input {
		data[i] = map[string]any{"object": "embedding", "index": i, "embedding": Vector(in, dim)}
	}
	writeJSON(w, map[string]any{"object": "list", "data": data, "model": req.Model, "usage": map[string]any{"prompt_tokens": 1, "total_tokens": 1}})
}

// Vector is the deterministic embedding the server gives text: dim values
// (zero means 8) derived from a hash of text.
func Vector(text string, dim int) []float32 {
	if dim <= 0 {
		dim = 8
	}
	h := fnv.New64a()
	h.Write([]byte(text))
	x := h.Sum64()
	v := make([]float32, dim)
	for i := range v {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		v[i] = float32(x%1000)/500 - 1
	}
	return v
}

// wait sleeps d unless the client goes away first; it reports whether the
// client is still there.
func wait(r *http.Request, d time.Duration) bool {
	if d <= 0 {
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
		return false
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}
