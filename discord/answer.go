package discord

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/citebot/citebot"
)

// query is one question to answer, and where it came from.
type query struct {
	text, key, via       string // via: "slash" or "mention"
	user, guild, channel string
}

// answer asks q with the conversation so far, streaming progress to r
// when an LLM writes the answer, then shows the rendered answer split to
// Discord's limits. It logs one line per question and counts it.
func (b *Client) answer(ctx context.Context, r replier, q query) {
	t0 := time.Now()
	askCtx, cancel := context.WithTimeout(ctx, b.cfg.AnswerTimeout)
	defer cancel()
	history := b.mem.history(q.key)
	st := newStreamer(b.cfg.EditInterval, func(text string) {
		if err := r.update(askCtx, renderPartial(text)); err != nil {
			b.log.Warn("stream answer", "err", redact(err, b.cfg.Token))
		}
	}, b.log)
	ans, err := b.asker.Ask(askCtx, citebot.Question{Text: q.text, History: history, OnDelta: st.delta})
	st.stop()
	// Replying must work even when asking ran out of time.
	ctx, cancelSend := context.WithTimeout(context.WithoutCancel(ctx), sendTimeout)
	defer cancelSend()
	attrs := []any{"via", q.via, "guild", q.guild, "channel", q.channel, "user", q.user, "turns", len(history)}
	if err != nil {
		b.log.Error("question failed", append(attrs, "latency_ms", since(t0), "err", redact(err, b.cfg.Token))...)
		b.cfg.Metrics.question(q.via, "", "error", time.Since(t0), 0)
		r.fail(ctx, friendly(err))
		return
	}
	b.mem.add(q.key, citebot.Turn{Question: ans.Question, Answer: ans.Answer, Citations: ans.Citations})
	pieces := fitAnswer(ans)
	if err := r.finish(ctx, pieces); err != nil {
		b.sendFailed(ctx, r, attrs, err)
		b.cfg.Metrics.question(q.via, ans.Mode, "send_error", time.Since(t0), 0)
		return
	}
	b.logAnswer(attrs, ans, len(pieces), time.Since(t0))
	b.cfg.Metrics.question(q.via, ans.Mode, "ok", time.Since(t0), len(ans.Citations))
}

// sendFailed logs why an answer could not be sent; when Discord
// rate-limits the bot for longer than sending may take, it also tells the
// user, once, where a route may still be open.
func (b *Client) sendFailed(ctx context.Context, r replier, attrs []any, err error) {
	var rl *RateLimitError
	if !errors.As(err, &rl) {
		b.log.Error("send answer", append(attrs, "err", redact(err, b.cfg.Token))...)
		return
	}
	b.log.Warn("answer not sent: discord rate limit", append(attrs, "route", rl.Route,
		"retry_after", rl.Wait.Round(time.Millisecond).String(), "global", rl.Global)...)
	r.fail(ctx, msgLimited)
}

// logAnswer writes the log line of an answered question.
func (b *Client) logAnswer(attrs []any, ans *citebot.Answer, messages int, took time.Duration) {
	unverified := 0
	for _, c := range ans.Citations {
		if !c.Supported {
			unverified++
		}
	}
	b.log.Info("question answered", append(attrs, "latency_ms", took.Milliseconds(), "mode", ans.Mode,
		"answered", ans.Answered, "citations", len(ans.Citations), "unverified", unverified,
		"messages", messages)...)
	b.log.Debug("question text", "question", ans.Question)
}

func since(t time.Time) int64 { return time.Since(t).Milliseconds() }

// streamer pushes a streamed answer at most once per interval: the first
// delta is pushed at once, later ones coalesce. Its goroutine starts with
// the first delta, so answers that do not stream cost nothing. delta is
// safe for concurrent use; stop waits for a push in progress.
type streamer struct {
	every time.Duration
	push  func(string)
	log   interface{ Error(string, ...any) }

	mu      sync.Mutex
	text    strings.Builder
	started bool
	stopped bool
	kick    chan struct{}
	done    chan struct{}
	exited  chan struct{}
}

func newStreamer(every time.Duration, push func(string), log interface{ Error(string, ...any) }) *streamer {
	return &streamer{every: every, push: push, log: log,
		kick: make(chan struct{}, 1), done: make(chan struct{}), exited: make(chan struct{})}
}

// delta appends streamed text.
func (st *streamer) delta(s string) {
	st.mu.Lock()
	if st.stopped {
		st.mu.Unlock()
		return
	}
	st.text.WriteString(s)
	if !st.started {
		st.started = true
		go st.loop()
	}
	st.mu.Unlock()
	select {
	case st.kick <- struct{}{}:
	default:
	}
}

// stop ends streaming and waits for a push in progress.
func (st *streamer) stop() {
	st.mu.Lock()
	started := st.started
	st.stopped = true
	st.mu.Unlock()
	close(st.done)
	if started {
		<-st.exited
	}
}

func (st *streamer) loop() {
	defer close(st.exited)
	var last time.Time
	for {
		select {
		case <-st.kick:
		case <-st.done:
			return
		}
		if wait := st.every - time.Since(last); wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-t.C:
			case <-st.done:
				t.Stop()
				return
			}
		}
		st.mu.Lock()
		text := st.text.String()
		st.mu.Unlock()
		st.safePush(text)
		last = time.Now()
	}
}

func (st *streamer) safePush(text string) {
	defer func() {
		if v := recover(); v != nil {
			st.log.Error("stream push panicked", "panic", v)
		}
	}()
	st.push(text)
}
