package eval

import (
	"context"
	"fmt"

	"github.com/citebot/citebot/bot/extract"
	"github.com/viterin/vek/vek32"
)

// MeaningDepth is how many of the first look's candidates the second look
// reorders: it bounds the texts embedded per question (a sentence or two
// each, 10 to 40 ms).
const MeaningDepth = 20

// meaningGates are the gates the fit tries, cheapest first (1.01: every
// answered question).
var meaningGates = []float64{0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01}

// MeaningReport says how the second look was fitted: its gate, chosen by
// k-fold cross-validation, and the answers correct with and without it,
// cross-validated and leave-one-set-out, at the fit's threshold.
type MeaningReport struct {
	Gate       float64   `json:"gate"`
	Depth      int       `json:"depth"`
	Looked     float64   `json:"looked"` // share of answerable questions the second look takes, cross-validated
	CVBefore   float64   `json:"cv_correct_before"`
	CVAfter    float64   `json:"cv_correct_after"`
	LOSOBefore float64   `json:"loso_correct_before"`
	LOSOAfter  float64   `json:"loso_correct_after"`
	ByGate     []float64 `json:"cv_correct_by_gate"` // per meaningGates
	// Floor says how the floor was chosen, on the cross-validated looks
	// at Gate.
	Floor FloorReport `json:"floor"`
}

// held is a first-look model and the questions it predicts (held out) or
// was fitted on.
type held struct {
	m       extract.Model
	fitted  func(int) bool
	predict func(int) bool
	judged  []judgement // per question, filled by judgeAll
}

// judgement is a first look's verdict on a question's candidates: their
// order, confidences and scores (nil for a question without candidates).
type judgement struct {
	order       []int
	conf, score []float64
}

// judgeAll judges every question once with h's model, for the gates to
// share.
func (h *held) judgeAll(qs []Question) {
	h.judged = make([]judgement, len(qs))
	for i, q := range qs {
		if len(q.Features) > 0 {
			order, conf := h.m.Judge(q.Features)
			h.judged[i] = judgement{order, conf, h.m.Scores(q.Features)}
		}
	}
}

// cosines holds the cosines of questions' candidates with their
// question.
type cosines map[int]map[int]cosPair

// cosPair is a candidate's cosine with its question, alone and in
// context (extract.Candidate.Context).
type cosPair struct{ own, context float64 }

// fitMeaning fits the second look on top of the first-look models: for
// each gate, over the k folds (each fold's first look, then a ranker over
// meaningInputs fitted on the other folds' questions it looks at), and
// keeps the gate with the most correct answers; then its floor, on the
// same cross-validated looks (chooseFloor).
func fitMeaning(ctx context.Context, qs []Question, cv, loso []held, all extract.Model, t float64, opts FitOptions) (extract.Meaning, MeaningReport, error) {
	rep := MeaningReport{Depth: MeaningDepth}
	whole := &held{m: all, fitted: func(int) bool { return true }}
	hs := append([]*held{whole}, refs(cv)...)
	hs = append(hs, refs(loso)...)
	for _, h := range hs {
		h.judgeAll(qs)
	}
	cos, err := embedCandidates(ctx, qs, hs, t, opts.Embed)
	if err != nil {
		return extract.Meaning{}, rep, err
	}
	best := -1.0
	var atGate []verdict // the cross-validated verdicts at the gate kept
	for _, g := range meaningGates {
		vs := verdicts(qs, refs(cv), cos, t, lookAt(qs, cos, g, t, opts.RankL2))
		before, after, looked := looks(qs, vs, t)
		rep.ByGate = append(rep.ByGate, after)
		if after > best+1e-9 {
			best, rep.Gate, rep.CVBefore, rep.CVAfter, rep.Looked, atGate = after, g, before, after, looked, vs
		}
	}
	rep.LOSOBefore, rep.LOSOAfter, _ = looks(qs, verdicts(qs, refs(loso), cos, t, lookAt(qs, cos, rep.Gate, t, opts.RankL2)), t)
	looked, answerable, refused := floorData(qs, atGate, cos, t)
	rep.Floor = chooseFloor(looked, answerable, refused, opts.MaxFalseRefusals)
	look := fitLook(qs, whole, cos, rep.Gate, t, opts.RankL2)
	look.Floor = rep.Floor.Floor
	return look, rep, nil
}

