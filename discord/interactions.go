package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// httpAckWait is how long the interactions endpoint waits for a command's
// first response before it defers the interaction itself: Discord wants an
// answer to the HTTP request within 3 seconds.
const httpAckWait = 2500 * time.Millisecond

// maxInteractionBytes bounds the body of one interaction request.
const maxInteractionBytes = 1 << 20

// httpAck carries the first response of an interaction that arrived over
// HTTP to the HTTP response, which must hold it; later messages are edits
// and follow-ups over REST, as on the gateway. It is safe for concurrent use.
type httpAck struct {
	mu   sync.Mutex
	done bool
	ch   chan *discordgo.InteractionResponse
}

func newHTTPAck() *httpAck { return &httpAck{ch: make(chan *discordgo.InteractionResponse, 1)} }

// respond hands resp to the HTTP response; false when the endpoint has
// already answered (it deferred the interaction itself).
func (h *httpAck) respond(resp *discordgo.InteractionResponse) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.done {
		return false
	}
	h.done = true
	h.ch <- resp
	return true
}

// claim lets the endpoint answer itself; false when a response came first.
func (h *httpAck) claim() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.done {
		return false
	}
	h.done = true
	return true
}

// InteractionsHandler returns the handler of an HTTP interactions endpoint
// (the application's "Interactions Endpoint URL"): it checks each
// request's Ed25519 signature against publicKey (401 when it is missing or
// wrong), answers PING with PONG, and runs slash commands as the gateway
// does, their first response in the HTTP response and the rest by editing
// it over REST. Stateless replicas can serve it behind a load balancer;
// mentions still need a gateway (Run). Commands run under ctx; the
// handler is safe for concurrent use.
func (b *Client) InteractionsHandler(ctx context.Context, publicKey ed25519.PublicKey) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "POST only", http.StatusMethodNotAllowed)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxInteractionBytes)
		if !discordgo.VerifyInteraction(r, publicKey) {
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		var i discordgo.Interaction
		if err := json.NewDecoder(r.Body).Decode(&i); err != nil {
			http.Error(w, "malformed interaction", http.StatusBadRequest)
			return
		}
		switch i.Type {
		case discordgo.InteractionPing:
			writeInteraction(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		case discordgo.InteractionApplicationCommand:
			b.serveCommand(ctx, w, &i)
		default:
			http.Error(w, "unsupported interaction type", http.StatusBadRequest)
		}
	})
}

// serveCommand runs the command of i in the background and writes its
// first response, or a deferral when none comes within httpAckWait.
func (b *Client) serveCommand(ctx context.Context, w http.ResponseWriter, i *discordgo.Interaction) {
	if !b.flight.enter() {
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	r := &interactionReply{b: b, i: i, http: newHTTPAck()}
	go func() {
		defer b.flight.leave()
		defer b.recoverPanic("interaction", r)
		b.command(ctx, r)
	}()
	timer := time.NewTimer(httpAckWait)
	defer timer.Stop()
	select {
	case resp := <-r.http.ch:
		writeInteraction(w, resp)
	case <-timer.C:
		if r.http.claim() {
			writeInteraction(w, deferral(r.flags()))
			return
		}
		writeInteraction(w, <-r.http.ch)
	}
}

func writeInteraction(w http.ResponseWriter, resp *discordgo.InteractionResponse) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(resp)
}

// ServeInteractions registers the slash commands and serves the HTTP
// interactions endpoint on ln until ctx is done; then it stops taking
// requests and waits up to Config.ShutdownTimeout for answers in progress.
// It returns nil after a clean shutdown.
func (b *Client) ServeInteractions(ctx context.Context, ln net.Listener, publicKey ed25519.PublicKey) error {
	if err := b.learnApplication(); err != nil {
		ln.Close()
		return err
	}
	if _, err := b.register(ctx); err != nil {
		ln.Close()
		return err
	}
	srv := &http.Server{Handler: b.InteractionsHandler(context.WithoutCancel(ctx), publicKey),
		ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), b.cfg.ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	b.flight.close()
	if !b.flight.wait(b.cfg.ShutdownTimeout) {
		b.log.Warn("answers still running at shutdown")
	}
	if err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return nil
}

// learnApplication asks Discord which application the token belongs to,
// as READY tells a gateway connection.
func (b *Client) learnApplication() error {
	app, err := b.s.Application("@me")
	if err != nil {
		return fmt.Errorf("look up the application: %s", redact(err, b.cfg.Token))
	}
	st := b.s.State
	st.Lock()
	st.Application = app
	st.Unlock()
	return nil
}
