package bot

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
)

// byDocumentPool is how many passages are searched for a question asking
// which documents speak of something: more than for a fact
// (DefaultPool), so that a document whose passages rank below another's
// many is still read.
const byDocumentPool = 24

// byDocumentText is the extractive answer to which documents speak of
// topic: a line per document that cites, its title (its path when it has
// none) and its best sentence, after how many of the documents do.
func (b *Bot) byDocumentText(topic string, cits []citebot.Citation) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "Documents that speak of “%s” (%d", topic, len(cits))
	if lib, ok := b.ret.(citebot.Library); ok {
		fmt.Fprintf(&sb, " of %d", len(lib.Sources()))
	}
	sb.WriteString("):")
	for _, c := range cits {
		title := c.Title
		if title == "" {
			title = c.Doc
		}
		fmt.Fprintf(&sb, "\n- “%s”: %s [%d]", title, strings.Join(strings.Fields(c.Quote), " "), c.N)
	}
	return sb.String()
}

// withNamed returns passages with, after them, the first chunk of each
// document that q, asking for an author or a date, names by its ID
// (asked.NamesID: "who wrote the kotaku article") and that none of them
// is from: its title and byline, which search cannot find by a word that
// only the file's name has. A definition question gets the opening of the
// document titled by its term first (withOpening). q is the question as
// the answerer reads it (Bot.parse: "wat is albedo" as "what is albedo").
// It returns passages as they are for any other question, and when the
// Retriever is no citebot.Library.
func (b *Bot) withNamed(q *asked.Question, passages []citebot.Passage) []citebot.Passage {
	lib, ok := b.ret.(citebot.Library)
	if !ok {
		return passages
	}
	if q.Type == asked.TypeDefine {
		return withOpening(lib, q.Term, passages)
	}
	if q.Type != asked.TypeAuthor && q.Type != asked.TypeDate {
		return passages
	}
	for _, src := range lib.Sources() {
		if !asked.NamesID(q.Tokens, src.ID) || slices.ContainsFunc(passages, func(p citebot.Passage) bool { return p.Doc == src.Path }) {
			continue
		}
		cc, err := lib.Chunk(citebot.ChunkID(src.ID, 1))
		if err != nil {
			continue
		}
		p := cc.Passage
		p.Rank, p.Source = len(passages)+1, &src
		passages = append(passages, p)
	}
	return passages
}

// withOpening returns passages with, before them, the first chunk of the
// one document titled term (titleOf), unless they hold it already: a
// definition question asks for what such a document opens with ("What
// is albedo?" and the article "Albedo"), and search, finding the term in
// every one of its chunks, ranks its opening by little else.
func withOpening(lib citebot.Library, term string, passages []citebot.Passage) []citebot.Passage {
	src, ok := titleOf(lib.Sources(), term)
	if !ok {
		return passages
	}
	id := citebot.ChunkID(src.ID, 1)
	if slices.ContainsFunc(passages, func(p citebot.Passage) bool { return p.ID == id }) {
		return passages
	}
	cc, err := lib.Chunk(id)
	if err != nil {
		return passages
	}
	p := cc.Passage
	p.Rank, p.Source = 1, &src
	out := []citebot.Passage{p}
	for _, o := range passages {
		o.Rank = len(out) + 1
		out = append(out, o)
	}
	return out
}

// titleOf returns the one source titled term (titled), or else the one
// titled term and a qualifier (qualifiedTitles), as it is.
func titleOf(srcs []citebot.Source, term string) (citebot.Source, bool) {
	if src, ok := titled(srcs, term); ok {
		return src, true
	}
	cut, ok := titled(qualifiedTitles(srcs), term)
	if !ok {
		return citebot.Source{}, false
	}
	i := slices.IndexFunc(srcs, func(s citebot.Source) bool { return s.ID == cut.ID })
	return srcs[i], true // its title whole
}

// reQualifier is what an encyclopedia adds to a title after the name it
// defines: a sense in parentheses ("The Atlas (newspaper)") or a dotted
// abbreviation of the kind of body ("Raith Rovers F.C.").
var reQualifier = regexp.MustCompile(`\s+(?:\([^()]+\)|(?:\p{Lu}\.){2,}|(?:Inc|Ltd|Co|Corp)\.?)$`)

// qualifiedTitles returns the sources whose title has a qualifier
// (reQualifier), with the title cut before it; the others are left out.
func qualifiedTitles(srcs []citebot.Source) []citebot.Source {
	var out []citebot.Source
	for _, s := range srcs {
		if loc := reQualifier.FindStringIndex(s.Title); loc != nil && loc[0] > 0 {
			s.Title = s.Title[:loc[0]]
			out = append(out, s)
		}
	}
	return out
}
