package discord

import (
	"strings"
	"testing"

	"github.com/citebot/citebot/discord/discordtest"
)

// TestLongRateLimitFailsFast: when Discord rate-limits the edit of a
// slash answer for an hour, the bot does not sit it out: it logs a
// warning with the route (no token), tells the user with a follow-up, and
// does not hit the limited route again.
func TestLongRateLimitFailsFast(t *testing.T) {
	edits := discordtest.Under("PATCH", "/api/v9/webhooks/")
	h := start(t, Config{}, &fakeAsker{}, func(f *discordtest.Server) { f.RateLimit(edits, 3600, false, 0) })
	tok := h.slash("c1", "u1", "ask", discordtest.Opt("question", "who built the lighthouse?"))
	if got := h.wait(1, discordtest.FollowUp(tok))[0].Content(); got != msgLimited {
		t.Errorf("follow-up %q, want %q", got, msgLimited)
	}
	if n := len(h.f.Requests(edits)); n != 1 {
		t.Errorf("%d edits sent, want 1: the limit is remembered", n)
	}
	eventually(t, "the warning", func() bool { return strings.Contains(h.logs.String(), "answer not sent") })
	logs := h.logs.String()
	if !strings.Contains(logs, "level=WARN") || !strings.Contains(logs, "route=\"PATCH /api/v9/webhooks/2000/[token]/messages/@original\"") ||
		!strings.Contains(logs, "retry_after=1h0m0s") {
		t.Errorf("want a warning with the route and the wait:\n%s", logs)
	}
	if strings.Contains(logs, tok) {
		t.Errorf("the interaction token was logged:\n%s", logs)
	}
}

// TestGlobalRateLimitOnMention: a mention's reply limited globally fails
// fast and is logged; the bot does not send to the limited route again.
func TestGlobalRateLimitOnMention(t *testing.T) {
	sends := discordtest.ChannelMessages("c1")
	h := start(t, Config{}, &fakeAsker{}, func(f *discordtest.Server) { f.RateLimit(sends, 3600, true, 0) })
	h.message("m1", "c1", "u1", "<@"+discordtest.BotID+"> who built the lighthouse?", nil)
	eventually(t, "the warning", func() bool { return strings.Contains(h.logs.String(), "answer not sent") })
	eventually(t, "the failed notice", func() bool { return strings.Contains(h.logs.String(), "reply error message") })
	if !strings.Contains(h.logs.String(), "global=true") {
		t.Errorf("want the limit logged as global:\n%s", h.logs)
	}
	if n := len(h.f.Requests(sends)); n != 1 {
		t.Errorf("%d messages sent, want 1: the limit is remembered", n)
	}
}

// TestShortRateLimitIsHonoured: a 429 asking for a short wait is sat out
// and the answer is sent after it.
func TestShortRateLimitIsHonoured(t *testing.T) {
	edits := discordtest.Under("PATCH", "/api/v9/webhooks/")
	h := start(t, Config{}, &fakeAsker{}, func(f *discordtest.Server) { f.RateLimit(edits, 0.05, false, 1) })
	tok := h.slash("c1", "u1", "ask", discordtest.Opt("question", "who built the lighthouse?"))
	got := h.wait(2, discordtest.Edit(tok))
	if got[0].Status != 429 || got[1].Status != 200 || !strings.Contains(got[1].Content(), "Mara Quill") {
		t.Errorf("edits: %d then %d %q; want 429 then the answer", got[0].Status, got[1].Status, got[1].Content())
	}
	if strings.Contains(h.logs.String(), "answer not sent") {
		t.Errorf("a short limit was reported:\n%s", h.logs)
	}
}
