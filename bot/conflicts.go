package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// addConflicts reports, in an extractive answer, the values that the
// passages' documents give differently for the fact asked about: the
// answer says so in a sentence ("Sources differ: Air Marshal [1]; Air
// Chief Marshal [2].") and each value cites the sentences that give it,
// reusing the answer's citation of a sentence when there is one. It
// reports whether it found a conflict. q is the question as the
// extractive answer read it, its words as the Retriever reads them (a
// chat abbreviation spelt out). For a question that asks for a name, the
// passages found by searching for the name the best of them gives are
// weighed too: they find the documents that spell it otherwise (a failed
// search leaves the passages as they are).
func (b *Bot) addConflicts(ctx context.Context, ans *citebot.Answer, q *asked.Question, passages []citebot.Passage) bool {
	r := b.conf.Read(q) // the passages Lookup reads are not read again by Find
	if name := r.Lookup(passages); name != "" {
		if more, err := b.ret.Search(ctx, name, b.pool()); err == nil {
			passages = union(passages, more)
		}
	}
	vals := r.Find(passages)
	if len(vals) == 0 {
		return false
	}
	parts := make([]string, 0, len(vals))
	for _, v := range vals {
		c := citebot.Conflict{Value: oneSpace(v.Text)}
		for _, s := range v.Statements {
			c.Citations = append(c.Citations, citeSentence(ans, passages[s.Passage], s.Sentence, s.Value))
		}
		ans.Conflicts = append(ans.Conflicts, c)
		parts = append(parts, c.Value+" "+markers(c.Citations))
	}
	ans.Answer = strings.TrimSpace(ans.Answer + " " + citebot.SourcesDiffer + " " + strings.Join(parts, "; ") + ".")
	return true
}

// citeSentence returns the number of the answer's citation that holds
// value v of sentence sp of p, adding a citation of the sentence when the
// answer has none.
func citeSentence(ans *citebot.Answer, p citebot.Passage, sp, v text.Span) int {
	for _, c := range ans.Citations {
		if c.Doc == p.Doc && c.Start <= p.Start+v.Start && p.Start+v.End <= c.End {
			return c.N
		}
	}
	start, end := p.Start+sp.Start, p.Start+sp.End
	c := citebot.Citation{N: len(ans.Citations) + 1, ID: p.ID, Doc: p.Doc, Start: start, End: end, Quote: p.Text[sp.Start:sp.End], Supported: true}
	if p.Line > 0 {
		c.Line = p.Line + strings.Count(p.Text[:sp.Start], "\n")
	}
	if s := p.Source; s != nil {
		c.Title, c.Author, c.Date = s.Title, s.Author, s.Date
	}
	ans.Citations = append(ans.Citations, c)
	return c.N
}

// markers writes citation numbers as markers: "[1]", "[1][3]".
func markers(ns []int) string {
	var b strings.Builder
	for _, n := range ns {
		fmt.Fprintf(&b, "[%d]", n)
	}
	return b.String()
}

// union returns the passages of a followed by those of b that a lacks.
func union(a, b []citebot.Passage) []citebot.Passage {
	seen := make(map[string]bool, len(a))
	for _, p := range a {
		seen[p.ID] = true
	}
	out := a[:len(a):len(a)]
	for _, p := range b {
		if !seen[p.ID] {
			out = append(out, p)
		}
	}
	return out
}

// oneSpace collapses runs of white space.
func oneSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
