package discord

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/discord/discordtest"
)

// errDown is what a retriever over a Weaviate cluster that is down
// returns: it wraps citebot.ErrUnavailable.
var errDown = fmt.Errorf("search chunks: %w: dial tcp 127.0.0.1:8080: connect: connection refused", citebot.ErrUnavailable)

// downIndex is the test retriever and library, failing with errDown until
// its cluster comes back (back.Store(true)).
type downIndex struct {
	fakeRetriever
	fakeLibrary
	back atomic.Bool
}

func (d *downIndex) Search(ctx context.Context, query string, k int) ([]citebot.Passage, error) {
	if !d.back.Load() {
		return nil, errDown
	}
	return d.fakeRetriever.Search(ctx, query, k)
}

func (d *downIndex) Chunk(id string) (citebot.ChunkContext, error) {
	if !d.back.Load() {
		return citebot.ChunkContext{}, errDown
	}
	return d.fakeLibrary.Chunk(id)
}

func (d *downIndex) FindQuote(quote string, k int) ([]citebot.Passage, error) {
	if !d.back.Load() {
		return nil, errDown
	}
	return d.fakeLibrary.FindQuote(quote, k)
}

// TestIndexDownThenBack: while the index cannot be reached, slash
// questions and mentions get a polite message (the cause is logged, not
// shown); once it is back the next questions are answered, by the same
// running bot.
func TestIndexDownThenBack(t *testing.T) {
	t.Parallel()
	ix := &downIndex{}
	h := start(t, Config{}, bot.New(ix, bot.Options{K: 2}))
	const q = "When was the lighthouse at Dawn Point built?"
	tok := h.slash("c1", "u1", "ask", discordtest.Opt("question", q))
	if got := h.wait(1, discordtest.Edit(tok))[0].Content(); got != msgDown {
		t.Errorf("slash question with the index down: %q, want %q", got, msgDown)
	}
	h.message("m1", "c1", "u2", "<@"+discordtest.BotID+"> "+q, nil)
	if got := h.wait(1, discordtest.ChannelMessages("c1"))[0].Content(); got != msgDown {
		t.Errorf("mention with the index down: %q, want %q", got, msgDown)
	}
	if logs := h.logs.String(); !strings.Contains(logs, "connection refused") || !strings.Contains(logs, "question failed") {
		t.Errorf("the cause was not logged:\n%s", logs)
	}

	ix.back.Store(true)
	tok = h.slash("c1", "u1", "ask", discordtest.Opt("question", q))
	if got := h.wait(1, discordtest.Edit(tok))[0].Content(); !strings.Contains(got, "1871") || !strings.Contains(got, "`dawn#0`") {
		t.Errorf("slash question once the index is back:\n%s", got)
	}
	h.message("m2", "c1", "u2", "<@"+discordtest.BotID+"> "+q, nil)
	if got := h.wait(2, discordtest.ChannelMessages("c1"))[1].Content(); !strings.Contains(got, "1871") {
		t.Errorf("mention once the index is back:\n%s", got)
	}
}

// TestInteractionsIndexDownThenBack: the same over the HTTP interactions
// endpoint, for /ask and /cite.
func TestInteractionsIndexDownThenBack(t *testing.T) {
	t.Parallel()
	ix := &downIndex{}
	url, f, key := interactionsEndpoint(t, Config{UserLimit: Limit{Every: time.Second, Burst: 10}}, bot.New(ix, bot.Options{K: 2}), ix)
	reply := func(token, name string, opts ...map[string]any) string {
		t.Helper()
		if code, out := post(t, url, key, slashBody(name, token, opts...), false); code != 200 || out["type"] != float64(5) {
			t.Fatalf("/%s: %d %v, want a deferred response", name, code, out)
		}
		edits, err := f.Wait(10*time.Second, 1, discordtest.Under("PATCH", "/api/v9/webhooks/"+discordtest.AppID+"/"+token+"/"))
		if err != nil {
			t.Fatal(err)
		}
		c, _ := edits[0].Body["content"].(string)
		return c
	}
	ask := discordtest.Opt("question", "When was the lighthouse at Dawn Point built?")
	if got := reply("down-ask", "ask", ask); got != msgDown {
		t.Errorf("/ask with the index down: %q", got)
	}
	if got := reply("down-cite", "cite", discordtest.Opt("ref", "dawn#0")); got != msgDown {
		t.Errorf("/cite with the index down: %q", got)
	}
	if got := reply("down-quote", "cite", discordtest.Opt("ref", `"Mara Quill"`)); got != msgDown {
		t.Errorf("/cite \"quote\" with the index down: %q", got)
	}
	ix.back.Store(true)
	if got := reply("back-ask", "ask", ask); !strings.Contains(got, "1871") {
		t.Errorf("/ask once the index is back: %q", got)
	}
	if got := reply("back-cite", "cite", discordtest.Opt("ref", "dawn#0")); !strings.Contains(got, "Mara Quill") {
		t.Errorf("/cite once the index is back: %q", got)
	}
}
