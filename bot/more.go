package bot

import (
	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
)

// Limits of an answer that goes on from the last one (continuation).
const (
	moreSentences = 2 // sentences added
	moreChunks    = 3 // chunks read from the one the last citation is in
)

// continuation answers a request for more of the last answer ("tell me
// more", "go on") with the sentences that follow, in its document's
// cleaned text, the last sentence that answer cited: up to moreSentences
// sentences that end as sentences do, from its chunk and the next ones,
// each cited by exact bytes. It returns nil when the message asks for
// something else, the last turn kept no citation with a chunk ID, the
// Retriever is no citebot.Library, or the document ends there.
func (b *Bot) continuation(msg asked.Message, history []citebot.Turn) *citebot.Answer {
	if len(history) == 0 || !msg.AsksMore() {
		return nil
	}
	cs := history[len(history)-1].Citations
	lib, ok := b.ret.(citebot.Library)
	if len(cs) == 0 || !ok {
		return nil
	}
	last := cs[len(cs)-1]
	doc, n, err := citebot.ParseChunkID(last.ID)
	if err != nil {
		return nil
	}
	cs = citeSentences(lib, doc, n, n+moreChunks-1, moreSentences, last,
		func(_ string, start int) bool { return start >= last.End })
	if len(cs) == 0 {
		return nil
	}
	return &citebot.Answer{Question: msg.Text, Mode: citebot.ModeExtractive, Answered: true,
		Answer: quoted(cs), Citations: cs, Notes: []string{"more: the sentences after the last answer's last citation"}}
}
