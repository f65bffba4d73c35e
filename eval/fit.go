package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"

	"github.com/citebot/citebot/bot/extract"
)

// FitOptions configure Fit. The zero value is useful.
type FitOptions struct {
	// Folds is the number of cross-validation folds; zero means 5.
	Folds int
	// L2 is the confidence regression's penalty on its squared
	// standardised weights; zero means 1.
	L2 float64
	// RankL2 is the ranker's penalty on its squared weights (its loss is
	// a mean over questions); zero means 0.01.
	RankL2 float64
	// Trees is the number of boosted trees that correct the ranker's
	// linear score (extract.Model.Trees); zero means 100, a negative
	// number none.
	Trees int
	// MaxFalseRefusals is the share of answerable held-out questions the
	// refusal threshold may refuse; zero means 0.05.
	MaxFalseRefusals float64
	// Embed embeds questions and candidates for the second look
	// (extract.Meaning); nil means no second look is fitted.
	Embed extract.EmbedFunc
}

func (o FitOptions) withDefaults() FitOptions {
	if o.Folds <= 0 {
		o.Folds = 5
	}
	if o.L2 <= 0 {
		o.L2 = 1
	}
	if o.RankL2 <= 0 {
		o.RankL2 = 0.01
	}
	if o.Trees == 0 {
		o.Trees = 100
	}
	if o.MaxFalseRefusals <= 0 {
		o.MaxFalseRefusals = 0.05
	}
	return o
}

// FitFigures are the answers' figures on a group of questions at a refusal
// threshold: the answer is the most probable candidate, refused when its
// probability is below the threshold. Rates are fractions in [0, 1].
type FitFigures struct {
	Set          string  `json:"set"`
	Questions    int     `json:"questions"`
	Answerable   int     `json:"answerable"`
	Unanswerable int     `json:"unanswerable"`
	Correct      float64 `json:"correct"`        // answerable, answered correctly and cited
	Reachable    float64 `json:"reachable"`      // answerable with a correct candidate
	FalseRefused float64 `json:"false_refusals"` // answerable, refused
	Refused      float64 `json:"unanswerable_refused"`
}

// FitReport says how the model was fitted and how well it does on
// questions it was not fitted on.
type FitReport struct {
	Questions  int     `json:"questions"`
	Candidates int     `json:"candidates"`
	Folds      int     `json:"folds"`
	L2         float64 `json:"l2"`
	RankL2     float64 `json:"rank_l2"`
	Trees      int     `json:"trees"`
	Threshold  float64 `json:"threshold"`
	// CV are the figures of k-fold cross-validation (folds stratified by
	// set and answerability), per set and over all ("all"), at Threshold,
	// which is chosen on these held-out predictions.
	CV []FitFigures `json:"cross_validated"`
	// LeaveOneSetOut are the figures of each set predicted by a model
	// fitted on the other sets, at Threshold.
	LeaveOneSetOut []FitFigures `json:"leave_one_set_out"`
	// InSample are the figures of the final model on the questions it was
	// fitted on.
	InSample []FitFigures `json:"in_sample"`
	// Meaning says how the second look was fitted (nil without
	// FitOptions.Embed). The figures above are the first look's.
	Meaning *MeaningReport `json:"meaning,omitempty"`
}

// prediction is a question's most probable candidate.
type prediction struct {
	q       *Question
	prob    float64
	correct bool
}

