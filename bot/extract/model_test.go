package extract

import (
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
)

func TestDefaultModelFitsFeatures(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold <= 0 || m.Threshold >= 1 {
		t.Errorf("threshold %v is not a probability strictly between 0 and 1", m.Threshold)
	}
	if len(FeatureNames()) != numFeatures {
		t.Errorf("%d feature names for %d features", len(FeatureNames()), numFeatures)
	}
}

func TestJudgeOrdersAndCalibrates(t *testing.T) {
	m := Model{Features: FeatureNames(), Mean: make([]float64, numFeatures), Scale: make([]float64, numFeatures),
		Rank: make([]float64, numFeatures),
		Confidence: Logistic{Mean: make([]float64, numFeatures+2), Scale: make([]float64, numFeatures+2),
			Weights: make([]float64, numFeatures+2)}}
	m.Rank[fCover] = 1
	m.Confidence.Weights[numFeatures+1] = 1 // the margin
	feats := make([][]float64, 3)
	for i, c := range []float64{0.2, 0.9, 0.5} {
		feats[i] = make([]float64, numFeatures)
		feats[i][fCover] = c
	}
	order, conf := m.Judge(feats)
	if order[0] != 1 || order[1] != 2 || order[2] != 0 {
		t.Errorf("order = %v, want [1 2 0]", order)
	}
	if !(conf[1] > 0.5 && conf[2] < 0.5 && conf[0] < conf[2]) {
		t.Errorf("confidences = %v: the best should be above 0.5, the others below, in order", conf)
	}
	if err := m.check(); err != nil {
		t.Error(err)
	}
	m.Features = m.Features[1:]
	if m.check() == nil {
		t.Error("a model naming other features passed the check")
	}
}

func TestAnswerConfidence(t *testing.T) {
	a := testAnswerer()
	res := a.Answer(t.Context(), Request{Question: asked.Parse("How much did the bridge cost?"), Passages: testPassages()})
	if !res.Answered || res.Confidence < a.model.Threshold || res.Confidence > 1 {
		t.Errorf("answered=%v confidence=%v (threshold %v): %s", res.Answered, res.Confidence, a.model.Threshold, res.Text)
	}
	res = a.Answer(t.Context(), Request{Question: asked.Parse("How much did the bridge cost?")})
	if res.Answered || res.Confidence != 0 {
		t.Errorf("no passages: answered=%v confidence=%v", res.Answered, res.Confidence)
	}
}

func testPassages() []citebot.Passage {
	doc := "The new bridge over the river opened in October 2004. It cost 42 million dollars and carries four lanes. The old ferry stopped running."
	return []citebot.Passage{{ID: "b#1", Doc: "b.txt", Start: 0, End: len(doc), Text: doc, Score: 1}}
}

func TestQuotes(t *testing.T) {
	for q, want := range map[string]string{
		"which russian prez called sharif's 99 trip a 'new hope'":       "new hope",
		`who wrote "Managing relations"?`:                               "managing relations",
		"What stance of Islamabad's toward Kabul's rulers in the '90s?": "",
		"who wrote ‘Pakistan-Russia relations warm up’?":                "pakistan-russia relations warm up",
	} {
		got := strings.Join(testAnswerer().analyze(q).quotes, "|")
		if got != want {
			t.Errorf("quotes of %q = %q, want %q", q, got, want)
		}
	}
}

func TestJudgeWeighsAnswerability(t *testing.T) {
	n := numFeatures + 2
	m := Model{Features: FeatureNames(), Mean: make([]float64, numFeatures), Scale: make([]float64, numFeatures),
		Rank:       make([]float64, numFeatures),
		Confidence: Logistic{Mean: make([]float64, n), Scale: make([]float64, n), Weights: make([]float64, n), Bias: 2},
		Answerable: Logistic{Mean: make([]float64, n+numQuestionFeatures), Scale: make([]float64, n+numQuestionFeatures),
			Weights: make([]float64, n+numQuestionFeatures)}}
	feats := [][]float64{make([]float64, numFeatures)}
	_, alone := Model{Features: m.Features, Mean: m.Mean, Scale: m.Scale, Rank: m.Rank, Confidence: m.Confidence}.Judge(feats)
	_, both := m.Judge(feats)
	if d := both[0] - alone[0]/2; d > 1e-12 || d < -1e-12 {
		t.Errorf("confidence %v with an answerability of 1/2, want half of %v", both[0], alone[0])
	}
	if err := m.check(); err != nil {
		t.Error(err)
	}
	m.Answerable.Weights = m.Answerable.Weights[1:]
	if m.check() == nil {
		t.Error("an answerability regression of the wrong size passed the check")
	}
}

func TestQuestionFeatures(t *testing.T) {
	a, b := make([]float64, numFeatures), make([]float64, numFeatures)
	a[fType], a[fPersonMissing], a[fKeyMissing] = 0.5, 1, 0.8
	b[fType], b[fPersonMissing], b[fKeyMissing], b[fValueNear] = 1, 0, 0.2, 0.4
	got := QuestionFeatures([][]float64{a, b})
	want := make([]float64, numQuestionFeatures)
	want[qType], want[qValueNear], want[qPersonNamed], want[qKeyMissing] = 1, 0.4, 1, 0.2
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("QuestionFeatures = %v, want %v", got, want)
			break
		}
	}
	if got := QuestionFeatures(nil); len(got) != numQuestionFeatures {
		t.Errorf("no candidates: %v", got)
	}
}

// TestInputsAreWhatJudgeWeighs: the regressions are fitted (eval.Fit) on
// the inputs Judge weighs for the best candidate.
func TestInputsAreWhatJudgeWeighs(t *testing.T) {
	n := numFeatures + 2
	m := Model{Features: FeatureNames(), Mean: make([]float64, numFeatures), Scale: make([]float64, numFeatures),
		Rank:       make([]float64, numFeatures),
		Confidence: Logistic{Mean: make([]float64, n), Scale: make([]float64, n), Weights: make([]float64, n)},
		Answerable: Logistic{Mean: make([]float64, n+numQuestionFeatures), Scale: make([]float64, n+numQuestionFeatures),
			Weights: make([]float64, n+numQuestionFeatures)}}
	m.Rank[fCover], m.Rank[fType] = 1, 0.5
	for i := range m.Confidence.Weights {
		m.Confidence.Weights[i] = 0.3
	}
	for i := range m.Answerable.Weights {
		m.Answerable.Weights[i] = -0.2
	}
	feats := make([][]float64, 3)
	for i, c := range []float64{0.2, 0.9, 0.5} {
		feats[i] = make([]float64, numFeatures)
		feats[i][fCover], feats[i][fType] = c, float64(i%2)
	}
	order, conf := m.Judge(feats)
	best, in, ans := m.Inputs(feats)
	if best != order[0] || len(in) != n || len(ans) != n+numQuestionFeatures {
		t.Fatalf("Inputs: best %d (Judge: %d), %d and %d inputs", best, order[0], len(in), len(ans))
	}
	if want := m.Confidence.Prob(in) * m.Answerable.Prob(ans); conf[best] != want {
		t.Errorf("Judge's confidence %v, the regressions' on Inputs %v", conf[best], want)
	}
	if margin := in[n-1]; margin <= 0 {
		t.Errorf("the best candidate's margin %v, want > 0", margin)
	}
}
