package discord

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// errGatewayStopped refuses gateway dials once the client is stopping.
var errGatewayStopped = errors.New("gateway stopped")

// maxReconnectWait bounds the backoff between reconnection attempts.
const maxReconnectWait = 10 * time.Minute

// dialer dials the gateway's connections and can stop: then it refuses
// new dials and closes the connections of an Open still under way, so
// that nothing reconnects after Run has decided to stop. It is safe for
// concurrent use.
type dialer struct {
	stopCtx context.Context
	stopFn  context.CancelFunc

	mu      sync.Mutex
	opening map[net.Conn]struct{} // dialed by an Open still under way
}

func newDialer() *dialer {
	ctx, cancel := context.WithCancel(context.Background())
	return &dialer{stopCtx: ctx, stopFn: cancel, opening: map[net.Conn]struct{}{}}
}

// dial is the websocket dialer's NetDialContext.
func (d *dialer) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer context.AfterFunc(d.stopCtx, cancel)()
	conn, err := (&net.Dialer{}).DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.stopCtx.Err() != nil {
		conn.Close()
		return nil, errGatewayStopped
	}
	d.opening[conn] = struct{}{}
	return conn, nil
}

// opened marks the end of an Open: its connection, if any, is the
// session's now.
func (d *dialer) opened() {
	d.mu.Lock()
	defer d.mu.Unlock()
	clear(d.opening)
}

// stop refuses new dials and closes the connections of an Open under way.
func (d *dialer) stop() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.stopFn()
	for c := range d.opening {
		c.Close()
	}
	clear(d.opening)
}

// keepConnected reopens the session's gateway connection each time it
// drops (discordgo's own reconnecting is off: it cannot be stopped, and
// could reopen the connection after Run closed it), retrying with backoff,
// until ctx is done. lost receives a value on every disconnect.
func keepConnected(ctx context.Context, s *discordgo.Session, d *dialer, lost <-chan struct{}, log *slog.Logger, token string) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-lost:
		}
		for wait := time.Second; ctx.Err() == nil; wait = min(2*wait, maxReconnectWait) {
			err := s.Open()
			d.opened()
			if err == nil || errors.Is(err, discordgo.ErrWSAlreadyOpen) || ctx.Err() != nil {
				break
			}
			log.Warn("reconnect to discord", "err", redact(err, token), "retry_in", wait.String())
			select {
			case <-ctx.Done():
			case <-time.After(wait):
			}
		}
	}
}