// refs returns pointers to the elements of hs.
func refs(hs []held) []*held {
	out := make([]*held, len(hs))
	for i := range hs {
		out[i] = &hs[i]
	}
	return out
}

// verdict is a question a held-out group predicts: its index, the first
// look's best candidate and its confidence, the candidate that answers
// (the second look's pick when it takes the question, as Answer takes
// it: two candidates at least) and whether the second look took it.
type verdict struct {
	i           int
	conf        float64
	first, pick int
	looked      bool
}

// verdicts returns each of hs's verdicts on the questions it predicts
// (those with candidates), its second look being look(h).
func verdicts(qs []Question, hs []*held, cos cosines, t float64, look func(*held) extract.Meaning) []verdict {
	var out []verdict
	for _, h := range hs {
		m := look(h)
		for i, q := range qs {
			if !h.predict(i) || len(q.Features) == 0 {
				continue
			}
			j := h.judged[i]
			v := verdict{i: i, conf: j.conf[j.order[0]], first: j.order[0], pick: j.order[0]}
			if v.looked = len(q.Features) >= 2 && m.Wants(v.conf, t); v.looked {
				sub := extract.LookedAt(j.order, q.Features, MeaningDepth)
				v.pick = sub[m.Pick(meaningInputs(j, sub, cos[i]))]
			}
			out = append(out, v)
		}
	}
	return out
}

// lookAt returns the second look at gate fitted on a held-out group's
// fitted questions (fitLook).
func lookAt(qs []Question, cos cosines, gate, t, l2 float64) func(*held) extract.Meaning {
	return func(h *held) extract.Meaning { return fitLook(qs, h, cos, gate, t, l2) }
}

// looks returns the share of answerable questions answered correctly
// without and with the second look, and the share looked at, over the
// verdicts vs.
func looks(qs []Question, vs []verdict, t float64) (before, after, looked float64) {
	var n int
	for _, v := range vs {
		q := qs[v.i]
		if !q.Answerable {
			continue
		}
		n++
		if v.conf < t {
			continue
		}
		before += boolf(q.Correct[v.first])
		after += boolf(q.Correct[v.pick])
		looked += boolf(v.looked)
	}
	return frac(before, n), frac(after, n), frac(looked, n)
}

// fitLook fits the second look's ranker on the questions h was fitted on
// that its first look answers below gate.
func fitLook(qs []Question, h *held, cos cosines, gate, t, l2 float64) extract.Meaning {
	look := extract.Meaning{Gate: gate, Depth: MeaningDepth}
	type seen struct {
		x [][]float64
		y []bool
	}
	var all []seen
	var rows [][]float64
	for i, q := range qs {
		if !h.fitted(i) || len(q.Features) < 2 {
			continue
		}
		j := h.judged[i]
		order, conf := j.order, j.conf
		if conf[order[0]] >= gate || conf[order[0]] < t {
			continue
		}
		sub := extract.LookedAt(order, q.Features, MeaningDepth)
		x := meaningInputs(j, sub, cos[i])
		y := make([]bool, len(x))
		for k := range x {
			y[k] = q.Correct[sub[k]]
		}
		all = append(all, seen{x, y})
		rows = append(rows, x...)
	}
	if len(rows) == 0 {
		return extract.Meaning{}
	}
	st := newStandardiser(rows)
	gs := make([]group, len(all))
	for k, s := range all {
		gs[k].y = s.y
		for _, r := range s.x {
			gs[k].z = append(gs[k].z, st.apply(r))
		}
	}
	look.Mean, look.Scale = st.mean, st.scale
	look.Weights = fitRanker(gs, len(extract.MeaningInputNames), l2)
	return look
}

// meaningInputs returns the second look's inputs for the candidates of a
// judged question that it weighs (sub, from extract.LookedAt).
func meaningInputs(j judgement, sub []int, cos map[int]cosPair) [][]float64 {
	c, cc := make([]float64, len(sub)), make([]float64, len(sub))
	for k, i := range sub {
		c[k], cc[k] = cos[i].own, cos[i].context
	}
	return extract.MeaningInputs(j.score, sub, c, cc)
}

