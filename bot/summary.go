package bot

import (
	"regexp"
	"slices"
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

// leadSummary answers a request to summarize the document titled title
// (asked.Message.Summary of "summarize “Old Ferries”", "what is the
// article Old Ferries about?", or "the second one" of a list, resolved to
// its title) with the document's opening: its first leadSentences sentences of at
// least leadMinBytes that end as sentences do, in its first chunks (the
// cleaned text: no navigation), each cited — the lead, which for news and encyclopedia
// pages says what they are about. It returns nil when src is nil, the
// Retriever is no citebot.Library, or no sentence will do; the question
// is then asked as typed.
func (b *Bot) leadSummary(src *citebot.Source) *citebot.Answer {
	lib, ok := b.ret.(citebot.Library)
	if src == nil || !ok {
		return nil
	}
	cs := citeSentences(lib, src.ID, 1, leadChunks, leadSentences, citebot.Citation{Title: src.Title, Author: src.Author, Date: src.Date},
		func(s string, _ int) bool { return len(s) >= leadMinBytes && !metaLine(s, *src) })
	if len(cs) == 0 {
		return nil
	}
	return &citebot.Answer{Mode: citebot.ModeExtractive, Answered: true,
		Answer: "“" + src.Title + "” opens: " + quoted(cs), Citations: cs,
		Notes: []string{"a summary by the document's opening sentences"}}
}

// whichDocument answers a request to summarize a document that it points
// at without naming it ("summarize it", "the article", "the 9th article"
// of five) with the documents, as the collection's overview lists them,
// and a word on how to name one; asked to summarize all of them (all:
// "describe the documents"), with the overview alone. It returns nil when
// the Retriever is no citebot.Library or holds no document.
func (b *Bot) whichDocument(question string, all bool) *citebot.Answer {
	lib, ok := b.ret.(citebot.Library)
	if !ok {
		return nil
	}
	srcs := lib.Sources()
	if len(srcs) == 0 {
		return nil
	}
	ans := &citebot.Answer{Question: question, Mode: citebot.ModeExtractive}
	overview(ans, lib, srcs, asked.MetaCollection)
	if !all {
		ans.Answer = "Which document? Name it by its title or by its place (“summarize the first article”). " + ans.Answer
	}
	return ans
}

// summarized returns the document titled title, which a message asks to
// have summarized; nil when title is "" or names no one document, or the
// Retriever is no citebot.Library.
func (b *Bot) summarized(title string) *citebot.Source {
	lib, isLib := b.ret.(citebot.Library)
	if title == "" || !isLib {
		return nil
	}
	srcs := lib.Sources()
	if src, ok := titled(srcs, title); ok {
		return &src
	}
	if src, ok := described(srcs, title); ok {
		return &src
	}
	return nil
}

// reDescribedDoc is a document named by a word or two of what it is or
// where it appeared and the noun of its kind: "the airbnb article", "the
// bbc story", "that unicode post".
var reDescribedDoc = regexp.MustCompile(`(?i)^(?:the |this |that )?(.+?) (?:` + docWords + `|interview|review|report|op-?ed|blog post)$`)

// namedIn returns the one document that phrase names, by words of its
// title, path, publisher or author and the noun of its kind (described:
// "the malik article") or by its ID ("npr"); nil when it names none, or
// several, or the Retriever is no citebot.Library.
func (b *Bot) namedIn(phrase string) *citebot.Source {
	lib, ok := b.ret.(citebot.Library)
	if phrase == "" || !ok {
		return nil
	}
	srcs := lib.Sources()
	if src, ok := described(srcs, phrase); ok {
		return &src
	}
	toks := text.Tokens(phrase)
	var found []citebot.Source
	for _, s := range srcs {
		if asked.NamesID(toks, s.ID) {
			found = append(found, s)
		}
	}
	if len(found) != 1 {
		return nil
	}
	return &found[0]
}

// within returns the passages of document doc among ps, ranked anew from
// 1, at most k of them.
func within(ps []citebot.Passage, doc string, k int) []citebot.Passage {
	var out []citebot.Passage
	for _, p := range ps {
		if p.Doc == doc && len(out) < k {
			p.Rank = len(out) + 1
			out = append(out, p)
		}
	}
	return out
}

// topicOf returns the topic of a request for a summary that names no
// document: target without the noun of a document's kind after it ("the
// pipeline article" → "pipeline").
func topicOf(target string) string {
	if before, words := describedBy(target); len(words) > 0 {
		return before
	}
	return target
}

// describedBy returns what target says before the noun of a document's
// kind that ends it (reDescribedDoc: "the airbnb article" → "airbnb"),
// and its folded words that are no stop words; "" and none when no such
// noun ends it.
func describedBy(target string) (before string, words []string) {
	m := reDescribedDoc.FindStringSubmatch(strings.TrimSpace(target))
	if m == nil {
		return "", nil
	}
	for _, t := range text.Tokens(m[1]) {
		if !text.IsStop(t.Norm) {
			words = append(words, t.Norm)
		}
	}
	return m[1], words
}

// described returns the one document that target names by words of its
// title, path, publisher or author, or by those words run together, and
// the noun of its kind ("the bbc article", "the airbnb story", "the
// huffington post article" of huffingtonpost-afghans.txt), or false when
// none or several do.
func described(srcs []citebot.Source, target string) (citebot.Source, bool) {
	_, words := describedBy(target)
	if len(words) == 0 || len(words) > 3 {
		return citebot.Source{}, false
	}
	var found []citebot.Source
	for _, s := range srcs {
		about := map[string]bool{}
		for _, t := range text.Tokens(strings.Join([]string{s.Title, s.Path, s.Publisher, s.Author}, " ")) {
			about[t.Norm] = true
		}
		if !slices.ContainsFunc(words, func(w string) bool { return !about[w] }) || about[strings.Join(words, "")] { // "huffington post": huffingtonpost-….txt
			found = append(found, s)
		}
	}
	if len(found) != 1 {
		return citebot.Source{}, false
	}
	return found[0], true
}

// openingPassages returns, for a request to summarize document src
// (summarized), the document's first K chunks in order, ranked from 1,
// for an LLM to summarize: search would bring passages of other
// documents that share the title's words, and a summary needs the
// document's opening, not its best match. It returns nil when src is nil,
// the Retriever is no citebot.Library, or the library gives no chunk.
func (b *Bot) openingPassages(src *citebot.Source) []citebot.Passage {
	lib, ok := b.ret.(citebot.Library)
	if src == nil || !ok {
		return nil
	}
	var out []citebot.Passage
	for n := 1; n <= b.opts.K; n++ {
		cc, err := lib.Chunk(citebot.ChunkID(src.ID, n))
		if err != nil {
			break
		}
		p := cc.Passage
		p.Rank, p.Source = n, src
		out = append(out, p)
	}
	return out
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
