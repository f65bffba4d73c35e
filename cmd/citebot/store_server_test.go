package main

import (
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
