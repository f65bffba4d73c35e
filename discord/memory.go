package discord

import (
	"slices"

	"github.com/citebot/citebot"
)

// memory keeps the last turns of conversations, keyed by thread or reply
// chain, and which conversation each message belongs to. It is bounded:
// maxTurns per conversation, and a fixed number of conversations and
// messages, the least recently used evicted first. It is safe for
// concurrent use.
type memory struct {
	maxTurns int
	convs    *lru[string, []citebot.Turn]
	msgs     *lru[string, string] // message ID → conversation key
}

func newMemory(maxTurns, maxConvs int) *memory {
	return &memory{
		maxTurns: maxTurns,
		convs:    newLRU[string, []citebot.Turn](maxConvs),
		msgs:     newLRU[string, string](maxConvs * 8),
	}
}

// history returns a copy of the turns of conversation key, oldest first.
func (m *memory) history(key string) []citebot.Turn {
	ts, _ := m.convs.get(key)
	return slices.Clone(ts)
}

// add appends a turn to conversation key, dropping the oldest beyond
// maxTurns.
func (m *memory) add(key string, t citebot.Turn) {
	m.convs.update(key, func(ts []citebot.Turn, _ bool) []citebot.Turn {
		ts = append(slices.Clone(ts), t)
		if len(ts) > m.maxTurns {
			ts = ts[len(ts)-m.maxTurns:]
		}
		return ts
	})
}

// link records that message id belongs to conversation key.
func (m *memory) link(id, key string) { m.msgs.put(id, key) }

// conversationOf returns the conversation message id belongs to.
func (m *memory) conversationOf(id string) (string, bool) { return m.msgs.get(id) }
