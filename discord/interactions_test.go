package discord

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/discord/discordtest"
)

// interactionsEndpoint serves the HTTP interactions endpoint of a Client
// of cfg (Token and APIBase filled in) over asker and lib against a fake Discord (for the REST edits) and
// returns its URL, the fake, and the application's private key that signs
// requests.
func interactionsEndpoint(t *testing.T, cfg Config, asker Asker, lib citebot.Library) (string, *discordtest.Server, ed25519.PrivateKey) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	f := discordtest.New()
	t.Cleanup(f.Close)
	cfg.Token, cfg.APIBase = testToken, f.URL()
	b, err := New(cfg, asker, lib, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.ServeInteractions(ctx, ln, pub) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("ServeInteractions: %v", err)
		}
	})
	if _, err := f.Wait(10*time.Second, 1, discordtest.Under("PUT", "/api/v9/applications/")); err != nil {
		t.Fatalf("commands not registered: %v", err)
	}
	return "http://" + ln.Addr().String(), f, priv
}

// post sends body to url signed with key (nil: unsigned); tamper changes
// the body after signing.
func post(t *testing.T, url string, key ed25519.PrivateKey, body string, tamper bool) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	if key != nil {
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, []byte(ts+body))))
		if tamper {
			req.Body = io.NopCloser(strings.NewReader(strings.Replace(body, "When", "Whom", 1)))
		}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out map[string]any
	_ = json.Unmarshal(raw, &out)
	return resp.StatusCode, out
}

func slashBody(name, token string, opts ...map[string]any) string {
	b, _ := json.Marshal(map[string]any{
		"id": "i-" + token, "application_id": discordtest.AppID, "type": 2, "token": token, "version": 1,
		"guild_id": discordtest.GuildID, "channel_id": "c1",
		"member": map[string]any{"user": map[string]any{"id": "u1", "username": "u1"}, "roles": []string{"r1"}},
		"data":   map[string]any{"id": "cmd-" + name, "name": name, "type": 1, "options": opts},
	})
	return string(b)
}

// TestInteractionsEndpoint: signed requests are served (PING → PONG, a
// slash command deferred, then answered by editing @original), unsigned
// and tampered ones are refused.
func TestInteractionsEndpoint(t *testing.T) {
	url, f, key := interactionsEndpoint(t, Config{}, &fakeAsker{}, fakeLibrary{})
	if code, out := post(t, url, key, `{"id":"1","type":1,"application_id":"`+discordtest.AppID+`","token":"p","version":1}`, false); code != 200 || out["type"] != float64(1) {
		t.Fatalf("PING: %d %v, want 200 PONG", code, out)
	}
	ask := slashBody("ask", "tok-http-1", discordtest.Opt("question", "When was it built?"))
	if code, _ := post(t, url, nil, ask, false); code != http.StatusUnauthorized {
		t.Errorf("unsigned: %d, want 401", code)
	}
	_, other, _ := ed25519.GenerateKey(rand.Reader)
	if code, _ := post(t, url, other, ask, false); code != http.StatusUnauthorized {
		t.Errorf("signed by another key: %d, want 401", code)
	}
	if code, _ := post(t, url, key, ask, true); code != http.StatusUnauthorized {
		t.Errorf("tampered: %d, want 401", code)
	}
	if len(f.Requests(discordtest.Under("PATCH", "/api/v9/webhooks/"))) != 0 {
		t.Fatal("a refused request was answered")
	}
	code, out := post(t, url, key, ask, false)
	if code != 200 || out["type"] != float64(5) {
		t.Fatalf("/ask: %d %v, want 200 and a deferred response", code, out)
	}
	edits, err := f.Wait(10*time.Second, 1, discordtest.Under("PATCH", "/api/v9/webhooks/"+discordtest.AppID+"/tok-http-1/"))
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := edits[0].Body["content"].(string); !strings.Contains(c, "1871") {
		t.Errorf("the answer edited in: %q", c)
	}
	if len(f.Requests(discordtest.Under("POST", "/api/v9/interactions/"))) != 0 {
		t.Error("an HTTP interaction was also answered through the REST callback")
	}
	if code, out := post(t, url, key, slashBody("help", "tok-http-2"), false); code != 200 || out["type"] != float64(4) {
		t.Errorf("/help: %d %v, want the message in the HTTP response", code, out)
	}
}
