package discord

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"
)

const msgMentionHelp = "Ask me a question after the mention — for example: @me what is this collection about? Or try /help."

// onMessage handles MESSAGE_CREATE: questions that mention the bot, reply
// to it, or come by DM. It ignores bots, webhooks and itself.
func (b *Client) onMessage(_ *discordgo.Session, mc *discordgo.MessageCreate) {
	if !b.flight.enter() {
		return
	}
	defer b.flight.leave()
	m := mc.Message
	self := b.self().ID
	if m == nil || m.Author == nil || m.Author.Bot || m.Author.ID == self || m.WebhookID != "" || self == "" {
		return
	}
	text, mentioned, ok := addressed(m, self)
	if !ok {
		return
	}
	r := &messageReply{b: b, m: m}
	defer b.recoverPanic("message", r)
	ctx := b.base
	var roles []string
	if m.Member != nil {
		roles = m.Member.Roles
	}
	if msg := b.permitted(ctx, m.GuildID, m.ChannelID, roles); msg != "" {
		b.log.Debug("message not permitted", "channel", m.ChannelID, "user", m.Author.ID, "why", msg)
		return
	}
	if text == "" {
		if mentioned { // a reply without a mention has no content without the intent
			r.fail(ctx, msgMentionHelp)
		}
		return
	}
	if !b.allowed(ctx, "mention", m.Author.ID, m.ChannelID, noticer{r}) {
		return
	}
	key := b.messageKey(ctx, m)
	b.mem.link(m.ID, key)
	r.link = func(id string) { b.mem.link(id, key) }
	if err := b.s.ChannelTyping(m.ChannelID, discordgo.WithContext(ctx)); err != nil {
		b.log.Debug("typing indicator", "err", redact(err, b.cfg.Token))
	}
	b.answer(ctx, r, query{text: text, key: key, via: "mention", user: m.Author.ID,
		guild: m.GuildID, channel: m.ChannelID})
}

// addressed returns the question of a message addressed to the bot: one
// that mentions it, replies to it, or comes by DM; mentioned tells whether
// it mentions the bot.
func addressed(m *discordgo.Message, self string) (text string, mentioned, ok bool) {
	for _, u := range m.Mentions {
		mentioned = mentioned || (u != nil && u.ID == self)
	}
	reply := m.ReferencedMessage != nil && m.ReferencedMessage.Author != nil &&
		m.ReferencedMessage.Author.ID == self
	if !mentioned && !reply && m.GuildID != "" {
		return "", false, false
	}
	text = strings.NewReplacer("<@"+self+">", " ", "<@!"+self+">", " ").Replace(m.Content)
	return strings.TrimSpace(text), mentioned || m.GuildID == "", true
}

// noticer tells a mention's author something by replying.
type noticer struct{ r *messageReply }

func (n noticer) notice(ctx context.Context, text string) { n.r.fail(ctx, text) }
