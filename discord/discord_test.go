package discord

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/discord/discordtest"
)

var _ Asker = (*bot.Bot)(nil)

func TestNewNeedsToken(t *testing.T) {
	_, err := New(Config{}, &fakeAsker{}, fakeLibrary{}, nil)
	if !errors.Is(err, ErrNoToken) {
		t.Fatalf("New without token: %v, want ErrNoToken", err)
	}
	if _, err := New(Config{Token: "x", APIBase: "ftp://nope"}, &fakeAsker{}, fakeLibrary{}, nil); err == nil {
		t.Fatal("New accepted an ftp API base")
	}
}

func TestStartup(t *testing.T) {
	t.Parallel()
	h := start(t, Config{GuildID: discordtest.GuildID}, &fakeAsker{})
	put := h.wait(1, discordtest.Is("PUT", "/api/v9/applications/"+discordtest.AppID+"/guilds/"+discordtest.GuildID+"/commands"))[0]
	if put.Auth != "Bot "+testToken {
		t.Errorf("authorization %q, want the bot token", put.Auth)
	}
	var names []string
	for _, c := range strings.Split(string(put.Raw), `"name":"`)[1:] {
		names = append(names, c[:strings.IndexByte(c, '"')])
	}
	for _, want := range []string{"ask", "question", "private", "cite", "ref", "sources", "help"} {
		if !strings.Contains(strings.Join(names, " "), want) {
			t.Errorf("commands %v lack %q", names, want)
		}
	}
	ident := h.f.Identifies()[0]
	if ident["token"] != "Bot "+testToken {
		t.Errorf("IDENTIFY token %v", ident["token"])
	}
	if int(ident["intents"].(float64))&(1<<15) == 0 {
		t.Errorf("IDENTIFY intents %v lack message content", ident["intents"])
	}
}

