package eval

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot/bot/extract"
)

// synthetic returns questions whose correct candidate has the highest
// first feature (cover), with noise; every third question is unanswerable
// and its candidates' covers are low.
func synthetic(n int) []Question {
	r := rand.New(rand.NewPCG(1, 2))
	names := extract.FeatureNames()
	d := len(names)
	// flags the second look reads (extract.LookedAt): off, or every
	// candidate would lack the kind of value asked for
	flags := []int{slices.Index(names, "type_missing"), slices.Index(names, "measure_missing")}
	var qs []Question
	for i := range n {
		q := Question{Set: []string{"a", "b"}[i%2], ID: string(rune('A' + i%26)), Answerable: i%3 != 0}
		for j := range 6 {
			x := make([]float64, d)
			for k := range x {
				x[k] = r.Float64()
			}
			for _, k := range flags {
				x[k] = 0
			}
			x[0] = 0.4 * r.Float64()
			correct := q.Answerable && j == 2
			if correct {
				x[0] = 0.6 + 0.4*r.Float64()
			}
			q.Features = append(q.Features, x)
			q.Correct = append(q.Correct, correct)
		}
		qs = append(qs, q)
	}
	return qs
}

func TestFitLearnsAndIsDeterministic(t *testing.T) {
	qs := synthetic(120)
	m1, rep, err := Fit(context.Background(), qs, FitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	m2, _, _ := Fit(context.Background(), qs, FitOptions{})
	if !reflect.DeepEqual(m1, m2) {
		t.Error("two fits of the same data differ")
	}
	all := rep.CV[0]
	if all.Set != "all" || all.Correct < 0.9 || all.FalseRefused > 0.05+1e-9 || all.Refused < 0.8 {
		t.Errorf("cross-validated figures %+v: want ≥ .9 correct, ≤ .05 false refusals, ≥ .8 unanswerable refused", all)
	}
	if len(rep.LeaveOneSetOut) != 2 || len(rep.CV) != 3 {
		t.Errorf("%d leave-one-set-out and %d CV rows, want 2 and 3", len(rep.LeaveOneSetOut), len(rep.CV))
	}
	if _, _, err := Fit(context.Background(), nil, FitOptions{}); err == nil {
		t.Error("fit of no questions: no error")
	}
}

func TestKinds(t *testing.T) {
	rs := []Result{
		{Kind: "casual", Answerable: true, Answered: true, Correct: true, Cited: true, Rank: 1},
		{Kind: "casual", Answerable: true, Answered: false, Rank: 7},
		{Kind: "", Answerable: false, Answered: false},
	}
	ks := kinds(rs)
	if len(ks) != 2 || ks[0].Kind != "casual" || ks[1].Kind != "unspecified" {
		t.Fatalf("kinds = %+v", ks)
	}
	if c := ks[0]; c.Items != 2 || c.AnswerCorrect != 0.5 || c.FalseRefusals != 0.5 || c.RecallAt5 != 0.5 {
		t.Errorf("casual = %+v", c)
	}
	if u := ks[1]; u.Unanswerable != 1 || u.RefusalAccuracy != 1 {
		t.Errorf("unspecified = %+v", u)
	}
}

// TestFitSecondLook fits the second look on questions whose first-look
// features are weak and whose correct candidate is the one an embedding
// puts nearest the question.
func TestFitSecondLook(t *testing.T) {
	qs := synthetic(200)
	r := rand.New(rand.NewPCG(3, 4))
	for i := range qs {
		qs[i].Question = fmt.Sprintf("question %d", i)
		for j, x := range qs[i].Features {
			x[0] = 0.3 + 0.4*r.Float64() // cover no longer tells: the first look is unsure
			qs[i].Texts = append(qs[i].Texts, fmt.Sprintf("q%d c%d correct=%v", i, j, qs[i].Correct[j]))
		}
	}
	near := func(_ context.Context, texts []string) ([][]float32, error) {
		out := make([][]float32, len(texts))
		for i, s := range texts {
			out[i] = []float32{0, 1}
			if strings.HasPrefix(s, "question") || strings.HasSuffix(s, "correct=true") {
				out[i] = []float32{1, 0}
			}
		}
		return out, nil
	}
	m, rep, err := Fit(context.Background(), qs, FitOptions{Embed: near})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Meaning == nil || m.Meaning.Depth != MeaningDepth || m.Meaning.Gate <= m.Threshold {
		t.Fatalf("second look %+v, report %+v: want one fitted", m.Meaning, rep.Meaning)
	}
	if rep.Meaning.CVAfter < rep.Meaning.CVBefore+0.2 || rep.Meaning.LOSOAfter < rep.Meaning.LOSOBefore+0.2 {
		t.Errorf("correct %.3f → %.3f (CV), %.3f → %.3f (LOSO): the second look should find the near candidates",
			rep.Meaning.CVBefore, rep.Meaning.CVAfter, rep.Meaning.LOSOBefore, rep.Meaning.LOSOAfter)
	}
	failing := func(context.Context, []string) ([][]float32, error) { return nil, errors.New("no model") }
	if _, _, err := Fit(context.Background(), qs, FitOptions{Embed: failing}); err == nil {
		t.Error("an embedding error was not returned")
	}
	if m, rep, _ := Fit(context.Background(), qs, FitOptions{}); m.Meaning.Depth != 0 || rep.Meaning != nil {
		t.Error("a second look fitted without an embedding function")
	}
}

// TestScoreIsInSample: Score of a fitted model on the questions it was
// fitted on gives the fit's in-sample figures.
func TestScoreIsInSample(t *testing.T) {
	qs := synthetic(120)
	m, rep, err := Fit(context.Background(), qs, FitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := Score(qs, m)
	if !reflect.DeepEqual(got, rep.InSample) {
		t.Errorf("Score = %+v, want the in-sample figures %+v", got[0], rep.InSample[0])
	}
	if got[0].Correct < 0.6 {
		t.Errorf("in-sample correct %.3f, want a model that learnt", got[0].Correct)
	}
}
