package extract

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
)

// Model is the fitted confidence model. Rank weighs a candidate's
// standardised features (FeatureNames, standardised by Mean and Scale)
// into a linear score, and Trees add their values for its raw features:
// their sum orders the candidates of a question. Confidence, a
// logistic regression over the features, the linear score and its margin
// to the linear score of the best other candidate in that order (negative
// when the trees put the candidate above one the linear score prefers),
// is the probability that the candidate is a correct answer, and
// Answerable, a regression over the same inputs and the question's
// (QuestionFeatures), the probability that the corpus answers the
// question at all. A candidate's confidence is their product (Confidence
// alone while Answerable has no weights). The best candidate answers
// unless its confidence is below Threshold. It is written by `go run
// ./eval/cmd/fit` (eval.Fit) to bot/extract/confidence.json, which New
// loads.
type Model struct {
	Features []string  `json:"features"`
	Mean     []float64 `json:"mean"`
	Scale    []float64 `json:"scale"`
	Rank     []float64 `json:"rank"`
	// Trees are boosted regression trees that correct the linear score
	// where features interact; none means a linear ranker.
	Trees      []Tree   `json:"trees,omitempty"`
	Confidence Logistic `json:"confidence"`
	Answerable Logistic `json:"answerable,omitzero"`
	Threshold  float64  `json:"threshold"`
	// Meaning is the second look at questions the first leaves unsure.
	Meaning Meaning `json:"meaning,omitzero"`
	// Fit describes how the model was fitted and its cross-validated
	// figures; it is informative only.
	Fit json.RawMessage `json:"fit,omitempty"`
}

// Logistic is a logistic regression over standardised inputs.
type Logistic struct {
	Mean    []float64 `json:"mean"`
	Scale   []float64 `json:"scale"`
	Weights []float64 `json:"weights"`
	Bias    float64   `json:"bias"`
}

// Prob is the regression's probability for inputs x.
func (l Logistic) Prob(x []float64) float64 {
	return 1 / (1 + math.Exp(-(l.Bias + weigh(x, l.Mean, l.Scale, l.Weights))))
}

// weigh is the weighted sum of x standardised by mean and scale.
func weigh(x, mean, scale, w []float64) float64 {
	z := 0.0
	for i, v := range x {
		s := scale[i]
		if s == 0 {
			s = 1
		}
		z += w[i] * (v - mean[i]) / s
	}
	return z
}

// Judge scores the candidates of one question, given their features, and
// returns their order, best first (earlier ones first on ties), and each
// one's confidence (all 0 while Confidence has no weights).
func (m Model) Judge(feats [][]float64) (order []int, conf []float64) {
	order, _, lin := m.rank(feats)
	conf = make([]float64, len(feats))
	if len(m.Confidence.Weights) == 0 {
		return order, conf // a model whose confidence is not fitted yet
	}
	in := make([]float64, 0, numFeatures+2+numQuestionFeatures)
	qf := QuestionFeatures(feats)
	for k, i := range order {
		in = inputs(in[:0], feats, lin, order, k)
		conf[i] = m.Confidence.Prob(in)
		if len(m.Answerable.Weights) > 0 {
			conf[i] *= m.Answerable.Prob(append(in, qf...))
		}
	}
	return order, conf
}

// Inputs returns the candidate the ranker puts first, given the features
// of a question's candidates (at least one), and what Judge weighs for it:
// the inputs of the confidence regression and those of the answerability
// regression. eval.Fit fits the two regressions on them.
func (m Model) Inputs(feats [][]float64) (best int, conf, answerable []float64) {
	order, _, lin := m.rank(feats)
	conf = inputs(nil, feats, lin, order, 0)
	return order[0], conf, append(conf[:len(conf):len(conf)], QuestionFeatures(feats)...)
}

// rank returns the candidates' order, best first (earlier ones first on
// ties), each one's score and its linear part (the score without the
// trees).
func (m Model) rank(feats [][]float64) (order []int, score, lin []float64) {
	score, lin = make([]float64, len(feats)), make([]float64, len(feats))
	order = make([]int, len(feats))
	for i, x := range feats {
		lin[i] = weigh(x, m.Mean, m.Scale, m.Rank)
		score[i] = lin[i] + treeScore(m.Trees, x)
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return score[order[a]] > score[order[b]] })
	return order, score, lin
}

// inputs appends to in the confidence regression's inputs for candidate
// order[k]: its features, its linear score and its margin to the linear
// score of the best other candidate in order. The trees order the
// candidates but stay out of the confidence: fitted to pick, they raise
// the best candidate of an off-topic question as much as any other's
// (with the full score as input, `citebot eval` refused 357 of the 672
// unanswerable labelled questions; with the linear, 378).
func inputs(in []float64, feats [][]float64, lin []float64, order []int, k int) []float64 {
	i := order[k]
	margin := 0.0
	switch {
	case k > 0:
		margin = lin[i] - lin[order[0]]
	case len(order) > 1:
		margin = lin[i] - lin[order[1]]
	}
	return append(append(in, feats[i]...), lin[i], margin)
}

//go:embed confidence.json
var confidenceJSON []byte

// DefaultModel returns the embedded fitted model.
func DefaultModel() (Model, error) {
	var m Model
	if err := json.Unmarshal(confidenceJSON, &m); err != nil {
		return Model{}, fmt.Errorf("confidence model: %w", err)
	}
	return m, m.check()
}