func TestSlashAsk(t *testing.T) {
	t.Parallel()
	h := start(t, Config{}, &fakeAsker{})
	sent := time.Now()
	tok := h.slash("c1", "u1", "ask", discordtest.Opt("question", "When was the lighthouse built?"))
	ack := h.wait(1, discordtest.Callback(tok))[0]
	if ack.At.Sub(sent) > 3*time.Second {
		t.Errorf("acknowledged after %v", ack.At.Sub(sent))
	}
	if ack.Body["type"] != float64(5) {
		t.Errorf("first response type %v, want 5 (deferred)", ack.Body["type"])
	}
	got := h.wait(1, discordtest.Edit(tok))[0].Content()
	for _, want := range []string{
		"It was built in 1871 by Mara Quill [1].",
		"**Sources**",
		"**[1]** **The Dawn \\*Light\\*** — Ann Lee, 1999 · `dawn#0` · line 1\n> built in 1871 by Mara Quill",
		"**[2]** ⚠️ *unverified* · **The Dawn",
		"<https://example.com/dawn_point>", // not unfurled
		"\\@everyone",                      // escaped in the quote
	} {
		if !strings.Contains(got, want) {
			t.Errorf("answer lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(strings.ReplaceAll(got, "<https://", ""), "https://") {
		t.Errorf("a URL is not wrapped:\n%s", got)
	}
	if first := h.f.Requests(func(r discordtest.Request) bool { return strings.Contains(r.Path, tok) })[0]; first.Path != ack.Path {
		t.Errorf("first request for the interaction is %s, want the acknowledgement", first.Path)
	}
}

func TestSlashAskPrivate(t *testing.T) {
	t.Parallel()
	h := start(t, Config{}, &fakeAsker{})
	tok := h.slash("c1", "u1", "ask", discordtest.Opt("question", "When was it built?"), discordtest.Opt("private", true))
	ack := h.wait(1, discordtest.Callback(tok))[0]
	if flags := ack.Flags(); flags&64 == 0 {
		t.Errorf("private answer flags %v, want ephemeral", flags)
	}
	h.wait(1, discordtest.Edit(tok))
}

func TestLongAnswerIsSplit(t *testing.T) {
	t.Parallel()
	h := start(t, Config{}, &fakeAsker{})
	tok := h.slash("c1", "u1", "ask", discordtest.Opt("question", "Tell me the long story"))
	first := h.wait(1, discordtest.Edit(tok))[0]
	more := h.wait(2, discordtest.FollowUp(tok))
	all := []string{first.Content()}
	for _, r := range more {
		all = append(all, r.Content())
	}
	for i, c := range all {
		if w := width(c); w > MaxMessage || w == 0 {
			t.Errorf("message %d is %d characters", i, w)
		}
		if strings.Count(c, "**")%2 != 0 {
			t.Errorf("message %d cuts bold:\n%s", i, c)
		}
	}
	joined := strings.Join(all, "\n")
	if n := strings.Count(joined, "Sentence "); n != 60 {
		t.Errorf("%d sentences arrived, want 60", n)
	}
	if !strings.Contains(all[len(all)-1], "**Sources**") {
		t.Error("the sources do not come last")
	}
}

func TestRateLimitNotice(t *testing.T) {
	t.Parallel()
	h := start(t, Config{UserLimit: Limit{Every: time.Hour, Burst: 1}}, &fakeAsker{})
	tok1 := h.slash("c1", "u1", "ask", discordtest.Opt("question", "When was it built?"))
	h.wait(1, discordtest.Edit(tok1))
	tok2 := h.slash("c1", "u1", "ask", discordtest.Opt("question", "Who built it?"))
	notice := h.wait(1, discordtest.Callback(tok2))[0]
	if notice.Body["type"] != float64(4) || notice.Flags()&64 == 0 {
		t.Errorf("rate limit notice %s, want an ephemeral message", notice.Raw)
	}
	if c := notice.Content(); !strings.Contains(c, "try again") {
		t.Errorf("notice %q is not friendly", c)
	}
	tok3 := h.slash("c1", "u2", "ask", discordtest.Opt("question", "Who built it?")) // another user may ask
	h.wait(1, discordtest.Edit(tok3))
	if n := len(h.asker.(*fakeAsker).questions()); n != 2 {
		t.Errorf("%d questions reached the asker, want 2", n)
	}
}

func TestCite(t *testing.T) {
	t.Parallel()
	h := start(t, Config{}, &fakeAsker{})
	cases := []struct{ ref, want string }{
		{"dawn#0", "> The lighthouse at Dawn Point was built in 1871 by Mara Quill."},
		{"dawn#1", "-# …The lighthouse at Dawn Point"},
		{`"guided ships past the reef"`, "`dawn#0` **The Dawn \\*Light\\***"},
		{"nowhere#3", "There is no chunk `nowhere#3`"},
		{`"not in any document"`, "I couldn't find"},
	}
	for i, tc := range cases {
		tok := h.slash("c1", fmt.Sprint("u", i), "cite", discordtest.Opt("ref", tc.ref))
		if typ := h.wait(1, discordtest.Callback(tok))[0].Body["type"]; typ != float64(5) {
			t.Errorf("/cite %s: response type %v, want deferred", tc.ref, typ)
		}
		if got := h.wait(1, discordtest.Edit(tok))[0].Content(); !strings.Contains(got, tc.want) {
			t.Errorf("/cite %s:\n%s\nlacks %q", tc.ref, got, tc.want)
		}
	}
}

func TestSourcesAndHelp(t *testing.T) {
	t.Parallel()
	h := start(t, Config{}, &fakeAsker{})
	tok := h.slash("c1", "u1", "sources")
	if got := h.wait(1, discordtest.Edit(tok))[0].Content(); !strings.Contains(got, "**1 document**\n• `dawn` **The Dawn \\*Light\\*** — Ann Lee, 1999 · 2 chunks") {
		t.Errorf("/sources:\n%s", got)
	}
	tok = h.slash("c1", "u1", "help")
	r := h.wait(1, discordtest.Callback(tok))[0]
	if r.Body["type"] != float64(4) || !strings.Contains(r.Content(), "/ask") {
		t.Errorf("/help: %s", r.Raw)
	}
}

func TestMentionInThreadWithFollowUp(t *testing.T) {
	t.Parallel()
	a := &fakeAsker{}
	h := start(t, Config{}, a, func(f *discordtest.Server) { f.AddThread("t1", "c1") })
	h.message("m1", "t1", "u1", "<@"+discordtest.BotID+"> when was the lighthouse built?", nil)
	reply := h.wait(1, discordtest.Is("POST", "/api/v9/channels/t1/messages"))[0]
	ref, _ := reply.Body["message_reference"].(map[string]any)
	if ref["message_id"] != "m1" {
		t.Errorf("answer does not reply to the question: %s", reply.Raw)
	}
	if !strings.Contains(reply.Content(), "[1]") {
		t.Errorf("reply lacks citations: %s", reply.Content())
	}
	h.message("m2", "t1", "u2", "<@"+discordtest.BotID+"> and who built it?", nil)
	h.wait(2, discordtest.Is("POST", "/api/v9/channels/t1/messages"))
	qs := a.questions()
	if len(qs) != 2 || qs[1].Text != "and who built it?" {
		t.Fatalf("questions %+v", qs)
	}
	if len(qs[1].History) != 1 || qs[1].History[0].Question != "when was the lighthouse built?" {
		t.Errorf("follow-up history %+v, want the first question", qs[1].History)
	}
	if cs := qs[1].History[0].Citations; len(cs) != 2 || cs[0].ID != "dawn#0" {
		t.Errorf("follow-up history keeps citations %+v, want the first answer's (for \"tell me more\")", cs)
	}
}

func TestMentionReplyChain(t *testing.T) {
	t.Parallel()
	a := &fakeAsker{}
	h := start(t, Config{}, a)
	h.message("m1", "c1", "u1", "<@"+discordtest.BotID+"> when was the lighthouse built?", nil)
	reply := h.wait(1, discordtest.Is("POST", "/api/v9/channels/c1/messages"))[0]
	id := reply.RespID
	eventually(t, "the reply joins the conversation", func() bool {
		_, ok := h.b.mem.conversationOf(id)
		return ok
	})
	// A reply to the bot's answer, without mentioning it.
	h.message("m2", "c1", "u1", "who built it?", discordtest.ReplyTo(id, "c1", discordtest.BotID))
	h.wait(2, discordtest.Is("POST", "/api/v9/channels/c1/messages"))
	// A new mention in the channel starts afresh.
	h.message("m3", "c1", "u3", "<@"+discordtest.BotID+"> where is the reef?", nil)
	h.wait(3, discordtest.Is("POST", "/api/v9/channels/c1/messages"))
	qs := a.questions()
	if len(qs) != 3 || len(qs[1].History) != 1 || len(qs[2].History) != 0 {
		t.Errorf("histories: %d %d, want 1 then 0", len(qs[1].History), len(qs[2].History))
	}
}

func TestIgnoresBotsAndSelf(t *testing.T) {
	t.Parallel()
	a := &fakeAsker{}
	h := start(t, Config{}, a)
	bot := map[string]any{"author": map[string]any{"id": "777", "username": "otherbot", "bot": true}}
	self := map[string]any{"author": map[string]any{"id": discordtest.BotID, "username": "citebot", "bot": true}}
	h.message("m1", "c1", "777", "<@"+discordtest.BotID+"> when was it built?", bot)
	h.message("m2", "c1", discordtest.BotID, "<@"+discordtest.BotID+"> when was it built?", self)
	h.message("m3", "c1", "u1", "no mention here", nil)
	h.message("m4", "c1", "u1", "<@"+discordtest.BotID+"> when was it built?", nil) // a marker
	h.wait(1, discordtest.Is("POST", "/api/v9/channels/c1/messages"))
	time.Sleep(50 * time.Millisecond)
	if qs := a.questions(); len(qs) != 1 {
		t.Errorf("%d questions answered, want only the human's", len(qs))
	}
}

func TestPanicDoesNotStopTheBot(t *testing.T) {
	t.Parallel()
	h := start(t, Config{}, &fakeAsker{})
	tok := h.slash("c1", "u1", "ask", discordtest.Opt("question", "please panic"))
	if got := h.wait(1, discordtest.Edit(tok))[0].Content(); got != msgSorry {
		t.Errorf("after a panic the user sees %q", got)
	}
	h.message("m1", "c1", "u2", "<@"+discordtest.BotID+"> panic again", nil)
	if got := h.wait(1, discordtest.Is("POST", "/api/v9/channels/c1/messages"))[0].Content(); got != msgSorry {
		t.Errorf("after a panic the user sees %q", got)
	}
	tok = h.slash("c1", "u3", "ask", discordtest.Opt("question", "When was it built?"))
	if got := h.wait(1, discordtest.Edit(tok))[0].Content(); !strings.Contains(got, "[1]") {
		t.Errorf("no answer after a panic: %q", got)
	}
	if !strings.Contains(h.logs.String(), "handler panicked") {
		t.Error("the panic was not logged")
	}
}

func TestAnswerTimeout(t *testing.T) {
	t.Parallel()
	h := start(t, Config{AnswerTimeout: 50 * time.Millisecond}, &fakeAsker{})
	tok := h.slash("c1", "u1", "ask", discordtest.Opt("question", "a slow question"))
	if got := h.wait(1, discordtest.Edit(tok))[0].Content(); got != msgTimeout {
		t.Errorf("user sees %q, want the timeout message", got)
	}
}

func TestErrorIsFriendlyAndLogged(t *testing.T) {
	t.Parallel()
	h := start(t, Config{}, &fakeAsker{})
	tok := h.slash("c1", "u1", "ask", discordtest.Opt("question", "make it fail"))
	if got := h.wait(1, discordtest.Edit(tok))[0].Content(); got != msgSorry {
		t.Errorf("user sees %q", got)
	}
	if !strings.Contains(h.logs.String(), "retrieval exploded") {
		t.Error("the cause was not logged")
	}
}

func TestStreamingEditsAtMostOncePerInterval(t *testing.T) {
	t.Parallel()
	const every = 100 * time.Millisecond
	h := start(t, Config{EditInterval: every}, &fakeAsker{})
	tok := h.slash("c1", "u1", "ask", discordtest.Opt("question", "stream it"))
	h.wait(1, func(r discordtest.Request) bool {
		return discordtest.Edit(tok)(r) && strings.Contains(r.Content(), "**Sources**")
	})
	edits := h.f.Requests(discordtest.Edit(tok))
	if len(edits) < 3 {
		t.Fatalf("%d edits, want progress edits then the answer", len(edits))
	}
	for i := 1; i < len(edits)-1; i++ { // the final edit is not throttled
		if gap := edits[i].At.Sub(edits[i-1].At); gap < every-20*time.Millisecond {
			t.Errorf("edits %d and %d are %v apart", i-1, i, gap)
		}
	}
	if c := edits[0].Content(); !strings.HasPrefix(c, "part0") || !strings.Contains(c, "writing…") {
		t.Errorf("first progress edit %q", c)
	}
}

func TestAllowLists(t *testing.T) {
	t.Parallel()
	a := &fakeAsker{}
	h := start(t, Config{Channels: []string{"c1"}}, a, func(f *discordtest.Server) { f.AddThread("t1", "c1") })
	tok := h.slash("c2", "u1", "ask", discordtest.Opt("question", "When was it built?"))
	if r := h.wait(1, discordtest.Callback(tok))[0]; r.Content() != msgNoChannel {
		t.Errorf("outside the allow-list: %s", r.Raw)
	}
	tok = h.slash("t1", "u1", "ask", discordtest.Opt("question", "When was it built?"))
	h.wait(1, discordtest.Edit(tok)) // a thread of an allowed channel
	h.message("m1", "c2", "u1", "<@"+discordtest.BotID+"> when was it built?", nil)
	h.message("m2", "c1", "u1", "<@"+discordtest.BotID+"> when was it built?", nil)
	h.wait(1, discordtest.Is("POST", "/api/v9/channels/c1/messages"))
	if n := len(h.f.Requests(discordtest.Is("POST", "/api/v9/channels/c2/messages"))); n != 0 {
		t.Errorf("answered %d messages outside the allow-list", n)
	}
	h2 := start(t, Config{Roles: []string{"admin"}}, &fakeAsker{})
	tok = h2.slash("c1", "u1", "ask", discordtest.Opt("question", "When was it built?"))
	if r := h2.wait(1, discordtest.Callback(tok))[0]; r.Content() != msgNoRole {
		t.Errorf("without an allowed role: %s", r.Raw)
	}
}

func TestIntentFallback(t *testing.T) {
	t.Parallel()
	h := start(t, Config{}, &fakeAsker{}, func(f *discordtest.Server) { f.RejectIntents(1 << 15) })
	ids := h.f.Identifies()
	if len(ids) != 2 || int(ids[1]["intents"].(float64))&(1<<15) != 0 {
		t.Errorf("identify attempts %v, want a second without message content", ids)
	}
	if !strings.Contains(h.logs.String(), "message content intent") {
		t.Error("the missing intent was not logged")
	}
}

func TestRealBotCitesExactSpans(t *testing.T) {
	t.Parallel()
	rec := &recordingAsker{next: bot.New(fakeRetriever{}, bot.Options{K: 2})}
	h := start(t, Config{}, rec)
	tok := h.slash("c1", "u1", "ask", discordtest.Opt("question", "When was the lighthouse at Dawn Point built?"))
	got := h.wait(1, discordtest.Edit(tok))[0].Content()
	ans := rec.last()
	if ans == nil {
		t.Fatal("no answer")
	}
	for _, c := range ans.Citations {
		if testDoc[c.Start:c.End] != c.Quote {
			t.Errorf("citation %d quotes %q, not the document's bytes", c.N, c.Quote)
		}
		if !strings.Contains(got, "`"+c.ID+"`") {
			t.Errorf("message lacks chunk ID %s:\n%s", c.ID, got)
		}
	}
}

// recordingAsker passes questions on and keeps the last answer.
type recordingAsker struct {
	next Asker
	mu   sync.Mutex
	ans  *citebot.Answer
}

func (r *recordingAsker) Ask(ctx context.Context, q citebot.Question) (*citebot.Answer, error) {
	a, err := r.next.Ask(ctx, q)
	if err == nil {
		r.mu.Lock()
		r.ans = a
		r.mu.Unlock()
	}
	return a, err
}

func (r *recordingAsker) last() *citebot.Answer {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.ans
}
