package discordtest

import (
	"fmt"
	"strings"
)

// Slash dispatches a slash command by user in channel of the guild, with
// options made by Opt, as interaction id; it returns the interaction's
// token, which the matchers of its responses take.
func (s *Server) Slash(id, channel, user, name string, opts ...map[string]any) (string, error) {
	if opts == nil {
		opts = []map[string]any{}
	}
	token := "tok-" + id
	return token, s.Dispatch("INTERACTION_CREATE", map[string]any{
		"id": "i" + id, "application_id": AppID, "type": 2, "token": token, "version": 1,
		"guild_id": GuildID, "channel_id": channel,
		"member": map[string]any{"user": map[string]any{"id": user, "username": user}, "roles": []string{"r1"}},
		"data":   map[string]any{"id": "cmd-" + name, "name": name, "type": 1, "options": opts},
	})
}

// Opt is a slash command option: a string, or a boolean.
func Opt(name string, value any) map[string]any {
	typ := 3
	if _, ok := value.(bool); ok {
		typ = 5
	}
	return map[string]any{"name": name, "type": typ, "value": value}
}

// Message dispatches MESSAGE_CREATE of text by author in channel of the
// guild; text holding <@BotID> mentions the bot. Fields of extra are
// merged in (e.g. "author", "message_reference", "referenced_message").
func (s *Server) Message(id, channel, author, text string, extra map[string]any) error {
	m := map[string]any{
		"id": id, "channel_id": channel, "guild_id": GuildID, "type": 0, "content": text,
		"author":   map[string]any{"id": author, "username": author},
		"member":   map[string]any{"roles": []string{"r1"}},
		"mentions": []any{},
	}
	if strings.Contains(text, "<@"+BotID+">") {
		m["mentions"] = []any{map[string]any{"id": BotID, "username": "citebot", "bot": true}}
	}
	for k, v := range extra {
		m[k] = v
	}
	return s.Dispatch("MESSAGE_CREATE", m)
}

// ReplyTo returns the fields that make a message a reply to message id,
// written by author, in channel.
func ReplyTo(id, channel, author string) map[string]any {
	return map[string]any{
		"type":              19,
		"message_reference": map[string]any{"message_id": id, "channel_id": channel},
		"referenced_message": map[string]any{"id": id, "channel_id": channel, "content": "…",
			"author": map[string]any{"id": author, "username": author, "bot": author == BotID}},
	}
}

// Is matches requests with this method and path.
func Is(method, path string) func(Request) bool {
	return func(r Request) bool { return r.Method == method && r.Path == path }
}

// Under matches requests with this method and a path under prefix.
func Under(method, prefix string) func(Request) bool {
	return func(r Request) bool { return r.Method == method && strings.HasPrefix(r.Path, prefix) }
}

// Callback matches the initial response to the interaction with token.
func Callback(token string) func(Request) bool {
	return func(r Request) bool {
		return r.Method == "POST" && strings.HasPrefix(r.Path, "/api/v9/interactions/") &&
			strings.HasSuffix(r.Path, "/"+token+"/callback")
	}
}

// Edit matches edits of the original response to the interaction.
func Edit(token string) func(Request) bool {
	return Is("PATCH", "/api/v9/webhooks/"+AppID+"/"+token+"/messages/@original")
}

// FollowUp matches follow-up messages of the interaction.
func FollowUp(token string) func(Request) bool {
	return Is("POST", "/api/v9/webhooks/"+AppID+"/"+token)
}

// ChannelMessages matches messages created in channel.
func ChannelMessages(channel string) func(Request) bool {
	return Is("POST", "/api/v9/channels/"+channel+"/messages")
}

// SendsMessage reports whether r creates or edits a message, or responds
// to an interaction.
func (r Request) SendsMessage() bool {
	if r.Method != "POST" && r.Method != "PATCH" {
		return false
	}
	return strings.HasPrefix(r.Path, "/api/v9/interactions/") || strings.HasPrefix(r.Path, "/api/v9/webhooks/") ||
		strings.HasPrefix(r.Path, "/api/v9/channels/") && strings.Contains(r.Path, "/messages")
}

// Content returns the message content r sends, wherever it is.
func (r Request) Content() string {
	if d, ok := r.Body["data"].(map[string]any); ok {
		c, _ := d["content"].(string)
		return c
	}
	c, _ := r.Body["content"].(string)
	return c
}

// Flags returns the message flags r sends.
func (r Request) Flags() int {
	b := r.Body
	if d, ok := b["data"].(map[string]any); ok {
		b = d
	}
	f, _ := b["flags"].(float64)
	return int(f)
}

// Pings returns a description of every recorded request that sends a
// message without allowed_mentions, or with allowed_mentions that could
// ping someone; none when every message is safe.
func (s *Server) Pings() []string {
	var out []string
	for _, r := range s.Requests(Request.SendsMessage) {
		b := r.Body
		if d, ok := b["data"].(map[string]any); ok {
			b = d
		}
		am, ok := b["allowed_mentions"].(map[string]any)
		if !ok {
			out = append(out, fmt.Sprintf("%s %s: no allowed_mentions", r.Method, r.Path))
			continue
		}
		parse, ok := am["parse"].([]any)
		if !ok || len(parse) != 0 || am["replied_user"] == true || am["users"] != nil || am["roles"] != nil {
			out = append(out, fmt.Sprintf("%s %s: allowed_mentions %v may ping", r.Method, r.Path, am))
		}
	}
	return out
}
