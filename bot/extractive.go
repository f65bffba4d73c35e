package bot

import (
	"context"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/extract"
)

// TermWeigher is implemented by Retrievers that know how telling a word is
// in their corpus. TermWeight returns the inverse document frequency of a
// stem, or a negative number when the corpus never contains it. The
// extractive answerer uses it when the Retriever offers it.
type TermWeigher interface {
	TermWeight(stem string) float64
}

// lookupK is how many passages the search for a metadata line retrieves.
const lookupK = 10

// answerExtractive answers from the passages with the extractive
// answerer, first searching for the line that states a document's
// metadata when the answerer asks for it (a failed search leaves it to
// the passages), and reports sources that disagree on the asked fact.
func (b *Bot) answerExtractive(ctx context.Context, ans *citebot.Answer, query string, passages []citebot.Passage) {
	ans.Mode = citebot.ModeExtractive
	ans.Passages = rank(passages, b.opts.K)
	req := extract.Request{Query: query, Passages: passages}
	if v := b.ext.Lookup(query, passages); v != "" {
		if more, err := b.ret.Search(ctx, v, lookupK); err == nil {
			req.More = more
		}
	}
	res := b.ext.Answer(ctx, req)
	if !res.Answered {
		// documents that state the asked fact differently answer it
		// with their disagreement, even when no one sentence would do
		if b.addConflicts(ans, query, passages) {
			ans.Answered = true
			return
		}
		ans.Answer = res.Text
		ans.Notes = append(ans.Notes, "not answered: "+res.Why)
		return
	}
	ans.Answered, ans.Answer = true, res.Text
	ans.Citations = append(ans.Citations, res.Citations...)
	b.addConflicts(ans, query, passages)
}
