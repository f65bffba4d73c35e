package bot_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/openai/openaitest"
)

// TestLLMConflicts: the values of an LLM answer's "Sources differ:"
// sentence become the answer's conflicts when each is in the passage it
// cites, and none when one is not.
func TestLLMConflicts(t *testing.T) {
	tests := []struct{ reply, want string }{
		{"Sources differ: 2014 [1]; February 2003 [1].", "[{2014 [1]} {February 2003 [2]}]"},
		{"Sources differ: 2014 [1]; 2015 [1].", "[]"},
		{"NATO troops left Afghanistan in 2014 [1].", "[]"},
	}
	for _, tt := range tests {
		srv := openaitest.New(openaitest.Reply{Text: tt.reply})
		a, err := newBot(srv, 5*time.Second).Ask(context.Background(), citebot.Question{Text: "When did NATO troops leave?"})
		srv.Close()
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(a.Conflicts); got != tt.want || a.Conflicts == nil {
			t.Errorf("%q: conflicts %s (nil %v), want %s", tt.reply, got, a.Conflicts == nil, tt.want)
		}
		exact(t, a)
	}
}
