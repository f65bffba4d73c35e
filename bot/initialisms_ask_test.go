package bot_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot"
)

// TestAskSpellsOutInitialism: a question abbreviating a name the corpus
// only spells out ("paf") is searched and answered as if it spelt it.
func TestAskSpellsOutInitialism(t *testing.T) {
	b, _ := seedBot(t)
	ans, err := b.Ask(context.Background(), citebot.Question{Text: "when did the paf chief visit moscow"})
	if err != nil {
		t.Fatal(err)
	}
	const note = "read as: when did the Pakistan Air Force chief visit moscow"
	if !slices.Contains(ans.Notes, note) || !ans.Answered || !strings.Contains(ans.Answer, "Tahir Rafiq Butt") {
		t.Errorf("answered %v: %q, notes %q; want the air chief's visit, %q", ans.Answered, ans.Answer, ans.Notes, note)
	}
}
