package main

import (
	"fmt"
	"strings"
	"testing"
)

func TestShardPlan(t *testing.T) {
	tests := []struct {
		shards string
		ids    []string
		want   string // fmt of the plan's Count and IDs, or "error"
	}{
		{"auto", nil, "0 []"},
		{"4", []string{"0", "2"}, "4 [0 2]"},
		{"0", nil, "error"},
		{"many", nil, "error"},
		{"2", []string{"x"}, "error"},
	}
	for _, tt := range tests {
		p, err := shardPlan(Config{DiscordShards: tt.shards, DiscordShardIDs: tt.ids})
		got := fmt.Sprint(p.Count, " ", p.IDs)
		if err != nil {
			got = "error"
		}
		if got != tt.want {
			t.Errorf("shardPlan(%q, %v) = %s, want %s", tt.shards, tt.ids, got, tt.want)
		}
	}
}

// TestDiscordHTTPNeedsPublicKey: the interactions endpoint cannot run
// without the key that checks Discord's signatures.
func TestDiscordHTTPNeedsPublicKey(t *testing.T) {
	r := runCLI(t, t.TempDir(), "", map[string]string{"DISCORD_TOKEN": "t", "DISCORD_PUBLIC_KEY": "zz"}, "discord", "--http", "127.0.0.1:0")
	if r.code != 2 || !strings.Contains(r.stderr, "DISCORD_PUBLIC_KEY") {
		t.Errorf("exit %d, stderr %q; want a usage error naming DISCORD_PUBLIC_KEY", r.code, r.stderr)
	}
}
