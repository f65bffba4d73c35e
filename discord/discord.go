// Package discord runs citebot as a Discord bot over discordgo: slash
// commands (/ask, /cite, /sources, /help), questions by mention with
// follow-ups in reply chains and threads, and answers rendered with their
// citations, split to Discord's limits, and sent with allowed mentions set
// to none so that nothing in a document or an answer can ping anyone.
package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/citebot/citebot"
)

// Defaults for the zero values of Config.
const (
	defaultAnswerTimeout   = 2 * time.Minute
	defaultEditInterval    = time.Second
	defaultMaxTurns        = 4
	defaultMaxConvs        = 1000
	defaultShutdownTimeout = 10 * time.Second
	sendTimeout            = 30 * time.Second // sending one answer, all its messages
	// closeDisallowedIntents is the gateway close code for privileged
	// intents the application has not been granted.
	closeDisallowedIntents = 4014
)

// Sentinel errors for expected cases.
var (
	// ErrNoToken is returned by New without a bot token.
	ErrNoToken = errors.New("no Discord bot token")
	// ErrRunning is returned by Run when the Client already ran.
	ErrRunning = errors.New("discord bot already ran")
)

// Config configures a Client. Only Token is required; zero values of the
// others mean the defaults documented on each field.
type Config struct {
	// Token is the bot token, with or without its "Bot " prefix.
	Token string
	// GuildID registers the commands to one guild, where they are
	// available at once; "" registers them globally.
	GuildID string
	// APIBase is where REST calls and gateway discovery go, e.g. a REST
	// proxy; "" means https://discord.com.
	APIBase string
	// Channels and Roles are allow-lists of IDs; empty means all. A thread
	// is allowed when its parent channel is.
	Channels, Roles []string
	// UserLimit and ChannelLimit rate-limit questions per user and per
	// channel; zero means 3 at once then one per 10s per user, and 10 at
	// once then one per 2s per channel.
	UserLimit, ChannelLimit Limit
	// AnswerTimeout bounds one answer; zero means 2 minutes.
	AnswerTimeout time.Duration
	// EditInterval is the least time between edits of a streamed answer;
	// zero means one second.
	EditInterval time.Duration
	// MaxTurns is how many turns of a conversation are remembered; zero
	// means 4. MaxConversations bounds the conversations remembered; zero
	// means 1000.
	MaxTurns, MaxConversations int
	// ShutdownTimeout is how long Run waits for answers in progress when
	// its context ends; zero means 10s.
	ShutdownTimeout time.Duration
	// Metrics, when not nil, counts questions, latencies and rate limits.
	Metrics *Metrics
	// ShardID and ShardCount run the Client as one shard of a bot that
	// Discord splits over several gateway connections (RunShards does it
	// for a set of shards); ShardCount ≤ 1 means no sharding. Only shard 0
	// registers the slash commands.
	ShardID, ShardCount int
}

// withDefaults returns c with its zero values replaced by defaults.
func (c Config) withDefaults() Config {
	c.Token = strings.TrimSpace(c.Token)
	if c.Token != "" && !strings.HasPrefix(c.Token, "Bot ") {
		c.Token = "Bot " + c.Token
	}
	if c.UserLimit.Every <= 0 || c.UserLimit.Burst <= 0 {
		c.UserLimit = Limit{Every: 10 * time.Second, Burst: 3}
	}
	if c.ChannelLimit.Every <= 0 || c.ChannelLimit.Burst <= 0 {
		c.ChannelLimit = Limit{Every: 2 * time.Second, Burst: 10}
	}
	c.AnswerTimeout = or(c.AnswerTimeout, defaultAnswerTimeout)
	c.EditInterval = or(c.EditInterval, defaultEditInterval)
	c.ShutdownTimeout = or(c.ShutdownTimeout, defaultShutdownTimeout)
	c.MaxTurns = or(c.MaxTurns, defaultMaxTurns)
	c.MaxConversations = or(c.MaxConversations, defaultMaxConvs)
	return c
}