// embedCandidates returns the cosines with their question of the
// candidates any of the models may look at: the first MeaningDepth of
// each question it answers below the highest gate.
func embedCandidates(ctx context.Context, qs []Question, hs []*held, t float64, embed extract.EmbedFunc) (cosines, error) {
	want := map[int]map[int]bool{}
	for _, h := range hs {
		for i, q := range qs {
			if len(q.Features) < 2 {
				continue
			}
			order, conf := h.judged[i].order, h.judged[i].conf
			if conf[order[0]] < t || conf[order[0]] >= meaningGates[len(meaningGates)-1] {
				continue
			}
			if want[i] == nil {
				want[i] = map[int]bool{}
			}
			for _, c := range order[:min(MeaningDepth, len(order))] {
				want[i][c] = true
			}
		}
	}
	index := map[string]int{}
	var texts []string
	add := func(s string) {
		if _, ok := index[s]; !ok {
			index[s] = len(texts)
			texts = append(texts, s)
		}
	}
	for i, cs := range want {
		add(qs[i].Question)
		for c := range cs {
			add(qs[i].Texts[c])
			add(contextOf(qs[i], c))
		}
	}
	vecs, err := embed(ctx, texts)
	if err != nil {
		return nil, fmt.Errorf("embed %d candidates: %w", len(texts), err)
	}
	if len(vecs) != len(texts) {
		return nil, fmt.Errorf("embed %d candidates: got %d vectors", len(texts), len(vecs))
	}
	out := cosines{}
	for i, cs := range want {
		out[i] = map[int]cosPair{}
		qv := vecs[index[qs[i].Question]]
		for c := range cs {
			out[i][c] = cosPair{float64(vek32.Dot(qv, vecs[index[qs[i].Texts[c]]])), float64(vek32.Dot(qv, vecs[index[contextOf(qs[i], c)]]))}
		}
	}
	return out, nil
}

// contextOf is candidate c of q in context, or its text when q has no
// contexts.
func contextOf(q Question, c int) string {
	if c < len(q.Contexts) {
		return q.Contexts[c]
	}
	return q.Texts[c]
}

// floorData returns the verdicts vs in which the first look answers and
// the second look takes the question, with the cosine of the answer it
// picks, how many answerable questions vs has and how many of those the
// first look refuses.
func floorData(qs []Question, vs []verdict, cos cosines, t float64) (looked []lookedAt, answerable, refused int) {
	for _, v := range vs {
		q := qs[v.i]
		if q.Answerable {
			answerable++
			if v.conf < t {
				refused++
			}
		}
		if v.looked {
			looked = append(looked, lookedAt{q.Answerable, max(cos[v.i][v.pick].own, cos[v.i][v.pick].context)})
		}
	}
	return looked, answerable, refused
}

// FitFloor chooses the floor of model m's second look on labelled
// questions, m itself judging and looking at every one of them (in
// sample: one number chosen over all of them), within opts'
// MaxFalseRefusals; embed embeds the candidates looked at. It is for a
// model whose first look is kept as it is; Fit chooses the floor of the
// models it fits by cross-validation.
func FitFloor(ctx context.Context, qs []Question, m extract.Model, opts FitOptions) (FloorReport, error) {
	opts = opts.withDefaults()
	if opts.Embed == nil {
		return FloorReport{}, fmt.Errorf("fit floor: no embedder")
	}
	h := &held{m: m, fitted: func(int) bool { return true }, predict: func(int) bool { return true }}
	h.judgeAll(qs)
	cos, err := embedCandidates(ctx, qs, []*held{h}, m.Threshold, opts.Embed)
	if err != nil {
		return FloorReport{}, fmt.Errorf("fit floor: %w", err)
	}
	vs := verdicts(qs, []*held{h}, cos, m.Threshold, func(*held) extract.Meaning { return m.Meaning })
	looked, answerable, refused := floorData(qs, vs, cos, m.Threshold)
	return chooseFloor(looked, answerable, refused, opts.MaxFalseRefusals), nil
}
