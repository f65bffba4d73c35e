package bot_test

import (
	"context"
	"testing"

	"github.com/citebot/citebot/eval"
)

// TestConflictsOnDevSet holds the answers to the conflict figures of
// issue 8: every value reported with its citation on at least five of
// the six conflict questions, no conflict claimed on the controls, and
// none on the seed and user dev sets, whose sources agree.
func TestConflictsOnDevSet(t *testing.T) {
	b, ix := seedBot(t)
	for _, tc := range []struct {
		file              string
		reported, claimed int // least reported; most claimed on a set without conflict items
	}{
		{"../eval/testdata/dev/conflict-dev.jsonl", 5, 0},
		{seedDev, 0, 0},
		{"../eval/testdata/dev/user-dev.jsonl", 0, 0},
	} {
		rep, err := eval.Run(context.Background(), b, ix, readSet(t, tc.file))
		if err != nil {
			t.Fatal(err)
		}
		c := rep.Conflicts
		t.Logf("%s: %+v", tc.file, c)
		if c.Reported < tc.reported || c.WronglyClaimed > 0 || c.Items == 0 && c.Claimed > tc.claimed {
			t.Errorf("%s: %+v; want ≥ %d reported, no wrong claims", tc.file, c, tc.reported)
		}
	}
}
