package discord

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"testing"
	"time"

	"github.com/citebot/citebot/discord/discordtest"
)

func TestBuckets(t *testing.T) {
	tests := []struct {
		ids     []int
		maxConc int
		want    string
	}{
		{[]int{0, 1, 2, 3}, 1, "[[0] [1] [2] [3]]"},
		{[]int{0, 1, 2, 3, 4}, 2, "[[0 1] [2 3] [4]]"},
		{[]int{1, 3, 4, 5}, 4, "[[1 3] [4 5]]"},
		{nil, 16, "[]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(buckets(tt.ids, tt.maxConc)); got != tt.want && !(got == "[]" && tt.want == "[]") {
			t.Errorf("buckets(%v, %d) = %s, want %s", tt.ids, tt.maxConc, got, tt.want)
		}
	}
	if _, err := shardIDs([]int{0, 5}, 4); err == nil {
		t.Error("shard 5 of 4 accepted")
	}
	if ids, _ := shardIDs(nil, 3); !slices.Equal(ids, []int{0, 1, 2}) {
		t.Errorf("all shards of 3: %v", ids)
	}
}

// TestRunShards: with Discord recommending 3 shards, one at a time, every
// shard identifies with its [id, count], in order, one bucket per start
// interval; only shard 0 registers the commands; all stop with ctx.
func TestRunShards(t *testing.T) {
	f := discordtest.New()
	defer f.Close()
	f.SetGateway(3, 1)
	cfg := Config{Token: testToken, APIBase: f.URL(), ShutdownTimeout: 5 * time.Second}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- RunShards(ctx, cfg, ShardPlan{StartInterval: 20 * time.Millisecond}, &fakeAsker{}, fakeLibrary{}, slog.New(slog.DiscardHandler))
	}()
	deadline := time.After(20 * time.Second) // a failure guard
	for len(f.Identifies()) < 3 {
		select {
		case err := <-done:
			t.Fatalf("RunShards returned early: %v", err)
		case <-deadline:
			t.Fatalf("%d of 3 shards identified", len(f.Identifies()))
		case <-time.After(5 * time.Millisecond):
		}
	}
	var got []string
	for _, id := range f.Identifies() {
		got = append(got, fmt.Sprint(id["shard"]))
	}
	if want := "[[0 3] [1 3] [2 3]]"; fmt.Sprint(got) != want {
		t.Errorf("identified shards %v, want %s in order", got, want)
	}
	if _, err := f.Wait(10*time.Second, 1, discordtest.Under("PUT", "/api/v9/applications/")); err != nil {
		t.Fatal(err)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("RunShards: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("shards did not stop")
	}
	if n := len(f.Requests(discordtest.Under("PUT", "/api/v9/applications/"))); n != 1 {
		t.Errorf("commands registered %d times, want once (shard 0)", n)
	}
}
