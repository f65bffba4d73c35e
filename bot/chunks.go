package bot

import (
	"fmt"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// citeSentences cites up to k sentences of the chunks first to last of
// the document with ID doc, in order, that end as sentences do and that
// keep accepts (given the sentence and where it starts in the document),
// numbered from 1, each with like's title, author and date. A chunk the
// library cannot give ends the walk.
func citeSentences(lib citebot.Library, doc string, first, last, k int, like citebot.Citation,
	keep func(s string, start int) bool) []citebot.Citation {
	var out []citebot.Citation
	for n := first; n <= last && len(out) < k; n++ {
		cc, err := lib.Chunk(citebot.ChunkID(doc, n))
		if err != nil {
			break
		}
		p := cc.Passage
		for _, sp := range text.Sentences(p.Text) {
			s := p.Text[sp.Start:sp.End]
			if len(out) == k {
				break
			}
			if !ended(s) || !keep(s, p.Start+sp.Start) {
				continue
			}
			out = append(out, citebot.Citation{N: len(out) + 1, ID: p.ID, Doc: p.Doc, Start: p.Start + sp.Start,
				End: p.Start + sp.End, Quote: s, Supported: true, Title: like.Title, Author: like.Author, Date: like.Date,
				Line: cc.StartLine + strings.Count(p.Text[:sp.Start], "\n")})
		}
	}
	return out
}

// quoted is the citations' quotes, each followed by its marker.
func quoted(cs []citebot.Citation) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprintf("%s [%d]", c.Quote, c.N)
	}
	return strings.Join(parts, " ")
}

// ended reports whether sentence s ends as a sentence does (".", "!",
// "?", before closing quotes or brackets), not as a heading, a tagline or
// a caption does.
func ended(s string) bool {
	s = strings.TrimRight(s, `"'”’)]» `)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}
