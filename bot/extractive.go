package bot

import (
	"context"
	"fmt"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/bot/extract"
	"github.com/citebot/citebot/text"
)

// TermWeigher is implemented by Retrievers that know how telling a word is
// in their corpus. TermWeight returns the inverse document frequency of a
// stem, or a negative number when the corpus never contains it. The
// extractive answerer uses it when the Retriever offers it.
type TermWeigher interface {
	TermWeight(stem string) float64
}

// DocFreqer is implemented by Retrievers that can say in how many chunks
// of their corpus a stem occurs, and how many chunks it has. The
// extractive answerer uses it, when the Retriever offers it, to read a
// corpus of few chunks as such (extract.Options.DocFreq).
type DocFreqer interface {
	DocFreq(stem string) (df, chunks int)
}

// Normalizer is implemented by Retrievers that read some words of a
// question otherwise than they are typed (a misspelling the corpus
// lacks, a chat abbreviation): Normalize returns the question with those
// words as the Retriever reads them, so that the extractive answerer
// matches sentences on the same words retrieval searched for.
type Normalizer interface {
	Normalize(question string) string
}

// lookupK is how many passages the search for a metadata line retrieves.
const lookupK = 10

// answerExtractive answers s from the passages with the extractive
// answerer (an overview of a topic when s asks for one), first searching
// for the line that states a document's metadata when the answerer asks
// for it (a failed search leaves it to the passages).
func (b *Bot) answerExtractive(ctx context.Context, ans *citebot.Answer, s sought, passages []citebot.Passage) {
	ans.Mode = citebot.ModeExtractive
	text.Split(passages) // once, for the answerer and the conflict finder
	q := s.parsed        // once, for withNamed, the answerer and the conflict finder
	if q == nil {
		q = b.parse(s.query)
	}
	req := b.request(ctx, q, passages)
	req.Overview, req.Sentences, req.ByDocument = s.overview, s.points, s.byDocument
	res := b.ext.Answer(ctx, req)
	ans.Confidence = res.Confidence
	// the passages shown are those the answer quotes, then the rest
	defer func() { ans.Passages = lead(ans.Citations, passages, req.More, b.opts.K) }()
	if !res.Answered {
		// documents that state the asked fact differently answer it
		// with their disagreement, even when no one sentence would do
		if b.addConflicts(ctx, ans, q, passages) {
			ans.Answered = true
			return
		}
		ans.Answer = res.Text
		ans.Notes = append(ans.Notes, "not answered: "+res.Why)
		return
	}
	ans.Answered, ans.Answer = true, res.Text
	if s.byDocument {
		ans.Answer = b.byDocumentText(s.query, res.Citations)
	}
	ans.Citations = append(ans.Citations, res.Citations...)
	b.addConflicts(ctx, ans, q, passages)
}

// Candidates returns the extractive answerer's candidate answers to a
// question, most probable first, with the features its confidence model
// weighs: the question is searched as Ask searches it (a single turn, no
// LLM; initialisms spelt out, named documents' passages alone, documents
// named by ID read). It is for
// fitting the model (eval.Fit).
func (b *Bot) Candidates(ctx context.Context, question string) ([]extract.Candidate, error) {
	query, _, err := prepare(question)
	if err != nil {
		return nil, err
	}
	query = text.Unchatter(query) // as Ask does
	if d := b.readAs(query); d != "" {
		query = d
	}
	passages, err := b.ret.Search(ctx, query, b.pool())
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if spelt, more := b.spellOut(ctx, query, passages, b.pool()); spelt != "" {
		query, passages = spelt, more
	}
	passages, _ = b.namedOnly(ctx, b.scope(query), passages, b.pool())
	q := b.parse(query)
	passages = b.withNamed(q, passages)
	text.Split(passages)
	return b.ext.Candidates(b.request(ctx, q, passages)), nil
}

// readAs returns query asked as the question it stands for when, with
// its words as the Retriever reads them ("wat" spelt out), it asks what X
// stands for or means, "what is X" (asked.AsDefinition), or how many
// people live in X, "what is the population of X" (asked.AsPopulation),
// the latter only of a corpus that says "population" (a TermWeigher
// knows the word); "" otherwise.
func (b *Bot) readAs(query string) string {
	if n, ok := b.ret.(Normalizer); ok {
		query = n.Normalize(query)
	}
	if d := asked.AsDefinition(query); d != "" {
		return d
	}
	if tw, ok := b.ret.(TermWeigher); ok && tw.TermWeight(text.Stem("population")) >= 0 {
		return asked.AsPopulation(query)
	}
	return ""
}

// parse parses query with its words as the Retriever reads them (a chat
// abbreviation spelt out), for the extractive answerer and the conflict
// finder. A question "what is X" whose X is a document's title (titleOf)
// asks for a definition of X, whatever else its words could ask ("what
// is the senate of pakistan" and the article "Senate of Pakistan").
func (b *Bot) parse(query string) *asked.Question {
	if n, ok := b.ret.(Normalizer); ok {
		query = n.Normalize(query)
	}
	q := asked.Parse(query)
	if lib, ok := b.ret.(citebot.Library); ok && q.Type != asked.TypeDefine && q.Type != asked.TypeAuthor {
		if x := asked.WhatIs(q.Folded); x != "" {
			if _, ok := titleOf(lib.Sources(), x); ok {
				q.Type, q.Term = asked.TypeDefine, x
			}
		}
	}
	return q
}

// request is the extractive answerer's request for question q, with the
// metadata line it asks to search for.
func (b *Bot) request(ctx context.Context, q *asked.Question, passages []citebot.Passage) extract.Request {
	req := extract.Request{Question: q, Passages: passages}
	if v := b.ext.Lookup(q, passages); v != "" {
		if more, err := b.ret.Search(ctx, v, lookupK); err == nil {
			req.More = more
		}
	}
	return req
}

// supportedShare is the confidence of an LLM answer: the share of its
// citations that verification supports (0 when it cites nothing).
func supportedShare(cs []citebot.Citation) float64 {
	if len(cs) == 0 {
		return 0
	}
	n := 0
	for _, c := range cs {
		if c.Supported {
			n++
		}
	}
	return float64(n) / float64(len(cs))
}
