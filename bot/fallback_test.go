package bot

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/citebot/citebot"
)

// metaRetriever serves docText: a search for the author's name finds the
// byline, any other search finds the other paragraphs only, so that the
// extractive answer to "who wrote" needs a second search. It records the
// context error each search saw.
type metaRetriever struct {
	mu   sync.Mutex
	errs map[string]error
}

func (m *metaRetriever) Search(ctx context.Context, query string, k int) ([]citebot.Passage, error) {
	m.mu.Lock()
	m.errs[query] = ctx.Err()
	m.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	all, _ := fakeRetriever{}.Search(ctx, query, 10)
	var out []citebot.Passage
	for _, p := range all {
		if strings.HasPrefix(p.Text, "Author:") == (query == "Jane Example") {
			out = append(out, p)
		}
	}
	return out[:min(k, len(out))], nil
}

// stallCompleter waits until its context is done; first, when cancel is
// set, it cancels the caller's context.
type stallCompleter struct{ cancel context.CancelFunc }

func (s stallCompleter) Complete(ctx context.Context, _ citebot.CompletionRequest, _ func(string)) (string, error) {
	if s.cancel != nil {
		s.cancel()
	}
	<-ctx.Done()
	return "", ctx.Err()
}

// TestFallbackContext: after the LLM's own deadline the fallback still
// searches for the metadata line with the caller's live context; after
// the caller cancels, that search sees the cancellation.
func TestFallbackContext(t *testing.T) {
	const q = "Who wrote Bridges of the Valley?"
	for _, cancelled := range []bool{false, true} {
		ctx, cancel := context.WithCancel(context.Background())
		r := &metaRetriever{errs: map[string]error{}}
		c := stallCompleter{}
		timeout := time.Millisecond // the LLM's deadline passes first
		if cancelled {
			// the caller cancels first: with a 1 ms deadline the LLM's
			// could pass before the completer ran, on a loaded machine
			c.cancel, timeout = cancel, time.Minute
		}
		b := New(r, Options{Synonyms: sharedSynonyms(), Completer: c, LLMTimeout: timeout, Logger: slog.New(slog.DiscardHandler)})
		a, err := b.Ask(ctx, citebot.Question{Text: q})
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		lookupErr, searched := r.errs["Jane Example"]
		if !searched || (lookupErr != nil) != cancelled {
			t.Errorf("cancelled=%v: lookup searched=%v with ctx error %v", cancelled, searched, lookupErr)
		}
		if a.Mode != citebot.ModeExtractive || strings.Contains(a.Answer, "Jane Example") == cancelled {
			t.Errorf("cancelled=%v: %s answered=%v %q %v", cancelled, a.Mode, a.Answered, a.Answer, a.Notes)
		}
	}
}
