package discord

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot"
)

// commands are the slash commands, registered with a bulk overwrite.
func commands() []*discordgo.ApplicationCommand {
	minLen := 1
	return []*discordgo.ApplicationCommand{{
		Name:        "ask",
		Description: "Ask a question; the answer cites the documents",
		Options: []*discordgo.ApplicationCommandOption{{
			Type: discordgo.ApplicationCommandOptionString, Name: "question",
			Description: "Your question", Required: true, MinLength: &minLen, MaxLength: citebot.MaxQuestionBytes,
		}, {
			Type: discordgo.ApplicationCommandOptionBoolean, Name: "private",
			Description: "Only you see the answer",
		}},
	}, {
		Name:        "cite",
		Description: "Show a cited passage in context, or find where a quote occurs",
		Options: []*discordgo.ApplicationCommandOption{{
			Type: discordgo.ApplicationCommandOptionString, Name: "ref",
			Description: `A chunk ID such as doc#12, or "quoted text"`, Required: true, MinLength: &minLen, MaxLength: 1000,
		}},
	}, {
		Name:        "sources",
		Description: "List the documents I answer from",
	}, {
		Name:        "help",
		Description: "How to ask me questions",
	}}
}

// Friendly messages; causes go to the log.
const (
	msgSorry      = "Sorry — something went wrong on my side. Please try again in a moment."
	msgTimeout    = "That took too long to answer. Please try again, perhaps with a narrower question."
	msgDown       = "I can't reach the document index right now. Please try again in a minute."
	msgEmpty      = "Please ask a question — for example: what is this collection about?"
	msgLimited    = "Discord is rate-limiting me, so I could not send the answer. Please try again later."
	msgNoChannel  = "I'm not enabled in this channel."
	msgNoRole     = "You need one of the allowed roles to ask me questions."
	msgUnknownCmd = "I don't know that command; try /help."
)

// friendly is what a user is told about err. An index that cannot be
// reached (citebot.ErrUnavailable: a Weaviate cluster down) is said as
// such, even when the answer also ran out of time waiting for it.
func friendly(err error) string {
	switch {
	case errors.Is(err, citebot.ErrEmptyQuestion):
		return msgEmpty
	case errors.Is(err, citebot.ErrUnavailable):
		return msgDown
	case errors.Is(err, context.DeadlineExceeded):
		return msgTimeout
	}
	return msgSorry
}

// onInteraction handles INTERACTION_CREATE: slash commands.
func (b *Client) onInteraction(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	if !b.flight.enter() {
		return
	}
	defer b.flight.leave()
	if ic.Interaction == nil || ic.Type != discordgo.InteractionApplicationCommand {
		return
	}
	r := &interactionReply{b: b, i: ic.Interaction}
	defer b.recoverPanic("interaction", r)
	b.command(b.base, r)
}

// command runs the slash command of r.
func (b *Client) command(ctx context.Context, r *interactionReply) {
	i := r.i
	data := i.ApplicationCommandData()
	user, roles := interactionUser(i)
	if msg := b.permitted(ctx, i.GuildID, i.ChannelID, roles); msg != "" {
		r.notice(ctx, msg)
		return
	}
	switch data.Name {
	case "help":
		r.notice(ctx, helpText)
	case "sources":
		b.sources(ctx, r)
	case "ask", "cite":
		if !b.allowed(ctx, "slash", user, i.ChannelID, r) {
			return
		}
		if data.Name == "cite" {
			b.cite(ctx, r, optString(data, "ref"))
			return
		}
		r.ephemeral = optBool(data, "private")
		if err := r.ack(ctx); err != nil {
			b.log.Error("acknowledge interaction", "err", redact(err, b.cfg.Token))
			return
		}
		key := b.interactionKey(ctx, i, user)
		r.link = func(id string) { b.mem.link(id, key) }
		b.answer(ctx, r, query{text: optString(data, "question"), key: key, via: "slash",
			user: user, guild: i.GuildID, channel: i.ChannelID})
	default:
		r.notice(ctx, msgUnknownCmd)
	}
}

// sources lists the documents.
func (b *Client) sources(ctx context.Context, r *interactionReply) {
	if err := r.ack(ctx); err != nil {
		b.log.Error("acknowledge interaction", "err", redact(err, b.cfg.Token))
		return
	}
	b.show(ctx, r, renderSources(b.lib.Sources()))
}

// show sends text, split to Discord's limits, as the response of r.
func (b *Client) show(ctx context.Context, r *interactionReply, text string) {
	if err := r.finish(ctx, Split(text, MaxMessage)); err != nil {
		b.log.Error("send response", "err", redact(err, b.cfg.Token))
	}
}

// cite shows a chunk by ID, or where a quote occurs.
func (b *Client) cite(ctx context.Context, r *interactionReply, ref string) {
	if err := r.ack(ctx); err != nil {
		b.log.Error("acknowledge interaction", "err", redact(err, b.cfg.Token))
		return
	}
	ref = strings.TrimSpace(ref)
	quote, quoted := unquote(ref)
	if !quoted && isChunkID(ref) {
		c, err := b.lib.Chunk(ref)
		switch {
		case err == nil:
			b.show(ctx, r, renderContext(c))
			return
		case errors.Is(err, citebot.ErrNotFound) || errors.Is(err, citebot.ErrBadRef):
			b.show(ctx, r, fmt.Sprintf("There is no chunk %s. Chunk IDs look like `doc#12`; "+
				"each source of an answer shows one. To find a quote, put it in \"quotes\".", code(ref)))
			return
		default:
			b.log.Error("cite: chunk", "ref", ref, "err", err)
			r.fail(ctx, friendly(err))
			return
		}
	}
	ps, err := b.lib.FindQuote(quote, 3)
	if err != nil {
		b.log.Error("cite: find quote", "err", err)
		r.fail(ctx, friendly(err))
		return
	}
	b.show(ctx, r, renderMatches(quote, ps, b.lib.Text))
}

// unquote strips one pair of surrounding quotes from s.
func unquote(s string) (string, bool) {
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"'", "'"}, {"„", "“"}, {"«", "»"}} {
		if len(s) >= len(q[0])+len(q[1]) && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) {
			return strings.TrimSpace(s[len(q[0]) : len(s)-len(q[1])]), true
		}
	}
	return s, false
}

// isChunkID reports whether s looks like a chunk ID: one word with a '#'.
func isChunkID(s string) bool {
	return s != "" && strings.Contains(s, "#") && !strings.ContainsAny(s, " \t\n")
}

// interactionUser returns who ran an interaction and their roles.
func interactionUser(i *discordgo.Interaction) (string, []string) {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID, i.Member.Roles
	case i.User != nil:
		return i.User.ID, nil
	}
	return "", nil
}

func optString(d discordgo.ApplicationCommandInteractionData, name string) string {
	for _, o := range d.Options {
		if o.Name == name && o.Type == discordgo.ApplicationCommandOptionString {
			return o.StringValue()
		}
	}
	return ""
}

func optBool(d discordgo.ApplicationCommandInteractionData, name string) bool {
	for _, o := range d.Options {
		if o.Name == name && o.Type == discordgo.ApplicationCommandOptionBoolean {
			return o.BoolValue()
		}
	}
	return false
}