// check reports whether the model weighs exactly the answerer's features.
func (m Model) check() error {
	if !slices.Equal(m.Features, featureNames[:]) {
		return fmt.Errorf("confidence model: features %v, want %v (refit with go run ./eval/cmd/fit)", m.Features, featureNames)
	}
	if len(m.Mean) != numFeatures || len(m.Scale) != numFeatures || len(m.Rank) != numFeatures {
		return fmt.Errorf("confidence model: want %d means, scales and rank weights", numFeatures)
	}
	for i, t := range m.Trees {
		if err := t.check(numFeatures); err != nil {
			return fmt.Errorf("confidence model: tree %d: %w", i, err)
		}
	}
	if mn := m.Meaning; mn.Depth > 0 {
		if n := len(MeaningInputNames); len(mn.Mean) != n || len(mn.Scale) != n || len(mn.Weights) != n {
			return fmt.Errorf("confidence model: meaning: want %d means, scales and weights", n)
		}
	}
	if len(m.Confidence.Weights) == 0 {
		return nil // not fitted yet: every confidence is 0
	}
	if err := m.Confidence.check(numFeatures + 2); err != nil {
		return fmt.Errorf("confidence model: confidence: %w", err)
	}
	if len(m.Answerable.Weights) == 0 {
		return nil // an older model without the answerability regression
	}
	if err := m.Answerable.check(numFeatures + 2 + numQuestionFeatures); err != nil {
		return fmt.Errorf("confidence model: answerable: %w", err)
	}
	return nil
}

// check reports whether the regression weighs n inputs.
func (l Logistic) check(n int) error {
	if len(l.Mean) != n || len(l.Scale) != n || len(l.Weights) != n {
		return fmt.Errorf("want %d means, scales and weights", n)
	}
	return nil
}

// Meaning is the second look the answerer takes at a question its words
// leave it unsure of: when the best candidate's confidence is below Gate
// (and at least the refusal threshold), the first Depth candidates are
// reordered by a score over their first-look score and how near in
// meaning each is to the question (MeaningInputs), weighed by Weights
// after standardising by Mean and Scale. The answer's confidence, and so
// the refusal, stay those of the first look. A zero Meaning (Depth 0)
// takes no second look.
type Meaning struct {
	Gate    float64   `json:"gate"`
	Depth   int       `json:"depth"`
	Mean    []float64 `json:"mean"`
	Scale   []float64 `json:"scale"`
	Weights []float64 `json:"weights"`
	// Floor is the least cosine with the question the answer the second
	// look picks may have, alone or after the sentence before it (the
	// higher counts): one further in meaning is refused (Far), as
	// an off-topic question's best sentence shares a word with it and
	// little else ("best way to clean white sneakers" / "less white ice
	// surface"). Zero means no floor.
	Floor float64 `json:"floor,omitzero"`
}

// Far reports whether an answer whose cosine with the question is cos is
// below the floor.
func (m Meaning) Far(cos float64) bool { return m.Floor != 0 && cos < m.Floor }

// MeaningInputNames name the inputs of the second look, per candidate.
var MeaningInputNames = []string{"score_gap", "cosine", "cosine_gap", "cosine_rank", "context_cosine", "context_gap"}

// Wants reports whether the second look is taken for a question whose
// best first-look confidence is conf, under refusal threshold t.
func (m Meaning) Wants(conf, t float64) bool {
	return m.Depth > 0 && len(m.Weights) == len(MeaningInputNames) && conf < m.Gate && conf >= t
}

// MeaningInputs returns the second look's inputs for the candidates
// order[:len(cos)], given every candidate's first-look score and each of
// those candidates' cosine with the question (cos[k] for order[k]), and
// that of its text in context (ctxCos[k], Candidate.Context): the
// score's gap to the best, the cosine, its gap to the best cosine,
// 1/(1+r) for the cosine's rank r among them, and the context's cosine
// and its gap to the best.
func MeaningInputs(score []float64, order []int, cos, ctxCos []float64) [][]float64 {
	best, bestCos, bestCtx := score[order[0]], slices.Max(cos), slices.Max(ctxCos)
	out := make([][]float64, len(cos))
	for k, c := range cos {
		r := 0
		for _, o := range cos {
			if o > c {
				r++
			}
		}
		out[k] = []float64{score[order[k]] - best, c, c - bestCos, 1 / float64(1+r), ctxCos[k], ctxCos[k] - bestCtx}
	}
	return out
}

// LookedAt returns the candidates the second look weighs, in order, among
// the first depth of order (candidates' indices, the first look's best
// first), each candidate's features being feats[i]: the first look's
// best, and those that do not lack the kind of value the question asks
// for (type_missing, measure_missing) and say something the question
// does not (novel), whose nearness in meaning comes from restating the
// question ("Russia – Pakistan: the Way is Open for New Projects" for who
// wrote it; a heading "2000" for "what was the pop in 2000").
func LookedAt(order []int, feats [][]float64, depth int) []int {
	n := min(depth, len(order))
	out := make([]int, 0, n)
	for k, i := range order[:n] {
		if k == 0 || feats[i][fTypeMissing] == 0 && feats[i][fMeasureMissing] == 0 && feats[i][fNovel] > 0 {
			out = append(out, i)
		}
	}
	return out
}

// Pick returns the index (into in) of the input row the second look
// scores highest, the earlier on ties.
func (m Meaning) Pick(in [][]float64) int {
	best, bestScore := 0, 0.0
	for k, x := range in {
		s := weigh(x, m.Mean, m.Scale, m.Weights)
		if k == 0 || s > bestScore {
			best, bestScore = k, s
		}
	}
	return best
}

// Scores returns each candidate's first-look score (the ranker's).
func (m Model) Scores(feats [][]float64) []float64 {
	_, score, _ := m.rank(feats)
	return score
}
