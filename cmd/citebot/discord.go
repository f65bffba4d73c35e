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

	"github.com/citebot/citebot/discord"
)

func runDiscord(ctx context.Context, cfg Config, e *env, args []string) error {
	fs := newFlags("discord", "discord [flags]", &cfg, e.stderr)
	fs.StringVar(&cfg.DiscordGuildID, "guild", cfg.DiscordGuildID, "register the slash commands to this guild `ID` only (env DISCORD_GUILD_ID; default: globally)")
	fs.StringVar(&cfg.MetricsAddr, "metrics-addr", cfg.MetricsAddr, "serve Prometheus metrics at `address`/metrics, e.g. :9090 (env CITEBOT_METRICS_ADDR)")
	fs.IntVar(&cfg.K, "k", cfg.K, "number of passages per answer")
	fs.BoolVar(&cfg.NoLLM, "no-llm", cfg.NoLLM, "answer extractively even when an LLM is configured")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError("discord: unexpected argument %q", pos[0])
	}
	if strings.TrimSpace(cfg.DiscordToken) == "" {
		return usageError("discord: set DISCORD_TOKEN to the bot's token (see docs/discord.md)")
	}
	if cfg.K < 1 || cfg.K > 50 {
		return usageError("discord: --k must be between 1 and 50")
	}
	log := serviceLog(ctx, e)
	ix, b, err := openBot(ctx, cfg, e)
	if err != nil {
		return err
	}
	var metrics *discord.Metrics
	if cfg.MetricsAddr != "" {
		metrics = discord.NewMetrics()
		stop, err := serveMetrics(cfg.MetricsAddr, metrics, log)
		if err != nil {
			return err
		}
		defer stop()
	}
	d, err := discord.New(discord.Config{
		Token: cfg.DiscordToken, GuildID: cfg.DiscordGuildID, APIBase: cfg.DiscordAPIBase,
		Channels: cfg.DiscordChannels, Roles: cfg.DiscordRoles, Metrics: metrics,
	}, b, ix, log)
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
