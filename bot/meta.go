package bot

import (
	"fmt"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// maxListed is how many documents an overview of the collection lists.
const maxListed = 10

// titleChunks is how many of a document's first chunks are looked
// through for the chunk that holds its title, author or date (a
// Library over a server fetches each).
const titleChunks = 3

// aboutBot answers message msg when it asks about the bot or its
// documents rather than asking the documents (asked.Message.Meta): chatter
// alone ("hi", "thanks!"), questions about the bot and a calculation
// ("what's 48 divided by 6?", asked.Message.Calculation) get a short word
// on what it does, not answered; a question about the collection gets its
// documents' titles, authors and dates, each title cited where the
// document states it. It returns nil for a question for the documents,
// and for one about the collection when the Retriever is no
// citebot.Library (it is then asked as typed).
func (b *Bot) aboutBot(msg asked.Message) *citebot.Answer {
	question, m := msg.Text, msg.Meta()
	if msg.Calculation() {
		return &citebot.Answer{Question: question, Mode: citebot.ModeExtractive,
			Answer: "I answer from the documents, and this asks for a calculation. Ask me about what the documents say."}
	}
	if m == asked.MetaNone {
		return nil
	}
	lib, _ := b.ret.(citebot.Library)
	var srcs []citebot.Source
	if lib != nil {
		srcs = lib.Sources()
	}
	ans := &citebot.Answer{Question: question, Mode: citebot.ModeExtractive}
	switch m {
	case asked.MetaChatter:
		ans.Answer = intro(len(srcs)) + " Ask me anything about them, or what they are about."
		if text.Thanks(question) {
			ans.Answer = "You're welcome! Ask me anything else about the documents."
		}
	case asked.MetaSelf:
		ans.Answer = "I'm citebot. " + intro(len(srcs)) + " Ask in your own words; typos and chat " +
			"short forms are fine. When the documents don't answer, I say so and show the closest passages. " +
			"Ask “what are the documents about?” to see them."
	default: // the collection, its authors or its dates
		if len(srcs) == 0 {
			return nil
		}
		overview(ans, lib, srcs, m)
	}
	return ans
}

// intro says what the bot does, over n documents (0: not known).
func intro(n int) string {
	switch n {
	case 0:
		return "I answer questions from my documents and cite the exact passages I answer from."
	case 1:
		return "I answer questions from 1 document and cite the exact passages I answer from."
	}
	return fmt.Sprintf("I answer questions from %d documents and cite the exact passages I answer from.", n)
}

// overview makes ans list the first maxListed of srcs, one line each,
// each citing where its document states what m asks for: its author
// (MetaAuthors) or date (MetaDates) when it has one and states it, else
// its title.
func overview(ans *citebot.Answer, lib citebot.Library, srcs []citebot.Source, m asked.Meta) {
	var b strings.Builder
	if len(srcs) == 1 {
		b.WriteString("There is one document:")
	} else {
		fmt.Fprintf(&b, "There are %d documents:", len(srcs))
	}
	for _, s := range srcs[:min(len(srcs), maxListed)] {
		b.WriteString("\n- " + sourceLine(s, m))
		if c, ok := fieldCitation(lib, s, field(s, m), s.Title); ok {
			c.N = len(ans.Citations) + 1
			ans.Citations = append(ans.Citations, c)
			fmt.Fprintf(&b, " [%d]", c.N)
		}
	}
	if more := len(srcs) - maxListed; more > 0 {
		fmt.Fprintf(&b, "\n…and %d more.", more)
	}
	ans.Answer, ans.Answered, ans.Confidence = b.String(), true, 1
}

// field is the metadata of s that m asks for: its author, its date, or
// its title.
func field(s citebot.Source, m asked.Meta) string {
	switch m {
	case asked.MetaAuthors:
		return s.Author
	case asked.MetaDates:
		return s.Date
	}
	return s.Title
}

// sourceLine describes a document: “title” · author · date, or its
// path when it has no title; asked for its author or date (m), it says
// when the document gives none.
func sourceLine(s citebot.Source, m asked.Meta) string {
	parts := []string{s.Path}
	if s.Title != "" {
		parts[0] = "“" + s.Title + "”"
	}
	for _, v := range []string{s.Author, s.Date} {
		if v != "" {
			parts = append(parts, v)
		}
	}
	switch {
	case m == asked.MetaAuthors && s.Author == "":
		parts = append(parts, "no author given")
	case m == asked.MetaDates && s.Date == "":
		parts = append(parts, "no date given")
	}
	return strings.Join(parts, " · ")
}

// fieldCitation cites the first place document s states the first of
// values (its title, author or date) that it states, and false when it
// states none (a title from an HTML head, a date from a file's time), or
// the library cannot read it. The text is read and folded once.
func fieldCitation(lib citebot.Library, s citebot.Source, values ...string) (citebot.Citation, bool) {
	if strings.Join(values, "") == "" {
		return citebot.Citation{}, false // nothing to look for: the text is not read
	}
	doc, err := lib.Text(s.Path)
	if err != nil {
		return citebot.Citation{}, false
	}
	folded, at := text.FoldMap(doc)
	for _, v := range values {
		want := text.Fold(v)
		i := strings.Index(folded, want)
		if want == "" || i < 0 {
			continue
		}
		start, end := at[i], at[i+len(want)]
		c := citebot.Citation{Doc: s.Path, Start: start, End: end, Quote: doc[start:end], Supported: true,
			Title: s.Title, Author: s.Author, Date: s.Date}
		c.ID, c.Line = chunkOf(lib, s, doc, start, end)
		return c, true
	}
	return citebot.Citation{}, false
}

// chunkOf returns the ID of the chunk of s (among its first titleChunks)
// that holds doc[start:end], "" when none does, and the line where start
// is.
func chunkOf(lib citebot.Library, s citebot.Source, doc string, start, end int) (string, int) {
	for n := 1; n <= min(s.Chunks, titleChunks); n++ {
		cc, err := lib.Chunk(citebot.ChunkID(s.ID, n))
		if err != nil {
			break
		}
		p := cc.Passage
		if p.Start <= start && end <= p.End && p.End <= len(doc) {
			return p.ID, cc.StartLine + strings.Count(doc[p.Start:start], "\n")
		}
	}
	return "", 1 + strings.Count(doc[:start], "\n")
}
