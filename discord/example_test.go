package discord_test

import (
	"context"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/discord"
	"github.com/citebot/citebot/retrieval"
)

// A Discord bot over a folder of documents, until SIGINT or SIGTERM.
func ExampleClient_Run() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ix, _, err := retrieval.Open(ctx, retrieval.Corpus{FS: os.DirFS("docs"), Name: "docs"}, retrieval.Options{})
	if err != nil {
		log.Fatal(err)
	}
	d, err := discord.New(discord.Config{Token: os.Getenv("DISCORD_TOKEN"), GuildID: os.Getenv("DISCORD_GUILD_ID")},
		bot.New(ix, bot.Options{}), ix, slog.Default())
	if err != nil {
		log.Fatal(err)
	}
	if err := d.Run(ctx); err != nil {
		log.Fatal(err)
	}
}
