package bot

import (
	"fmt"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// Limits of a summary by a document's opening (leadSummary).
const (
	leadSentences = 3  // sentences quoted
	leadChunks    = 4  // first chunks read for them
	leadMinBytes  = 40 // shorter sentences (headings, bylines, captions) are passed over
)

// leadSummary answers a request to summarize a document that the request
// names by its title ("summarize “Old Ferries”", "what is the article Old
// Ferries about?", or "the second one" of a list, resolved to its title)
// with the document's opening: its first leadSentences sentences of at
// least leadMinBytes that end as sentences do, in its first chunks (the
// cleaned text: no navigation), each cited — the lead, which for news and encyclopedia
// pages says what they are about. It returns nil when the request asks
// for no summary, names no one document by its title, or the Retriever is
// no citebot.Library; the question is then asked as typed.
func (b *Bot) leadSummary(question string) *citebot.Answer {
	target, ok := asked.SummaryOf(question)
	lib, isLib := b.ret.(citebot.Library)
	if !ok || !isLib {
		return nil
	}
	src, ok := titled(lib.Sources(), target)
	if !ok {
		return nil
	}
	ans := &citebot.Answer{Question: question, Mode: citebot.ModeExtractive,
		Notes: []string{"a summary by the document's opening sentences"}}
	var parts []string
	for n := 1; n <= min(src.Chunks, leadChunks) && len(ans.Citations) < leadSentences; n++ {
		cc, err := lib.Chunk(fmt.Sprintf("%s#%d", src.ID, n))
		if err != nil {
			break
		}
		for _, c := range leadCitations(cc, src, leadSentences-len(ans.Citations)) {
			c.N = len(ans.Citations) + 1
			ans.Citations = append(ans.Citations, c)
			parts = append(parts, fmt.Sprintf("%s [%d]", c.Quote, c.N))
		}
	}
	if len(parts) == 0 {
		return nil
	}
	ans.Answer = "“" + src.Title + "” opens: " + strings.Join(parts, " ")
	ans.Answered = true
	return ans
}

// leadCitations cites up to k sentences of chunk cc of document src that
// say something: at least leadMinBytes long and not its title, author or
// date line.
func leadCitations(cc citebot.ChunkContext, src citebot.Source, k int) []citebot.Citation {
	p := cc.Passage
	var out []citebot.Citation
	for _, sp := range text.Sentences(p.Text) {
		s := p.Text[sp.Start:sp.End]
		if len(out) == k {
			break
		}
		if len(s) < leadMinBytes || !ended(s) || metaLine(s, src) {
			continue
		}
		out = append(out, citebot.Citation{ID: p.ID, Doc: p.Doc, Start: p.Start + sp.Start, End: p.Start + sp.End,
			Quote: s, Supported: true, Title: src.Title, Author: src.Author, Date: src.Date,
			Line: cc.StartLine + strings.Count(p.Text[:sp.Start], "\n")})
	}
	return out
}

// ended reports whether sentence s ends as a sentence does (".", "!",
// "?", before closing quotes or brackets), not as a heading, a tagline or
// a caption does.
func ended(s string) bool {
	s = strings.TrimRight(s, `"'”’)]» `)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// metaLine reports whether sentence s states no more than the document's
// title, author or date.
func metaLine(s string, src citebot.Source) bool {
	f := text.Fold(s)
	for _, v := range []string{src.Title, src.Author, src.Date} {
		if v := text.Fold(v); v != "" && strings.Contains(f, v) && len(f) < len(v)+leadMinBytes {
			return true
		}
	}
	return false
}

// titled returns the one document whose title is target, case, accents,
// quotes and closing punctuation aside, or false when none or several
// are.
func titled(srcs []citebot.Source, target string) (citebot.Source, bool) {
	bare := func(s string) string { return strings.TrimRight(text.Fold(s), "?!. ") } // "Why Does Slack Say Hummus?"
	want := bare(target)
	var found []citebot.Source
	for _, s := range srcs {
		if s.Title != "" && bare(s.Title) == want {
			found = append(found, s)
		}
	}
	if len(found) != 1 {
		return citebot.Source{}, false
	}
	return found[0], true
}