// Fit fits the extractive answerer's confidence model on labelled
// questions: a ranker (conditional logit over each question's candidates,
// then FitOptions.Trees boosted trees on the same loss, fitTrees) that
// picks the answer, and a logistic regression of the picked candidate's
// correctness on its features, linear score and margin, times a
// logistic regression over the same inputs of whether the question is
// answerable at all, which is the confidence. The refusal threshold is the highest that refuses at most
// MaxFalseRefusals of the answerable questions in k-fold cross-
// validation. With FitOptions.Embed it then fits the second look
// (extract.Meaning, fitMeaning); ctx bounds the embedding. It is
// deterministic up to the order of floating-point sums in the pipeline
// that collects qs (two fits of the same sets differ by about 1e-15 in a
// weight).
func Fit(ctx context.Context, qs []Question, opts FitOptions) (extract.Model, FitReport, error) {
	opts = opts.withDefaults()
	if len(qs) == 0 {
		return extract.Model{}, FitReport{}, fmt.Errorf("fit: no questions")
	}
	rep := FitReport{Questions: len(qs), Folds: opts.Folds, L2: opts.L2, RankL2: opts.RankL2, Trees: max(opts.Trees, 0)}
	fold := folds(qs, opts.Folds)
	var cv []prediction
	var cvModels, losoModels []held
	for k := 0; k < opts.Folds; k++ {
		h := held{fitted: func(i int) bool { return fold[i] != k }, predict: func(i int) bool { return fold[i] == k }}
		h.m = fitOn(qs, h.fitted, opts)
		cv = append(cv, predict(qs, h.predict, h.m)...)
		cvModels = append(cvModels, h)
	}
	rep.Threshold = threshold(cv, opts.MaxFalseRefusals)
	rep.CV = figures(cv, rep.Threshold)
	for _, set := range setNames(qs) {
		h := held{fitted: func(i int) bool { return qs[i].Set != set }, predict: func(i int) bool { return qs[i].Set == set }}
		h.m = fitOn(qs, h.fitted, opts)
		f := figures(predict(qs, h.predict, h.m), rep.Threshold)[0]
		f.Set = set
		rep.LeaveOneSetOut = append(rep.LeaveOneSetOut, f)
		losoModels = append(losoModels, h)
	}
	m := fitOn(qs, func(int) bool { return true }, opts)
	m.Threshold = rep.Threshold
	rep.InSample = Score(qs, m)
	if opts.Embed != nil {
		look, mr, err := fitMeaning(ctx, qs, cvModels, losoModels, m, rep.Threshold, opts)
		if err != nil {
			return extract.Model{}, rep, fmt.Errorf("fit: second look: %w", err)
		}
		m.Meaning, rep.Meaning = look, &mr
	}
	for _, q := range qs {
		rep.Candidates += len(q.Features)
	}
	raw, err := json.Marshal(rep)
	if err != nil {
		return extract.Model{}, rep, fmt.Errorf("fit: %w", err)
	}
	m.Fit = raw
	return m, rep, nil
}

// fitOn fits a model on the questions in: the ranker on their candidates,
// then the confidence and the answerability on the candidate the ranker
// picks for each.
func fitOn(qs []Question, in func(int) bool, opts FitOptions) extract.Model {
	var all [][]float64
	for i, q := range qs {
		if in(i) {
			all = append(all, q.Features...)
		}
	}
	st := newStandardiser(all)
	var gs []group
	var raw [][][]float64
	for i, q := range qs {
		if !in(i) {
			continue
		}
		g := group{y: q.Correct}
		for _, x := range q.Features {
			g.z = append(g.z, st.apply(x))
		}
		gs, raw = append(gs, g), append(raw, q.Features)
	}
	m := extract.Model{Features: extract.FeatureNames(), Mean: st.mean, Scale: st.scale,
		Rank: fitRanker(gs, len(st.mean), opts.RankL2)}
	if opts.Trees > 0 {
		m.Trees = fitTrees(raw, ys(gs), linearScores(gs, m.Rank), opts.Trees)
	}
	var x, xq [][]float64
	var y, ans []bool
	for i, q := range qs {
		if in(i) && len(q.Features) > 0 {
			picked, row, rowq := m.Inputs(q.Features)
			x = append(x, row)
			xq = append(xq, rowq)
			y = append(y, q.Correct[picked])
			ans = append(ans, q.Answerable)
		}
	}
	c := fitLogReg(x, y, opts.L2)
	m.Confidence = extract.Logistic{Mean: c.mean, Scale: c.scale, Weights: c.w, Bias: c.b}
	a := fitLogReg(xq, ans, opts.L2)
	m.Answerable = extract.Logistic{Mean: a.mean, Scale: a.scale, Weights: a.w, Bias: a.b}
	return m
}

