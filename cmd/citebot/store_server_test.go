package main

import (
	"net"
	"os"
	"strings"
	"testing"
)

// TestStoreEndToEnd runs the indexing job into the Weaviate cluster that
// CITEBOT_WEAVIATE_URL names, then answers from it as a read-only replica;
// .ci/run starts the cluster and sets the variable.
func TestStoreEndToEnd(t *testing.T) {
	url := os.Getenv("CITEBOT_WEAVIATE_URL")
	if url == "" {
		t.Skip("CITEBOT_WEAVIATE_URL names no running Weaviate cluster (scripts/weaviate-cluster.sh start)")
	}
	url += map[bool]string{true: "&", false: "?"}[strings.Contains(url, "?")] + "class=CmdTest"
	vars := map[string]string{"CITEBOT_STORE": url}
	if r := runCLI(t, t.TempDir(), "", vars, "index"); r.code != 0 || !strings.Contains(r.stdout, "5 documents indexed") {
		t.Fatalf("index: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := runCLI(t, t.TempDir(), "", vars, "index"); r.code != 0 || !strings.Contains(r.stdout, "0 chunks embedded") {
		t.Errorf("re-index sent chunks again: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r := runCLI(t, t.TempDir(), "", vars, "ask", "When did Musharraf visit Moscow?")
	if r.code != 0 || !strings.Contains(r.stdout, "2003") || !strings.Contains(r.stdout, "002#10") {
		t.Errorf("ask: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	down := map[string]string{"CITEBOT_STORE": "weaviate://127.0.0.1:1?grpc=127.0.0.1:2"}
	if r := runCLI(t, t.TempDir(), "", down, "ask", "x?"); r.code != 1 || !strings.Contains(r.stderr, "cannot be reached") {
		t.Errorf("cluster down: exit %d, %q", r.code, r.stderr)
	}
}

// TestStoreDown: with the cluster down, every command that needs the
// index says so in one line and exits 1 (no server needed: the URL names
// a closed port).
func TestStoreDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	store := "weaviate://" + addr + "?grpc=" + addr
	vars := map[string]string{"CITEBOT_STORE": store, "DISCORD_TOKEN": "MTk4.down-secret", "DISCORD_API_BASE": "http://" + addr + "/"}
	// a URL from the environment is not echoed (it may hold secrets)
	want := "citebot: the index at $CITEBOT_STORE cannot be reached (is the Weaviate cluster up?)\n"
	for _, args := range [][]string{{"ask", "When?"}, {"search", "Moscow"}, {"sources"}, {"cite", "002#1"}, {"chat"}, {"index"}, {"discord"}} {
		r := runCLI(t, t.TempDir(), "", vars, args...)
		if r.code != 1 || r.stderr != want {
			t.Errorf("%s with the cluster down: exit %d, stderr %q, want 1 and %q", args[0], r.code, r.stderr, want)
		}
	}
	r := runCLI(t, t.TempDir(), "", nil, "ask", "--store", store, "When?")
	if want := "citebot: the index at " + store + " cannot be reached (is the Weaviate cluster up?)\n"; r.code != 1 || r.stderr != want {
		t.Errorf("ask --store with the cluster down: exit %d, stderr %q, want 1 and %q", r.code, r.stderr, want)
	}
}
