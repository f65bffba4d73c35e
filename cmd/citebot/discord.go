package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/citebot/citebot/discord"
)

func discordCmd(st *state) *cobra.Command {
	var f answerFlags
	var guild, metrics, httpAddr, shards string // "" leaves the environment's values
	var watch bool
	c := &cobra.Command{
		Use:   "discord [flags]",
		Short: "run the Discord bot",
		Long: `Run the Discord bot until interrupted: /ask, /cite and /sources slash
commands, and answers to mentions and direct messages. Set DISCORD_TOKEN;
docs/discord.md tells how to create the bot and run it as a service.

With a --corpus folder and the index in process, changes to the folder are
indexed in the background while answers keep coming from the previous
index (--watch=false turns this off; with --store, run citebot index).`,
		Example: `  DISCORD_TOKEN=... citebot discord --guild 123456789012345678
  citebot discord --metrics-addr :9090`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			cfg, err := st.settings()
			if err != nil {
				return err
			}
			if strings.TrimSpace(cfg.DiscordToken) == "" {
				return usageError("discord: set DISCORD_TOKEN to the bot's token (see docs/discord.md)")
			}
			if cfg, err = f.apply(cfg, "discord"); err != nil {
				return err
			}
			cfg.DiscordGuildID, cfg.MetricsAddr = or(guild, cfg.DiscordGuildID), or(metrics, cfg.MetricsAddr)
			cfg.DiscordShards = or(shards, cfg.DiscordShards)
			return runDiscord(c.Context(), cfg, st.e, httpAddr, watch)
		},
	}
	f.bind(c, st.cfg, "")
	c.Flags().StringVar(&guild, "guild", "", "register the slash commands to this guild `ID` only (env DISCORD_GUILD_ID; default: globally)")
	c.Flags().StringVar(&metrics, "metrics-addr", "", "serve Prometheus metrics at `address`/metrics, e.g. :9090 (env CITEBOT_METRICS_ADDR)")
	c.Flags().StringVar(&httpAddr, "http", "", "serve slash commands as an HTTP interactions endpoint at `address` (needs DISCORD_PUBLIC_KEY; no gateway)")
	c.Flags().BoolVar(&watch, "watch", true, "index changes to the --corpus folder in the background (not with --store)")
	c.Flags().StringVar(&shards, "shards", "", "run the bot sharded: `auto` or a number of shards (env CITEBOT_DISCORD_SHARDS; CITEBOT_DISCORD_SHARD_IDS picks this process's shards)")
	return c
}

func runDiscord(ctx context.Context, cfg Config, e *env, httpAddr string, watch bool) error {
	log := serviceLog(ctx, e)
	bg := newBackground(cfg, watch, log)
	defer bg.stop()
	ix, b, err := openBot(ctx, cfg, e)
	if err != nil {
		return err
	}
	bg.start(ctx, ix)
	var metrics *discord.Metrics
	if cfg.MetricsAddr != "" {
		metrics = discord.NewMetrics()
		stop, err := serveMetrics(cfg.MetricsAddr, metrics, log)
		if err != nil {
			return err
		}
		defer stop()
	}
	dcfg := discord.Config{
		Token: cfg.DiscordToken, GuildID: cfg.DiscordGuildID, APIBase: cfg.DiscordAPIBase,
		Channels: cfg.DiscordChannels, Roles: cfg.DiscordRoles, Metrics: metrics,
	}
	switch {
	case httpAddr != "":
		return serveInteractions(ctx, cfg, dcfg, httpAddr, b, ix, log)
	case cfg.DiscordShards != "":
		plan, err := shardPlan(cfg)
		if err != nil {
			return err
		}
		return discord.RunShards(ctx, dcfg, plan, b, ix, log)
	}
	d, err := discord.New(dcfg, b, ix, log)
	if err != nil {
		return fmt.Errorf("discord: %w", err)
	}
	return d.Run(ctx)
}

// serviceLog is the logger of a long-running command: e.log when it logs
// at info level, else one that does, so each question leaves a line.
func serviceLog(ctx context.Context, e *env) *slog.Logger {
	if e.log.Enabled(ctx, slog.LevelInfo) {
		return e.log
	}
	return slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// serveMetrics serves m at addr/metrics until stop is called.
func serveMetrics(addr string, m http.Handler, log *slog.Logger) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server", "err", err)
		}
	}()
	log.Info("serving metrics", "addr", ln.Addr().String()+"/metrics")
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}, nil
}