func or[T int | time.Duration](v, def T) T {
	if v <= 0 {
		return def
	}
	return v
}

// Asker answers questions; *bot.Bot satisfies it. Implementations must be
// safe for concurrent use.
type Asker interface {
	Ask(ctx context.Context, q citebot.Question) (*citebot.Answer, error)
}

// Client is the Discord client of citebot: a bot account answering from an Asker and a Library. Create it
// with New and serve with Run. Its handlers run concurrently; a panic in
// one is recovered and logged, and the bot keeps running.
type Client struct {
	cfg   Config
	asker Asker
	lib   citebot.Library
	log   *slog.Logger
	s     *discordgo.Session

	mem                     *memory
	users, channels, notify *limiter
	chans                   *lru[string, channelInfo]
	flight                  inflight
	running                 atomic.Bool
	ready                   chan struct{} // closed once commands are registered
	gw                      *dialer
	lost                    chan struct{} // a value on every gateway disconnect

	// base is the context of handlers; set by Run before the session opens
	// and cancelled when Run gives up waiting for them.
	base context.Context
}

// New returns a Client that answers with asker and looks citations and
// sources up in lib. It does not connect: Run does. It returns ErrNoToken
// without cfg.Token, and an error for a malformed cfg.APIBase.
func New(cfg Config, asker Asker, lib citebot.Library, logger *slog.Logger) (*Client, error) {
	cfg = cfg.withDefaults()
	if cfg.Token == "" {
		return nil, ErrNoToken
	}
	if asker == nil || lib == nil {
		return nil, errors.New("discord: nil asker or library")
	}
	if logger == nil {
		logger = slog.Default()
	}
	client, err := newClient(cfg.APIBase)
	if err != nil {
		return nil, err
	}
	s, err := discordgo.New(cfg.Token)
	if err != nil {
		return nil, fmt.Errorf("new session: %w", err)
	}
	s.Client = client
	if cfg.ShardCount > 1 {
		s.ShardID, s.ShardCount = cfg.ShardID, cfg.ShardCount
	}
	gw := newDialer()
	s.Dialer = &websocket.Dialer{HandshakeTimeout: 15 * time.Second, Proxy: websocket.DefaultDialer.Proxy, NetDialContext: gw.dial}
	s.ShouldReconnectOnError = false  // Run reconnects, and stops doing so when it stops
	s.LogLevel = discordgo.LogWarning // LogDebug would print the identify packet, token and all
	s.Identify.Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages |
		discordgo.IntentsDirectMessages | discordgo.IntentsMessageContent
	s.State.TrackMembers, s.State.TrackRoles, s.State.TrackEmojis = false, false, false
	s.State.TrackPresences, s.State.TrackVoice, s.State.TrackStickers = false, false, false
	maxKeys := cfg.MaxConversations * 4
	return &Client{
		cfg: cfg, asker: asker, lib: lib, log: logger, s: s,
		mem:      newMemory(cfg.MaxTurns, cfg.MaxConversations),
		users:    newLimiter(cfg.UserLimit, maxKeys),
		channels: newLimiter(cfg.ChannelLimit, maxKeys),
		notify:   newLimiter(Limit{Every: time.Minute, Burst: 1}, maxKeys),
		chans:    newLRU[string, channelInfo](maxKeys),
		ready:    make(chan struct{}),
		gw:       gw,
		lost:     make(chan struct{}, 1),
	}, nil
}

