package bot

import (
	"fmt"
	"slices"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
)

// whence answers a message that asks only where the last answer comes
// from (asked.Message.AsksSource: "source?", "which article is that
// from?", "who wrote that?") with the documents that answer cites: a line
// for each, “title” · author · date, cited by the first of its citations
// that still quotes the document's exact bytes. It returns nil when the
// message asks something else, the last answer kept no citation that is
// still exact, or the Retriever is no citebot.Library.
func (b *Bot) whence(msg asked.Message, history []citebot.Turn) *citebot.Answer {
	if len(history) == 0 || !msg.AsksSource() {
		return nil
	}
	lib, ok := b.ret.(citebot.Library)
	if !ok {
		return nil
	}
	srcs := map[string]citebot.Source{}
	for _, s := range lib.Sources() {
		srcs[s.Path] = s
	}
	var lines []string
	var cs []citebot.Citation
	for _, c := range history[len(history)-1].Citations {
		src, known := srcs[c.Doc]
		if !known || !c.Holds(lib) || slices.ContainsFunc(cs, func(o citebot.Citation) bool { return o.Doc == c.Doc }) {
			continue
		}
		c.N = len(cs) + 1
		cs = append(cs, c)
		lines = append(lines, fmt.Sprintf("- %s [%d]", sourceLine(src, asked.MetaNone), c.N))
	}
	if len(cs) == 0 {
		return nil
	}
	return &citebot.Answer{Question: msg.Text, Mode: citebot.ModeExtractive, Answered: true, Confidence: 1,
		Answer: "The last answer quotes:\n" + strings.Join(lines, "\n"), Citations: cs,
		Notes: []string{"the documents the last answer cites"}}
}
