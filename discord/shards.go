package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/citebot/citebot"
)

// ShardPlan says which shards of the bot one process runs. The zero value
// runs every shard Discord recommends.
type ShardPlan struct {
	// Count is how many shards the bot has in all; zero means Discord's
	// recommendation (GET /gateway/bot).
	Count int
	// IDs are the shards this process runs, each in [0, Count); nil means
	// all of them. Several processes split the shards by their IDs.
	IDs []int
	// StartInterval is the wait between two buckets of shards; zero means
	// the 5 seconds Discord requires.
	StartInterval time.Duration
}

// RunShards runs one Client per shard of plan, all with cfg (its ShardID
// and ShardCount are set per shard), until ctx is done. Shards start in
// buckets of Discord's max_concurrency (shard IDs id/max_concurrency
// alike), one bucket per StartInterval, as Discord requires of sessions
// that identify. It returns when every shard has stopped: nil after a
// clean shutdown, or the first error of a shard (the others are stopped).
func RunShards(ctx context.Context, cfg Config, plan ShardPlan, asker Asker, lib citebot.Library, logger *slog.Logger) error {
	count, maxConc, err := shardLimits(cfg, plan, asker, lib, logger)
	if err != nil {
		return err
	}
	ids, err := shardIDs(plan.IDs, count)
	if err != nil {
		return err
	}
	interval := plan.StartInterval
	if interval <= 0 {
		interval = 5 * time.Second
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var wg sync.WaitGroup
	for i, bucket := range buckets(ids, maxConc) {
		if i > 0 && !sleepCtx(ctx, interval) {
			break
		}
		for _, id := range bucket {
			c := cfg
			c.ShardID, c.ShardCount = id, count
			b, err := New(c, asker, lib, logger.With("shard", id))
			if err != nil {
				cancel(err)
				break
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := b.Run(ctx); err != nil {
					cancel(fmt.Errorf("shard %d: %w", id, err))
				}
			}()
		}
	}
	wg.Wait()
	if err := context.Cause(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}

// shardLimits returns the shard count (plan.Count, or Discord's
// recommendation) and how many shards may identify at once.
func shardLimits(cfg Config, plan ShardPlan, asker Asker, lib citebot.Library, logger *slog.Logger) (int, int, error) {
	probe, err := New(cfg, asker, lib, logger)
	if err != nil {
		return 0, 0, err
	}
	gb, err := probe.s.GatewayBot()
	if err != nil {
		return 0, 0, fmt.Errorf("ask discord for the shard count: %s", redact(err, probe.cfg.Token))
	}
	count := plan.Count
	if count <= 0 {
		count = max(gb.Shards, 1)
	}
	return count, max(gb.SessionStartLimit.MaxConcurrency, 1), nil
}

// shardIDs checks ids against count; nil means every shard.
func shardIDs(ids []int, count int) ([]int, error) {
	if ids == nil {
		ids = make([]int, count)
		for i := range ids {
			ids[i] = i
		}
	}
	for _, id := range ids {
		if id < 0 || id >= count {
			return nil, fmt.Errorf("shard %d is not one of the bot's %d shards", id, count)
		}
	}
	return slices.Compact(slices.Sorted(slices.Values(ids))), nil
}

// buckets groups sorted shard IDs by id / maxConc: the shards Discord lets
// identify together.
func buckets(ids []int, maxConc int) [][]int {
	var out [][]int
	for _, id := range ids {
		if n := len(out); n > 0 && out[n-1][0]/maxConc == id/maxConc {
			out[n-1] = append(out[n-1], id)
			continue
		}
		out = append(out, []int{id})
	}
	return out
}

// sleepCtx waits d; false when ctx ends first.
func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