// Run connects to Discord, registers the slash commands with a bulk
// overwrite, and serves until ctx is done, reconnecting when the gateway
// drops; then it stops reconnecting (a reconnection under way is
// abandoned), stops taking events, waits up to Config.ShutdownTimeout for
// answers in progress, and closes the connection. It returns nil after a clean shutdown and an error when
// it cannot connect or register the commands. Run may be called once.
func (b *Client) Run(ctx context.Context) error {
	if !b.running.CompareAndSwap(false, true) {
		return ErrRunning
	}
	base, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	b.base = base
	b.s.AddHandler(b.onInteraction)
	b.s.AddHandler(b.onMessage)
	b.s.AddHandler(b.onDisconnect)
	if err := b.open(); err != nil {
		b.gw.stop()
		return fmt.Errorf("connect to discord: %s", redact(err, b.cfg.Token))
	}
	loopCtx, stopLoop := context.WithCancel(base)
	loopDone := make(chan struct{})
	go func() {
		defer close(loopDone)
		keepConnected(loopCtx, b.s, b.gw, b.lost, b.log, b.cfg.Token)
	}()
	stop := func() { // nothing reconnects past this
		b.gw.stop()
		stopLoop()
		<-loopDone
		b.close(cancel)
	}
	n, err := 0, error(nil)
	if b.cfg.ShardCount <= 1 || b.cfg.ShardID == 0 {
		n, err = b.register(ctx)
	}
	if err != nil {
		stop()
		if ctx.Err() != nil {
			return nil // stopped while starting
		}
		return err
	}
	close(b.ready)
	b.log.Info("discord bot ready", "user", b.self().Username, "user_id", b.self().ID,
		"commands", n, "scope", nonEmpty(b.cfg.GuildID, "global"),
		"message_content", b.s.Identify.Intents&discordgo.IntentsMessageContent != 0)
	<-ctx.Done()
	stop()
	return nil
}

// onDisconnect wakes the reconnecting loop.
func (b *Client) onDisconnect(*discordgo.Session, *discordgo.Disconnect) {
	select {
	case b.lost <- struct{}{}:
	default:
	}
}

// Ready is closed once Run has connected and registered the commands.
func (b *Client) Ready() <-chan struct{} { return b.ready }

// open opens the gateway session, retrying without the privileged message
// content intent when the application has not been granted it.
func (b *Client) open() error {
	defer b.gw.opened()
	err := b.s.Open()
	var ce *websocket.CloseError
	if errors.As(err, &ce) && ce.Code == closeDisallowedIntents {
		b.log.Warn("the message content intent is not enabled for this application; " +
			"mentions still work, replies without a mention are not seen")
		b.s.Identify.Intents &^= discordgo.IntentsMessageContent
		err = b.s.Open()
	}
	return err
}

// register bulk-overwrites the slash commands and returns how many.
func (b *Client) register(ctx context.Context) (int, error) {
	appID := b.appID()
	if appID == "" {
		return 0, errors.New("register commands: no application ID in READY")
	}
	cmds, err := b.s.ApplicationCommandBulkOverwrite(appID, b.cfg.GuildID, commands(), discordgo.WithContext(ctx))
	if err != nil {
		return 0, fmt.Errorf("register commands: %s", redact(err, b.cfg.Token))
	}
	return len(cmds), nil
}

// close stops taking events, waits for handlers in progress, cancels those
// that outlast the shutdown timeout, and closes the session.
func (b *Client) close(cancel context.CancelFunc) {
	b.flight.close()
	if !b.flight.wait(b.cfg.ShutdownTimeout) {
		b.log.Warn("answers still in progress at shutdown; cancelling them")
		cancel()
		b.flight.wait(2 * time.Second)
	}
	if err := b.s.Close(); err != nil {
		b.log.Warn("close discord session", "err", redact(err, b.cfg.Token))
	}
	b.log.Info("discord bot stopped")
}

// self is the bot's own user, from READY; the zero User before it.
func (b *Client) self() discordgo.User {
	st := b.s.State
	st.RLock()
	defer st.RUnlock()
	if st.User == nil {
		return discordgo.User{}
	}
	return *st.User
}

// appID is the application's ID, from READY.
func (b *Client) appID() string {
	st := b.s.State
	st.RLock()
	defer st.RUnlock()
	if st.Application != nil && st.Application.ID != "" {
		return st.Application.ID
	}
	if st.User != nil {
		return st.User.ID
	}
	return ""
}

func nonEmpty(v, def string) string {
	if v == "" {
		return def
	}
	return v
}
