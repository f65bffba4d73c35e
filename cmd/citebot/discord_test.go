package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/citebot/citebot/discord/discordtest"
	"github.com/citebot/citebot/openai/openaitest"
)

// lockedBuffer is a bytes.Buffer safe for concurrent use.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestDiscordNeedsToken(t *testing.T) {
	var out, errb bytes.Buffer
	e := &env{syn: sharedSynonyms(), stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	if code := run(context.Background(), []string{"discord"}, e); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(errb.String(), "DISCORD_TOKEN") {
		t.Errorf("stderr %q does not name DISCORD_TOKEN", errb.String())
	}
}

// TestDiscord runs `citebot discord` on the embedded corpus against a fake
// Discord: a slash question, a mention and its follow-up in a thread, a
// citation looked up, the sources listed, metrics served, and a clean
// stop.
func TestDiscord(t *testing.T) {
	f := discordtest.New()
	defer f.Close()
	f.AddThread("t1", "c1")
	const token = "MTk4.discord-cmd-secret"
	vars := map[string]string{"DISCORD_TOKEN": token, "DISCORD_API_BASE": f.URL(),
		"CITEBOT_DATA": t.TempDir(), "CITEBOT_METRICS_ADDR": "127.0.0.1:0"}
	var stdout bytes.Buffer
	stderr := &lockedBuffer{}
	e := &env{syn: sharedSynonyms(), stdin: strings.NewReader(""), stdout: &stdout, stderr: stderr, getenv: func(k string) string { return vars[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"discord"}, e) }()
	wait := func(n int, match func(discordtest.Request) bool) []discordtest.Request {
		t.Helper()
		got, err := f.Wait(20*time.Second, n, match)
		if err != nil {
			t.Fatalf("%v\nstderr:\n%s", err, stderr)
		}
		return got
	}
	wait(1, discordtest.Is("PUT", "/api/v9/applications/"+discordtest.AppID+"/commands"))

	tok, _ := f.Slash("1", "c1", "u1", "ask", discordtest.Opt("question", "When did Musharraf visit Moscow?"))
	answer := wait(1, discordtest.Edit(tok))[0].Content()
	if !strings.Contains(answer, "2003") || !strings.Contains(answer, "**Sources**") {
		t.Errorf("answer:\n%s", answer)
	}
	id := regexp.MustCompile("`(\\d+#\\d+)`").FindStringSubmatch(answer)
	if id == nil {
		t.Fatalf("no chunk ID in the answer:\n%s", answer)
	}
	tok, _ = f.Slash("2", "c1", "u2", "cite", discordtest.Opt("ref", id[1]))
	if got := wait(1, discordtest.Edit(tok))[0].Content(); !strings.Contains(got, "Musharraf") {
		t.Errorf("/cite %s:\n%s", id[1], got)
	}
	tok, _ = f.Slash("3", "c1", "u3", "sources")
	if got := wait(1, discordtest.Edit(tok))[0].Content(); !strings.Contains(got, "**5 documents**") {
		t.Errorf("/sources:\n%s", got)
	}

	_ = f.Message("m1", "t1", "u4", "<@"+discordtest.BotID+"> When did Musharraf visit Moscow?", nil)
	wait(1, discordtest.ChannelMessages("t1"))
	_ = f.Message("m2", "t1", "u4", "<@"+discordtest.BotID+"> and who invited him?", nil)
	replies := wait(2, discordtest.ChannelMessages("t1"))
	for _, r := range replies {
		if !strings.Contains(r.Content(), "[1]") {
			t.Errorf("mention answer without citations:\n%s", r.Content())
		}
	}

	addr := regexp.MustCompile(`"serving metrics" addr=(\S+)`).FindStringSubmatch(stderr.String())
	if addr == nil {
		t.Fatalf("no metrics address logged:\n%s", stderr)
	}
	resp, err := http.Get("http://" + addr[1])
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(metrics), `citebot_discord_questions_total{via="slash",mode="extractive",outcome="ok"} 1`) {
		t.Errorf("metrics:\n%s", metrics)
	}

	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d after a stop; stderr:\n%s", code, stderr)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("citebot discord did not stop")
	}
	for _, p := range f.Pings() {
		t.Error(p)
	}
	if strings.Contains(stderr.String()+stdout.String(), "discord-cmd-secret") {
		t.Error("the token was printed")
	}
	if !strings.Contains(stderr.String(), "via=mention guild=3000 channel=t1 user=u4 turns=1") {
		t.Errorf("the follow-up in the thread did not keep the conversation:\n%s", stderr)
	}
}

// TestDiscordLLM asks `citebot discord` with an LLM configured: the
// answer streams into the deferred response and ends with its sources.
func TestDiscordLLM(t *testing.T) {
	llm := openaitest.New(openaitest.Reply{Text: "President Musharraf visited Moscow in 2003 [1]."})
	defer llm.Close()
	f := discordtest.New()
	defer f.Close()
	vars := map[string]string{"DISCORD_TOKEN": "tok", "DISCORD_API_BASE": f.URL(), "CITEBOT_DATA": t.TempDir(),
		"OPENAI_BASE_URL": llm.URL(), "OPENAI_API_KEY": "sk-test", "CITEBOT_LLM_MODEL": "m", "CITEBOT_LLM_TIMEOUT": "10s"}
	stderr := &lockedBuffer{}
	e := &env{syn: sharedSynonyms(), stdin: strings.NewReader(""), stdout: io.Discard, stderr: stderr, getenv: func(k string) string { return vars[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"discord"}, e) }()
	defer func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("exit %d; stderr:\n%s", code, stderr)
		}
	}()
	if _, err := f.Wait(20*time.Second, 1, discordtest.Under("PUT", "/api/v9/applications/")); err != nil {
		t.Fatal(err, stderr)
	}
	tok, _ := f.Slash("1", "c1", "u1", "ask", discordtest.Opt("question", "When did Musharraf visit Moscow?"))
	final := func(r discordtest.Request) bool {
		return discordtest.Edit(tok)(r) && strings.Contains(r.Content(), "**Sources**")
	}
	edits, err := f.Wait(20*time.Second, 1, final)
	if err != nil {
		t.Fatal(err, stderr)
	}
	if got := edits[0].Content(); !strings.Contains(got, "Musharraf visited Moscow in 2003 [1].") {
		t.Errorf("answer:\n%s", got)
	}
	// Progress edits race the end of so short a stream; when there are
	// any, they come first and say the answer is being written.
	if all := f.Requests(discordtest.Edit(tok)); len(all) > 1 && !strings.Contains(all[0].Content(), "writing…") {
		t.Errorf("first of %d edits: %q", len(all), all[0].Content())
	}
	for deadline := time.Now().Add(5 * time.Second); !strings.Contains(stderr.String(), "question answered"); {
		if time.Now().After(deadline) {
			t.Fatalf("no log line for the question:\n%s", stderr)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(stderr.String(), "mode=llm") {
		t.Errorf("the answer was not written by the LLM:\n%s", stderr)
	}
	for _, p := range f.Pings() {
		t.Error(p)
	}
}
