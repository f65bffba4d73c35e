package discord

import (
	"strings"
	"testing"
	"time"

	"github.com/citebot/citebot/discord/discordtest"
)

// TestReconnectsAfterDrop: a dropped gateway is reopened (resumed), and
// the bot answers again.
func TestReconnectsAfterDrop(t *testing.T) {
	t.Parallel()
	h := start(t, Config{}, &fakeAsker{})
	h.f.DropGateway()
	if !h.f.WaitDials(10*time.Second, 2) {
		t.Fatal("the bot did not reconnect")
	}
	eventually(t, "the resumed connection", func() bool {
		return h.f.Message("m1", "c1", "u1", "<@"+discordtest.BotID+"> who built the lighthouse?", nil) == nil
	})
	if got := h.wait(1, discordtest.ChannelMessages("c1"))[0].Content(); !strings.Contains(got, "Mara Quill") {
		t.Errorf("answer after reconnecting: %q", got)
	}
}

// TestStopWhileReconnecting: when the gateway drops and the context ends
// while the reconnection hangs, Run returns within the shutdown timeout,
// and no gateway connection is made after it.
func TestStopWhileReconnecting(t *testing.T) {
	t.Parallel()
	h := start(t, Config{ShutdownTimeout: time.Second}, &fakeAsker{})
	h.f.HoldGateway()
	h.f.DropGateway()
	if !h.f.WaitDials(10*time.Second, 2) {
		t.Fatal("the bot did not try to reconnect")
	}
	if err, ok := h.stop(5 * time.Second); !ok || err != nil {
		t.Fatalf("Run returned %v, %v; want nil within the shutdown timeout", err, ok)
	}
	h.f.ReleaseGateway()
	if n := len(h.f.Identifies()); n != 1 {
		t.Errorf("%d IDENTIFY, want 1", n)
	}
	if h.f.WaitDials(2*time.Second, 3) {
		t.Error("the bot dialed the gateway again after Run returned")
	}
}

// TestStopAsGatewayDrops: the gateway dropping at the moment the context
// ends does not keep the bot connected.
func TestStopAsGatewayDrops(t *testing.T) {
	t.Parallel()
	h := start(t, Config{ShutdownTimeout: time.Second}, &fakeAsker{})
	h.f.DropGateway()
	if err, ok := h.stop(5 * time.Second); !ok || err != nil {
		t.Fatalf("Run returned %v, %v; want nil within the shutdown timeout", err, ok)
	}
	if h.f.WaitDials(3*time.Second, 2) {
		t.Error("the bot dialed the gateway again after Run returned")
	}
}
