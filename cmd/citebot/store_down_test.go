package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/citebot/citebot/discord/discordtest"
	"github.com/citebot/citebot/retrieval/weaviate"
)

// clusterEnv is the script that runs the cluster CITEBOT_WEAVIATE_URL
// names (scripts/weaviate-cluster.sh, relative to the repository root);
// with it TestDiscordStoreDownThenBack takes the whole cluster down
// (`down`) and starts it again (`up`).
const clusterEnv = "CITEBOT_WEAVIATE_CLUSTER"

// cluster runs the cluster script with arg, from the repository root.
func cluster(t *testing.T, script, arg string) {
	t.Helper()
	cmd := exec.Command("sh", "-c", script+" "+arg)
	cmd.Dir = "../.."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v\n%s", script, arg, err, out)
	}
}

// TestDiscordStoreDownThenBack runs `citebot discord` as a replica of a
// real cluster against a fake Discord, takes the whole cluster down, and
// starts it again: while it is down questions get the polite message (the
// cause is logged), and once it is up the next question is answered by
// the same process.
func TestDiscordStoreDownThenBack(t *testing.T) {
	url, script := os.Getenv("CITEBOT_WEAVIATE_URL"), os.Getenv(clusterEnv)
	if url == "" || script == "" {
		t.Skipf("CITEBOT_WEAVIATE_URL or %s is not set: no cluster to take down", clusterEnv)
	}
	url += map[bool]string{true: "&", false: "?"}[strings.Contains(url, "?")] + "class=CmdDown"
	if r := runCLI(t, t.TempDir(), "", map[string]string{"CITEBOT_STORE": url}, "index"); r.code != 0 {
		t.Fatalf("index: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	f := discordtest.New()
	defer f.Close()
	vars := map[string]string{"DISCORD_TOKEN": "MTk4.discord-down-secret", "DISCORD_API_BASE": f.URL(), "CITEBOT_STORE": url}
	stderr := &lockedBuffer{}
	e := &env{syn: sharedSynonyms(), stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: stderr, getenv: func(k string) string { return vars[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"discord"}, e) }()
	if _, err := f.Wait(30*time.Second, 1, discordtest.Under("PUT", "/api/v9/applications/")); err != nil {
		t.Fatalf("%v\nstderr:\n%s", err, stderr)
	}
	ask := func(n string) string {
		t.Helper()
		tok, _ := f.Slash(n, "c1", "u"+n, "ask", discordtest.Opt("question", "When did Musharraf visit Moscow?"))
		got, err := f.Wait(90*time.Second, 1, discordtest.Edit(tok))
		if err != nil {
			t.Fatalf("%v\nstderr:\n%s", err, stderr)
		}
		return got[0].Content()
	}
	if got := ask("1"); !strings.Contains(got, "2003") {
		t.Fatalf("before: %q", got)
	}
	cluster(t, script, "down")
	back := false
	t.Cleanup(func() { // the tests after this one need the cluster
		if !back {
			cluster(t, script, "up")
		}
	})
	if got := ask("2"); !strings.Contains(got, "can't reach the document index") {
		t.Errorf("with the cluster down: %q", got)
	}
	cluster(t, script, "up")
	back = true
	if got := ask("3"); !strings.Contains(got, "2003") {
		t.Errorf("once the cluster is back: %q", got)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("exit %d after a stop; stderr:\n%s", code, stderr)
	}
	if !strings.Contains(stderr.String(), "weaviate unavailable") {
		t.Errorf("the cause was not logged:\n%s", stderr)
	}
	if cfg, err := weaviate.ParseURL(url); err == nil {
		if s, err := weaviate.Open(context.Background(), cfg); err == nil {
			_ = s.Drop(context.Background())
		}
	}
}
