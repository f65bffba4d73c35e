package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/discord"
)

// serveInteractions runs the HTTP interactions endpoint at addr: stateless
// replicas behind a load balancer answer slash commands this way.
func serveInteractions(ctx context.Context, cfg Config, dcfg discord.Config, addr string, a discord.Asker, lib citebot.Library, log *slog.Logger) error {
	key, err := hex.DecodeString(strings.TrimSpace(cfg.DiscordPublicKey))
	if err != nil || len(key) != ed25519.PublicKeySize {
		return usageError("discord --http: set DISCORD_PUBLIC_KEY to the application's public key (64 hex digits, on the developer portal's General Information page)")
	}
	d, err := discord.New(dcfg, a, lib, log)
	if err != nil {
		return fmt.Errorf("discord: %w", err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("discord --http: %w", err)
	}
	log.Info("serving Discord interactions", "addr", ln.Addr().String())
	return d.ServeInteractions(ctx, ln, ed25519.PublicKey(key))
}

// shardPlan reads CITEBOT_DISCORD_SHARDS ("auto" or a number) and
// CITEBOT_DISCORD_SHARD_IDS (this process's shards; empty: all).
func shardPlan(cfg Config) (discord.ShardPlan, error) {
	var plan discord.ShardPlan
	if s := strings.TrimSpace(cfg.DiscordShards); s != "auto" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			return plan, usageError("CITEBOT_DISCORD_SHARDS: want auto or a number of shards")
		}
		plan.Count = n
	}
	for _, id := range cfg.DiscordShardIDs {
		n, err := strconv.Atoi(id)
		if err != nil || n < 0 {
			return plan, usageError("CITEBOT_DISCORD_SHARD_IDS: want shard numbers such as 0,2")
		}
		plan.IDs = append(plan.IDs, n)
	}
	return plan, nil
}
