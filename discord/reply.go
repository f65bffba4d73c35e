package discord

import (
	"context"
	"errors"

	"github.com/bwmarrin/discordgo"
)

// replier is where an answer goes: an interaction's response, or replies
// to a message. A replier is used by one goroutine at a time.
type replier interface {
	// update shows text in progress (a streamed answer), editing in place.
	update(ctx context.Context, text string) error
	// finish shows the final pieces: the first in place of any progress,
	// the rest as further messages.
	finish(ctx context.Context, pieces []string) error
	// fail shows a short friendly error.
	fail(ctx context.Context, text string)
}

// noMentions allows no mention to ping: not @everyone, @here, roles,
// users, nor the author replied to. Parse must be an empty list, not null.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// deferral is the "thinking…" response that the answer is edited into.
func deferral(flags discordgo.MessageFlags) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: flags, AllowedMentions: noMentions()},
	}
}

// interactionReply answers an interaction: a deferred response edited in
// place, and follow-up messages for what does not fit.
type interactionReply struct {
	b         *Client
	i         *discordgo.Interaction
	ephemeral bool
	acked     bool            // a response was sent
	link      func(id string) // when not nil, called with the ID of each message sent
	http      *httpAck        // not nil when the interaction came over HTTP
}

func (r *interactionReply) flags() discordgo.MessageFlags {
	f := discordgo.MessageFlagsSuppressEmbeds
	if r.ephemeral {
		f |= discordgo.MessageFlagsEphemeral
	}
	return f
}

// ack acknowledges the interaction at once ("thinking…"); the answer is
// edited in later. Discord wants this within 3 seconds.
func (r *interactionReply) ack(ctx context.Context) error {
	if r.http != nil { // the HTTP response carries it (or already deferred)
		r.http.respond(deferral(r.flags()))
		r.acked = true
		return nil
	}
	err := r.b.s.InteractionRespond(r.i, deferral(r.flags()), discordgo.WithContext(ctx))
	r.acked = err == nil
	return err
}

// notice answers with a short message only the user sees.
func (r *interactionReply) notice(ctx context.Context, text string) {
	if r.acked {
		r.fail(ctx, text)
		return
	}
	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: text, AllowedMentions: noMentions(),
			Flags: discordgo.MessageFlagsEphemeral | discordgo.MessageFlagsSuppressEmbeds},
	}
	if r.http != nil {
		r.acked = true
		if !r.http.respond(resp) { // deferred already: edit the deferral
			r.fail(ctx, text)
		}
		return
	}
	err := r.b.s.InteractionRespond(r.i, resp, discordgo.WithContext(ctx))
	if err != nil {
		r.b.log.Error("interaction notice", "err", redact(err, r.b.cfg.Token))
		return
	}
	r.acked = true
}

func (r *interactionReply) update(ctx context.Context, text string) error {
	_, err := r.b.s.InteractionResponseEdit(r.i, &discordgo.WebhookEdit{
		Content: &text, AllowedMentions: noMentions(),
	}, discordgo.WithContext(ctx))
	return err
}

func (r *interactionReply) finish(ctx context.Context, pieces []string) error {
	if len(pieces) == 0 {
		pieces = []string{"(nothing to show)"}
	}
	m, err := r.b.s.InteractionResponseEdit(r.i, &discordgo.WebhookEdit{
		Content: &pieces[0], AllowedMentions: noMentions(),
	}, discordgo.WithContext(ctx))
	if err != nil {
		return err
	}
	r.record(m)
	for _, p := range pieces[1:] {
		m, err := r.b.s.FollowupMessageCreate(r.i, true, &discordgo.WebhookParams{
			Content: p, AllowedMentions: noMentions(), Flags: r.flags(),
		}, discordgo.WithContext(ctx))
		if err != nil {
			return err
		}
		r.record(m)
	}
	return nil
}

// fail edits the response into text; when that route is rate-limited it
// tries, once, a follow-up message, whose route may still be open.
func (r *interactionReply) fail(ctx context.Context, text string) {
	if !r.acked {
		r.notice(ctx, text)
		return
	}
	err := r.finish(ctx, []string{text})
	var rl *RateLimitError
	if errors.As(err, &rl) {
		_, err = r.b.s.FollowupMessageCreate(r.i, true, &discordgo.WebhookParams{
			Content: text, AllowedMentions: noMentions(), Flags: r.flags(),
		}, discordgo.WithContext(ctx))
	}
	if err != nil {
		r.b.log.Error("interaction error message", "err", redact(err, r.b.cfg.Token))
	}
}

func (r *interactionReply) record(m *discordgo.Message) {
	if m != nil && m.ID != "" && r.link != nil {
		r.link(m.ID)
	}
}

// messageReply answers a message with replies to it: the first created on
// the first update and edited after, further pieces sent after it.
type messageReply struct {
	b    *Client
	m    *discordgo.Message
	sent []string        // IDs of the messages sent
	link func(id string) // when not nil, called with the ID of each message sent
}

func (r *messageReply) send(ctx context.Context, text string, reply bool) error {
	ms := &discordgo.MessageSend{Content: text, AllowedMentions: noMentions(),
		Flags: discordgo.MessageFlagsSuppressEmbeds}
	if reply {
		ms.Reference = r.m.SoftReference()
	}
	m, err := r.b.s.ChannelMessageSendComplex(r.m.ChannelID, ms, discordgo.WithContext(ctx))
	if err == nil && m != nil {
		r.sent = append(r.sent, m.ID)
		if r.link != nil {
			r.link(m.ID)
		}
	}
	return err
}

func (r *messageReply) edit(ctx context.Context, id, text string) error {
	_, err := r.b.s.ChannelMessageEditComplex(&discordgo.MessageEdit{
		ID: id, Channel: r.m.ChannelID, Content: &text, AllowedMentions: noMentions(),
	}, discordgo.WithContext(ctx))
	return err
}

func (r *messageReply) update(ctx context.Context, text string) error {
	if len(r.sent) == 0 {
		return r.send(ctx, text, true)
	}
	return r.edit(ctx, r.sent[0], text)
}

func (r *messageReply) finish(ctx context.Context, pieces []string) error {
	if len(pieces) == 0 {
		return nil
	}
	if err := r.update(ctx, pieces[0]); err != nil {
		return err
	}
	for _, p := range pieces[1:] {
		if err := r.send(ctx, p, false); err != nil {
			return err
		}
	}
	return nil
}

func (r *messageReply) fail(ctx context.Context, text string) {
	if err := r.update(ctx, text); err != nil {
		r.b.log.Error("reply error message", "err", redact(err, r.b.cfg.Token))
	}
}
