package eval

import (
	"context"
	"fmt"

	"github.com/citebot/citebot"
)

// Result is the outcome of one item.
type Result struct {
	ID         string   `json:"id"`
	Kind       string   `json:"kind"`
	Question   string   `json:"question"`
	Answerable bool     `json:"answerable"`
	Answered   bool     `json:"answered"`
	Answer     string   `json:"answer"`
	Rank       int      `json:"evidence_rank"` // 1-based rank of the first passage on the evidence; 0 = none
	Correct    bool     `json:"correct"`       // expected answer within the first 300 bytes
	Cited      bool     `json:"cited"`         // a citation lies on the evidence
	Citations  int      `json:"citations"`
	Invalid    int      `json:"invalid_citations"` // citations whose quote is not the document's bytes
	Problems   []string `json:"problems,omitempty"`
	// ConflictsClaimed is how many differing values the answer reports;
	// ConflictReported whether it reports every value of a conflict item
	// with a citation on its quote.
	ConflictsClaimed int  `json:"conflicts_claimed"`
	ConflictReported bool `json:"conflict_reported,omitempty"`
}

// Report sums up an evaluation. Rates are fractions in [0, 1]; rates over
// answerable items ignore unanswerable ones and the other way round.
type Report struct {
	Items            int             `json:"items"`
	Answerable       int             `json:"answerable"`
	Unanswerable     int             `json:"unanswerable"`
	RecallAt1        float64         `json:"recall_at_1"`
	RecallAt5        float64         `json:"recall_at_5"`
	MRR              float64         `json:"mrr"`
	AnswerCorrect    float64         `json:"answer_correct"`     // answered, expected answer in the first 300 bytes
	CorrectAndCited  float64         `json:"correct_and_cited"`  // ... and a citation on the evidence
	CitationValidity float64         `json:"citation_validity"`  // citations that are exact document bytes
	RefusalAccuracy  float64         `json:"refusal_accuracy"`   // unanswerable items refused
	FalseRefusals    float64         `json:"false_refusal_rate"` // answerable items refused
	Conflicts        ConflictFigures `json:"conflicts"`
	// Kinds are the figures of each kind of question (Item.Kind; "" is
	// "unspecified"), in order of first appearance.
	Kinds   []KindReport `json:"kinds"`
	Results []Result     `json:"results"`
}

// KindReport sums up the items of one kind, as Report does all of them.
type KindReport struct {
	Kind            string  `json:"kind"`
	Items           int     `json:"items"`
	Answerable      int     `json:"answerable"`
	Unanswerable    int     `json:"unanswerable"`
	RecallAt5       float64 `json:"recall_at_5"`
	AnswerCorrect   float64 `json:"answer_correct"`
	CorrectAndCited float64 `json:"correct_and_cited"`
	RefusalAccuracy float64 `json:"refusal_accuracy"`
	FalseRefusals   float64 `json:"false_refusal_rate"`
}

// Run asks every item and measures the answers against the library.
func Run(ctx context.Context, a Asker, lib citebot.Library, items []Item) (Report, error) {
	var rep Report
	var valid, total int
	for _, it := range items {
		r, err := one(ctx, a, lib, it)
		if err != nil {
			return rep, fmt.Errorf("%s: %w", it.ID, err)
		}
		rep.Results = append(rep.Results, r)
		rep.Conflicts.add(it, r)
		total += r.Citations
		valid += r.Citations - r.Invalid
	}
	rep.summarise(valid, total)
	rep.Kinds = kinds(rep.Results)
	return rep, nil
}

// kinds sums the results up per kind.
func kinds(rs []Result) []KindReport {
	by := map[string][]Result{}
	var order []string
	for _, r := range rs {
		k := r.Kind
		if k == "" {
			k = "unspecified"
		}
		if by[k] == nil {
			order = append(order, k)
		}
		by[k] = append(by[k], r)
	}
	out := make([]KindReport, 0, len(order))
	for _, k := range order {
		sub := Report{Results: by[k]}
		sub.summarise(0, 0)
		out = append(out, KindReport{Kind: k, Items: sub.Items, Answerable: sub.Answerable, Unanswerable: sub.Unanswerable,
			RecallAt5: sub.RecallAt5, AnswerCorrect: sub.AnswerCorrect, CorrectAndCited: sub.CorrectAndCited,
			RefusalAccuracy: sub.RefusalAccuracy, FalseRefusals: sub.FalseRefusals})
	}
	return out
}

// one evaluates a single item.
func one(ctx context.Context, a Asker, lib citebot.Library, it Item) (Result, error) {
	ans, err := a.Ask(ctx, citebot.Question{Text: it.Question})
	if err != nil {
		return Result{}, err
	}
	r := Result{ID: it.ID, Kind: it.Kind, Question: it.Question, Answerable: it.Answerable(),
		Answered: ans.Answered, Answer: ans.Answer, Citations: len(ans.Citations)}
	ev, missing := locate(lib, it)
	r.Problems = append(r.Problems, missing...)
	for _, p := range ans.Passages {
		if hits(ev, p.Doc, p.Start, p.End) {
			r.Rank = p.Rank
			break
		}
	}
	for _, c := range ans.Citations {
		if !c.Holds(lib) {
			r.Invalid++
			r.Problems = append(r.Problems, fmt.Sprintf("citation [%d] is not exact", c.N))
		}
		if hits(ev, c.Doc, c.Start, c.End) {
			r.Cited = true
		}
	}
	r.Correct = ans.Answered && containsAnswer(ans.Answer, it.Answers)
	r.ConflictReported = conflictReported(lib, it, ans)
	r.ConflictsClaimed = len(ans.Conflicts)
	return r, nil
}

func (rep *Report) summarise(valid, total int) {
	rep.Items = len(rep.Results)
	var r1, r5, mrr, correct, cited, refused, falseRef float64
	for _, r := range rep.Results {
		if !r.Answerable {
			rep.Unanswerable++
			if !r.Answered {
				refused++
			}
			continue
		}
		rep.Answerable++
		if r.Rank == 1 {
			r1++
		}
		if r.Rank >= 1 && r.Rank <= 5 {
			r5++
		}
		if r.Rank > 0 {
			mrr += 1 / float64(r.Rank)
		}
		if r.Correct {
			correct++
			if r.Cited {
				cited++
			}
		}
		if !r.Answered {
			falseRef++
		}
	}
	rep.RecallAt1, rep.RecallAt5, rep.MRR = frac(r1, rep.Answerable), frac(r5, rep.Answerable), frac(mrr, rep.Answerable)
	rep.AnswerCorrect, rep.CorrectAndCited = frac(correct, rep.Answerable), frac(cited, rep.Answerable)
	rep.FalseRefusals = frac(falseRef, rep.Answerable)
	rep.RefusalAccuracy = frac(refused, rep.Unanswerable)
	rep.CitationValidity = 1
	if total > 0 {
		rep.CitationValidity = float64(valid) / float64(total)
	}
}

func frac(n float64, d int) float64 {
	if d == 0 {
		return 0
	}
	return n / float64(d)
}
