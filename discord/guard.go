package discord

import (
	"context"
	"fmt"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// lookupTimeout bounds a channel lookup made before an interaction is
// acknowledged.
const lookupTimeout = 1500 * time.Millisecond

// channelInfo is what matters of a channel: whether it is a thread, and
// its parent.
type channelInfo struct {
	thread bool
	parent string
}

// channel looks a guild channel up in the session state, else by REST,
// and caches what it finds; a channel that cannot be looked up is taken
// to be a plain channel and not cached.
func (b *Client) channel(ctx context.Context, id string) channelInfo {
	if ci, ok := b.chans.get(id); ok {
		return ci
	}
	ch, err := b.s.State.Channel(id)
	if err != nil {
		ch, err = b.s.Channel(id, discordgo.WithContext(ctx))
	}
	if err != nil {
		b.log.Warn("look channel up", "channel", id, "err", redact(err, b.cfg.Token))
		return channelInfo{}
	}
	ci := channelInfo{thread: ch.IsThread(), parent: ch.ParentID}
	b.chans.put(id, ci)
	return ci
}

// permitted returns "" when the allow-lists let a user with roles ask in
// the channel, and otherwise what to tell them.
func (b *Client) permitted(ctx context.Context, guild, channel string, roles []string) string {
	if len(b.cfg.Roles) > 0 && !slices.ContainsFunc(roles, func(r string) bool {
		return slices.Contains(b.cfg.Roles, r)
	}) {
		return msgNoRole
	}
	if len(b.cfg.Channels) == 0 || slices.Contains(b.cfg.Channels, channel) {
		return ""
	}
	if guild != "" {
		// Interactions must be acknowledged within 3s: look the thread up quickly.
		ctx, cancel := context.WithTimeout(ctx, lookupTimeout)
		defer cancel()
		if ci := b.channel(ctx, channel); ci.thread && slices.Contains(b.cfg.Channels, ci.parent) {
			return ""
		}
	}
	return msgNoChannel
}

// allowed takes a question from the user's and the channel's rate limits;
// when either is spent it tells the user (at most once a minute for
// mentions, which cannot be answered privately) and returns false.
func (b *Client) allowed(ctx context.Context, via, user, channel string, r interface {
	notice(context.Context, string)
}) bool {
	ok, wait := allow(time.Now(), keyed{b.users, user}, keyed{b.channels, "c" + channel})
	if ok {
		return true
	}
	b.log.Info("rate limited", "via", via, "user", user, "channel", channel, "wait_ms", wait.Milliseconds())
	b.cfg.Metrics.limited(via)
	if via == "mention" {
		if quiet, _ := allow(time.Now(), keyed{b.notify, user}); !quiet {
			return false
		}
	}
	r.notice(ctx, fmt.Sprintf("You're asking faster than I can keep up — please try again in %s.", roundUp(wait)))
	return false
}

// roundUp formats d in whole seconds, at least one.
func roundUp(d time.Duration) string {
	s := int((d + time.Second - 1) / time.Second)
	if s <= 1 {
		return "a second"
	}
	return fmt.Sprintf("%d seconds", s)
}

// interactionKey is the conversation a slash command belongs to: its
// thread, its DM, or the user in the channel.
func (b *Client) interactionKey(ctx context.Context, i *discordgo.Interaction, user string) string {
	switch {
	case i.GuildID == "":
		return "dm:" + i.ChannelID
	case b.channel(ctx, i.ChannelID).thread:
		return "thread:" + i.ChannelID
	}
	return "chan:" + i.ChannelID + ":" + user
}

// messageKey is the conversation a message belongs to: that of the
// message it replies to, its thread, its DM, or a new reply chain.
func (b *Client) messageKey(ctx context.Context, m *discordgo.Message) string {
	if ref := m.MessageReference; ref != nil && ref.MessageID != "" {
		if k, ok := b.mem.conversationOf(ref.MessageID); ok {
			return k
		}
	}
	switch {
	case m.GuildID == "":
		return "dm:" + m.ChannelID
	case b.channel(ctx, m.ChannelID).thread:
		return "thread:" + m.ChannelID
	}
	return "msg:" + m.ID
}

// recoverPanic, deferred by handlers, logs a panic with its stack, tells
// the user something went wrong, and lets the bot keep running.
func (b *Client) recoverPanic(handler string, r replier) {
	v := recover()
	if v == nil {
		return
	}
	b.log.Error("handler panicked", "handler", handler,
		"panic", redact(fmt.Errorf("%v", v), b.cfg.Token), "stack", string(debug.Stack()))
	b.cfg.Metrics.panicked()
	defer func() { _ = recover() }() // telling the user must not panic again
	ctx, cancel := context.WithTimeout(context.WithoutCancel(b.base), 5*time.Second)
	defer cancel()
	r.fail(ctx, msgSorry)
}

// inflight counts handlers in progress, and refuses new ones once closed.
type inflight struct {
	mu     sync.Mutex
	closed bool
	wg     sync.WaitGroup
}

// enter registers a handler; false once closed.
func (f *inflight) enter() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return false
	}
	f.wg.Add(1)
	return true
}

func (f *inflight) leave() { f.wg.Done() }

func (f *inflight) close() {
	f.mu.Lock()
	f.closed = true
	f.mu.Unlock()
}

// wait waits up to d for the handlers in progress; false if they outlast it.
func (f *inflight) wait(d time.Duration) bool {
	done := make(chan struct{})
	go func() { f.wg.Wait(); close(done) }()
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}