// ys returns each group's labels.
func ys(gs []group) [][]bool {
	out := make([][]bool, len(gs))
	for i, g := range gs {
		out[i] = g.y
	}
	return out
}

// linearScores returns the linear ranker's score of each group's
// candidates.
func linearScores(gs []group, w []float64) [][]float64 {
	out := make([][]float64, len(gs))
	for i, g := range gs {
		out[i] = make([]float64, len(g.z))
		for c, z := range g.z {
			for j, v := range z {
				out[i][c] += w[j] * v
			}
		}
	}
	return out
}

// folds assigns each question a fold, round robin within each set's
// answerable and unanswerable questions in their order.
func folds(qs []Question, k int) []int {
	out := make([]int, len(qs))
	next := map[string]int{}
	for i, q := range qs {
		key := fmt.Sprintf("%s/%v", q.Set, q.Answerable)
		out[i] = next[key] % k
		next[key]++
	}
	return out
}

// Score returns the figures of model m's first look on labelled
// questions (per set, with "all" first) at m's own threshold: how a
// shipped model does on the candidates a refit would be fitted on, the
// same figures as FitReport.InSample of a model fitted on them.
func Score(qs []Question, m extract.Model) []FitFigures {
	return figures(predict(qs, func(int) bool { return true }, m), m.Threshold)
}

// predict returns the most probable candidate of each question in.
func predict(qs []Question, in func(int) bool, m extract.Model) []prediction {
	var out []prediction
	for i := range qs {
		if !in(i) {
			continue
		}
		p := prediction{q: &qs[i]}
		if len(qs[i].Features) > 0 {
			order, conf := m.Judge(qs[i].Features)
			p.prob, p.correct = conf[order[0]], qs[i].Correct[order[0]]
		}
		out = append(out, p)
	}
	return out
}

// threshold is the highest probability that refuses at most maxShare of
// the answerable questions' answers.
func threshold(ps []prediction, maxShare float64) float64 {
	var probs []float64
	for _, p := range ps {
		if p.q.Answerable {
			probs = append(probs, p.prob)
		}
	}
	if len(probs) == 0 {
		return 0
	}
	sort.Float64s(probs)
	return probs[int(maxShare*float64(len(probs)))]
}

// figures sums predictions up per set, with "all" first.
func figures(ps []prediction, t float64) []FitFigures {
	by := map[string]*FitFigures{"all": {Set: "all"}}
	order := []string{"all"}
	for _, p := range ps {
		if by[p.q.Set] == nil {
			by[p.q.Set] = &FitFigures{Set: p.q.Set}
			order = append(order, p.q.Set)
		}
		for _, f := range []*FitFigures{by["all"], by[p.q.Set]} {
			f.add(p, t)
		}
	}
	out := make([]FitFigures, 0, len(order))
	for _, s := range order {
		out = append(out, by[s].rates())
	}
	return out
}

// add counts a prediction (rates are counts until rates is called).
func (f *FitFigures) add(p prediction, t float64) {
	f.Questions++
	answered := p.prob >= t
	if !p.q.Answerable {
		f.Unanswerable++
		f.Refused += boolf(!answered)
		return
	}
	f.Answerable++
	f.Correct += boolf(answered && p.correct)
	f.Reachable += boolf(slices.Contains(p.q.Correct, true))
	f.FalseRefused += boolf(!answered)
}

func (f FitFigures) rates() FitFigures {
	f.Correct = frac(f.Correct, f.Answerable)
	f.Reachable = frac(f.Reachable, f.Answerable)
	f.FalseRefused = frac(f.FalseRefused, f.Answerable)
	f.Refused = frac(f.Refused, f.Unanswerable)
	return f
}

// setNames returns the sets of the questions in order of appearance.
func setNames(qs []Question) []string {
	var out []string
	seen := map[string]bool{}
	for _, q := range qs {
		if !seen[q.Set] {
			seen[q.Set] = true
			out = append(out, q.Set)
		}
	}
	return out
}
