package eval

import (
	"context"
	"fmt"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/extract"
)

// Candidater returns the extractive answerer's candidate answers to a
// question with their features; *bot.Bot is one.
type Candidater interface {
	Candidates(ctx context.Context, question string) ([]extract.Candidate, error)
}

// Question is a labelled question for fitting the confidence model: its
// candidates' features, and for each whether it is a correct answer (it
// contains an expected answer and cites the evidence; every candidate of
// an unanswerable question is wrong).
type Question struct {
	Set        string
	ID         string
	Answerable bool
	Question   string
	Features   [][]float64
	Correct    []bool
	Texts      []string // the candidates' answers, for inspection
	Contexts   []string // the answers in context, as the second look reads them (extract.Candidate.Context)
}

// Collect asks c for the candidates of every item of a set and labels
// them against the library.
func Collect(ctx context.Context, c Candidater, lib citebot.Library, set string, items []Item) ([]Question, error) {
	out := make([]Question, 0, len(items))
	for _, it := range items {
		cands, err := c.Candidates(ctx, it.Question)
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", set, it.ID, err)
		}
		ev, _ := locate(lib, it)
		q := Question{Set: set, ID: it.ID, Question: it.Question, Answerable: it.Answerable()}
		for _, cd := range cands {
			q.Features = append(q.Features, cd.Features)
			q.Texts = append(q.Texts, cd.Text)
			q.Contexts = append(q.Contexts, cd.Context)
			q.Correct = append(q.Correct, q.Answerable && containsAnswer(cd.Text, it.Answers) && hits(ev, cd.Doc, cd.Start, cd.End))
		}
		out = append(out, q)
	}
	return out, nil
}
