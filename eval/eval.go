// Package eval measures citebot's retrieval and answers on a set of
// questions with known answers and evidence quotes.
package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// Item is one question of an evaluation set (one JSONL line). An empty
// Answers list means the corpus does not answer the question.
type Item struct {
	ID       string     `json:"id"`
	Question string     `json:"question"`
	Answers  []string   `json:"answers"`
	Evidence []Evidence `json:"evidence"`
	Kind     string     `json:"kind"`
	// Conflict lists, for a question the sources answer differently, each
	// value with its quote; an empty list marks a control whose sources
	// agree, and nil an item of a set that does not check conflicts.
	Conflict []ConflictValue `json:"conflict,omitempty"`
}

// Evidence is a quote of a document that supports an answer; it matches
// the document after white-space and case folding.
type Evidence struct {
	Doc   string `json:"doc"`
	Quote string `json:"quote"`
}

// Answerable reports whether the corpus answers the item.
func (it Item) Answerable() bool { return len(it.Answers) > 0 }

// Read parses a JSONL evaluation set; blank lines are skipped.
func Read(r io.Reader) ([]Item, error) {
	var items []Item
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var it Item
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if strings.TrimSpace(it.Question) == "" {
			return nil, fmt.Errorf("line %d: no question", line)
		}
		if it.ID == "" {
			it.ID = fmt.Sprintf("line-%d", line)
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	return items, nil
}

// Asker answers questions; *bot.Bot is one.
type Asker interface {
	Ask(ctx context.Context, q citebot.Question) (*citebot.Answer, error)
}

// AnswerWindow is how much of an answer counts for correctness: an
// expected answer must appear within its first AnswerWindow bytes.
const AnswerWindow = 300

// span is an evidence quote located in its document.
type span struct {
	doc        string
	start, end int
}

// locate finds every evidence quote of it in the library, after folding.
func locate(lib citebot.Library, it Item) ([]span, []string) {
	var out []span
	var missing []string
	for _, ev := range it.Evidence {
		doc, err := lib.Text(ev.Doc)
		if err != nil {
			missing = append(missing, fmt.Sprintf("%s: %v", ev.Doc, err))
			continue
		}
		folded, m := text.FoldMap(doc)
		q := text.Fold(ev.Quote)
		i := strings.Index(folded, q)
		if q == "" || i < 0 {
			missing = append(missing, fmt.Sprintf("%s: quote not found: %q", ev.Doc, ev.Quote))
			continue
		}
		out = append(out, span{doc: ev.Doc, start: m[i], end: m[i+len(q)]})
	}
	return out, missing
}

// hits reports whether a span of a document overlaps any evidence span by
// at least half of the shorter of the two.
func hits(ev []span, doc string, start, end int) bool {
	for _, e := range ev {
		if e.doc != doc {
			continue
		}
		o := min(end, e.end) - max(start, e.start)
		if o > 0 && 2*o >= min(end-start, e.end-e.start) {
			return true
		}
	}
	return false
}

// containsAnswer reports whether any expected answer occurs, folded, in the
// first AnswerWindow bytes of the answer.
func containsAnswer(answer string, expected []string) bool {
	if len(answer) > AnswerWindow {
		answer = answer[:AnswerWindow]
	}
	a := text.Fold(answer)
	for _, e := range expected {
		if f := text.Fold(e); f != "" && strings.Contains(a, f) {
			return true
		}
	}
	return false
}
