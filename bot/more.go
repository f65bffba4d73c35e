package bot

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
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
func (b *Bot) continuation(question string, history []citebot.Turn) *citebot.Answer {
	if len(history) == 0 || !asked.AsksMore(question) {
		return nil
	}
	cs := history[len(history)-1].Citations
	lib, ok := b.ret.(citebot.Library)
	if len(cs) == 0 || !ok {
		return nil
	}
	last := cs[len(cs)-1]
	doc, n, err := splitChunkID(last.ID)
	if err != nil {
		return nil
	}
	ans := &citebot.Answer{Question: question, Mode: citebot.ModeExtractive,
		Notes: []string{"more: the sentences after the last answer's last citation"}}
	var parts []string
	for k := n; k < n+moreChunks && len(ans.Citations) < moreSentences; k++ {
		cc, err := lib.Chunk(fmt.Sprintf("%s#%d", doc, k))
		if err != nil {
			break
		}
		for _, c := range after(cc, last, moreSentences-len(ans.Citations)) {
			c.N = len(ans.Citations) + 1
			ans.Citations = append(ans.Citations, c)
			parts = append(parts, fmt.Sprintf("%s [%d]", c.Quote, c.N))
		}
	}
	if len(parts) == 0 {
		return nil
	}
	ans.Answer, ans.Answered = strings.Join(parts, " "), true
	return ans
}

// after cites up to k sentences of chunk cc that start after citation
// last ends and end as sentences do.
func after(cc citebot.ChunkContext, last citebot.Citation, k int) []citebot.Citation {
	p := cc.Passage
	var out []citebot.Citation
	for _, sp := range text.Sentences(p.Text) {
		if len(out) == k {
			break
		}
		s := p.Text[sp.Start:sp.End]
		if p.Start+sp.Start < last.End || !ended(s) {
			continue
		}
		out = append(out, citebot.Citation{ID: p.ID, Doc: p.Doc, Start: p.Start + sp.Start, End: p.Start + sp.End,
			Quote: s, Supported: true, Title: last.Title, Author: last.Author, Date: last.Date,
			Line: cc.StartLine + strings.Count(p.Text[:sp.Start], "\n")})
	}
	return out
}

// splitChunkID splits a chunk ID ("002#7") into its document ID and
// chunk number.
func splitChunkID(id string) (string, int, error) {
	doc, num, ok := strings.Cut(id, "#")
	n, err := strconv.Atoi(num)
	if !ok || doc == "" || err != nil || n < 1 {
		return "", 0, fmt.Errorf("chunk id %q: not doc#n", id)
	}
	return doc, n, nil
}
