package discord

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/citebot/citebot"
)

func TestRewriteTransport(t *testing.T) {
	var got string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.Method + " " + r.URL.RequestURI() + " " + r.Header.Get("Authorization")
	}))
	defer srv.Close()
	for _, base := range []string{srv.URL, srv.URL + "/proxy/"} {
		c, err := newClient(base)
		if err != nil {
			t.Fatal(err)
		}
		req, _ := http.NewRequest("PATCH", discordgo.EndpointWebhookMessage("2000", "tok", "@original")+"?x=1", nil)
		req.Header.Set("Authorization", "Bot t")
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		want := "PATCH " + strings.TrimSuffix(strings.TrimPrefix(base, srv.URL), "/") + "/api/v9/webhooks/2000/tok/messages/@original?x=1 Bot t"
		if got != want {
			t.Errorf("base %s: server saw %q, want %q", base, got, want)
		}
	}
	if c, _ := newClient("https://discord.com/"); c.Transport.(*limitTransport).next != http.DefaultTransport {
		t.Error("the default API base should not rewrite")
	}
}

func TestRedact(t *testing.T) {
	err := fmt.Errorf(`Post "https://h/api/v9/interactions/123/aW50ZXJhY3Rpb24.tok/callback": EOF; Bot sekrit`)
	got := redact(err, "Bot sekrit")
	if strings.Contains(got, "sekrit") || strings.Contains(got, "aW50ZXJhY3Rpb24") {
		t.Errorf("redact left a secret: %s", got)
	}
	if !strings.Contains(got, "/interactions/123/[token]/callback") {
		t.Errorf("redact = %s", got)
	}
}

func TestMemoryIsBounded(t *testing.T) {
	m := newMemory(2, 3)
	for i := range 4 {
		m.add("a", citebot.Turn{Question: fmt.Sprint(i)})
	}
	if h := m.history("a"); len(h) != 2 || h[0].Question != "2" || h[1].Question != "3" {
		t.Errorf("history %+v, want the last two turns", h)
	}
	for _, k := range []string{"b", "c", "d"} {
		m.add(k, citebot.Turn{Question: k})
	}
	if h := m.history("a"); len(h) != 0 {
		t.Errorf("the least recent conversation was kept: %+v", h)
	}
	if m.convs.len() != 3 {
		t.Errorf("%d conversations kept, want 3", m.convs.len())
	}
	h := m.history("d")
	h[0].Question = "changed"
	if m.history("d")[0].Question != "d" {
		t.Error("history shares memory with the caller")
	}
	m.link("msg1", "d")
	if k, ok := m.conversationOf("msg1"); !ok || k != "d" {
		t.Errorf("conversationOf = %q, %v", k, ok)
	}
}

func TestAllow(t *testing.T) {
	users := newLimiter(Limit{Every: 10 * time.Second, Burst: 2}, 10)
	chans := newLimiter(Limit{Every: time.Second, Burst: 3}, 10)
	now := time.Now()
	for i, want := range []bool{true, true, false} {
		if ok, _ := allow(now, keyed{users, "u1"}, keyed{chans, "c"}); ok != want {
			t.Errorf("question %d of u1: allowed %v", i, ok)
		}
	}
	if ok, _ := allow(now, keyed{users, "u2"}, keyed{chans, "c"}); !ok {
		t.Error("u2 refused: u1's refusal must not spend the channel's tokens")
	}
	ok, wait := allow(now, keyed{users, "u3"}, keyed{chans, "c"})
	if ok || wait <= 0 || wait > time.Second {
		t.Errorf("full channel: allowed %v, wait %v", ok, wait)
	}
	if ok, _ := allow(now, keyed{users, "u3"}, keyed{chans, "c2"}); !ok {
		t.Error("u3 was charged for a refused question")
	}
	if ok, _ := allow(now.Add(10*time.Second), keyed{users, "u1"}, keyed{chans, "c"}); !ok {
		t.Error("u1 still refused after the interval")
	}
}

func TestAddressed(t *testing.T) {
	self := &discordgo.User{ID: "1"}
	cases := []struct {
		name string
		m    discordgo.Message
		text string
		ok   bool
	}{
		{"mention", discordgo.Message{GuildID: "g", Content: "<@1> hi there", Mentions: []*discordgo.User{self}}, "hi there", true},
		{"nickname mention", discordgo.Message{GuildID: "g", Content: "<@!1>hi", Mentions: []*discordgo.User{self}}, "hi", true},
		{"other mention", discordgo.Message{GuildID: "g", Content: "<@2> hi", Mentions: []*discordgo.User{{ID: "2"}}}, "", false},
		{"reply to the bot", discordgo.Message{GuildID: "g", Content: "why?", ReferencedMessage: &discordgo.Message{Author: self}}, "why?", true},
		{"plain", discordgo.Message{GuildID: "g", Content: "hello"}, "", false},
		{"direct message", discordgo.Message{Content: "hello"}, "hello", true},
	}
	for _, tc := range cases {
		text, _, ok := addressed(&tc.m, "1")
		if text != tc.text || ok != tc.ok {
			t.Errorf("%s: got %q, %v; want %q, %v", tc.name, text, ok, tc.text, tc.ok)
		}
	}
}

func TestRefs(t *testing.T) {
	for _, tc := range []struct {
		in, quote  string
		quoted, id bool
	}{
		{"dawn#12", "dawn#12", false, true},
		{`"built in 1871"`, "built in 1871", true, false},
		{"“curly quotes”", "curly quotes", true, false},
		{"just words", "just words", false, false},
		{`"`, `"`, false, false},
	} {
		q, quoted := unquote(tc.in)
		if q != tc.quote || quoted != tc.quoted || isChunkID(tc.in) != tc.id {
			t.Errorf("%q: unquote %q %v, isChunkID %v", tc.in, q, quoted, isChunkID(tc.in))
		}
	}
}

func TestMetrics(t *testing.T) {
	var nilM *Metrics
	nilM.question("slash", "llm", "ok", time.Second, 1) // a nil *Metrics counts nothing
	m := NewMetrics()
	m.question("slash", "extractive", "ok", 300*time.Millisecond, 2)
	m.question("mention", "", "error", 3*time.Second, 0)
	m.limited("slash")
	m.panicked()
	rec := httptest.NewRecorder()
	m.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body := rec.Body.String()
	for _, want := range []string{
		`citebot_discord_questions_total{via="slash",mode="extractive",outcome="ok"} 1`,
		`citebot_discord_questions_total{via="mention",mode="",outcome="error"} 1`,
		`citebot_discord_citations_total{via="slash"} 2`,
		`citebot_discord_rate_limited_total{via="slash"} 1`,
		`citebot_discord_panics_total 1`,
		`citebot_discord_answer_seconds_bucket{via="slash",le="0.25"} 0`,
		`citebot_discord_answer_seconds_bucket{via="slash",le="0.5"} 1`,
		`citebot_discord_answer_seconds_count{via="mention"} 1`,
		"# TYPE citebot_discord_answer_seconds histogram",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
}

func TestFriendly(t *testing.T) {
	for err, want := range map[error]string{
		citebot.ErrEmptyQuestion:                             msgEmpty,
		fmt.Errorf("llm: %w", context.DeadlineExceeded):      msgTimeout,
		fmt.Errorf("search: %w", errors.New("disk on fire")): msgSorry,
	} {
		if got := friendly(err); got != want {
			t.Errorf("friendly(%v) = %q", err, got)
		}
	}
}
