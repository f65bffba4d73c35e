package discord

import (
	"flag"
	"os"
	"testing"
)

// TestMain raises the default test parallelism: the end-to-end tests are
// idle most of the time, mostly in discordgo's Close, which waits a second
// for the gateway to hang up. An explicit -parallel flag still wins.
func TestMain(m *testing.M) {
	if f := flag.Lookup("test.parallel"); f != nil {
		_ = f.Value.Set("16")
	}
	os.Exit(m.Run())
}
