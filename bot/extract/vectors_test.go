package extract

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
)

// fakeSentences embeds a text as e1 when it starts with one of near, else
// as e2, counting the texts it embeds; fail makes it return an error.
type fakeSentences struct {
	near  []string
	fail  bool
	count atomic.Int64
}

func (f *fakeSentences) embed(_ context.Context, texts []string) ([][]float32, error) {
	if f.fail {
		return nil, errors.New("no model")
	}
	f.count.Add(int64(len(texts)))
	out := make([][]float32, len(texts))
	for i, t := range texts {
		out[i] = []float32{0, 1}
		for _, w := range f.near {
			if strings.HasPrefix(t, w) {
				out[i] = []float32{1, 0}
			}
		}
	}
	return out, nil
}

// lookingAnswerer returns an Answerer whose second look weighs only the
// cosine and is taken below gate.
func lookingAnswerer(t *testing.T, gate float64, s *fakeSentences) *Answerer {
	t.Helper()
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	m.Meaning = Meaning{Gate: gate, Depth: 20, Mean: make([]float64, 6), Scale: []float64{1, 1, 1, 1, 1, 1}, Weights: []float64{0, 1, 0, 0, 0, 0}}
	return New(Options{Model: &m, Sentences: s.embed})
}

// TestSecondLook: below the gate the second look moves the candidate
// nearest the question in meaning first, among those that do not lack
// the kind of value asked for (the ferry sentence holds no sum), and
// keeps the first look's confidence.
func TestSecondLook(t *testing.T) {
	q := asked.Parse("How much did the bridge cost?")
	first := testAnswerer().Answer(t.Context(), Request{Question: q, Passages: testPassages()})
	tests := []struct {
		name      string
		gate      float64
		fail      bool
		near      string // the sentence embedded like the question
		wantFirst string // the answer's start
		wantCalls bool   // the sentences were embedded
	}{
		{"taken below the gate", 1.01, false, "It cost", "It cost", true},
		{"a sentence lacking the value asked for is not weighed", 1.01, false, "The old ferry", first.Text[:12], true},
		{"not taken above the gate", 0.001, false, "It cost", first.Text[:12], false},
		{"an embedding error leaves the first look", 1.01, true, "It cost", first.Text[:12], false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &fakeSentences{near: []string{tt.near, "How much"}, fail: tt.fail}
			res := lookingAnswerer(t, tt.gate, s).Answer(t.Context(), Request{Question: q, Passages: testPassages()})
			if !strings.HasPrefix(res.Text, tt.wantFirst) {
				t.Errorf("answer %q, want it to start %q", res.Text, tt.wantFirst)
			}
			if got := s.count.Load() > 0; got != tt.wantCalls {
				t.Errorf("embedded %d texts, want some: %v", s.count.Load(), tt.wantCalls)
			}
			if res.Confidence != first.Confidence || !res.Answered {
				t.Errorf("answered %v with confidence %v, want the first look's %v", res.Answered, res.Confidence, first.Confidence)
			}
		})
	}
}

// TestSecondLookFloor: the answer the second look picks is refused when
// its cosine with the question is below the floor, with the first look's
// confidence and a reason; a zero floor refuses nothing.
func TestSecondLookFloor(t *testing.T) {
	q := asked.Parse("How much did the bridge cost?")
	first := testAnswerer().Answer(t.Context(), Request{Question: q, Passages: testPassages()})
	for _, tt := range []struct {
		name     string
		near     []string // texts embedded like the question
		floor    float64
		overview bool // Request.Overview: no second look, so no floor
		answered bool
	}{
		{"no sentence near, under the floor", []string{"How much"}, 0.5, false, false},
		{"no sentence near, no floor", []string{"How much"}, 0, false, true},
		{"the cost sentence near, above the floor", []string{"How much", "It cost"}, 0.5, false, true},
		{"the ferry sentence near, lacking a sum, not weighed", []string{"How much", "The old ferry"}, 0.5, false, false},
		{"an overview, under the floor", []string{"How much"}, 0.5, true, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := &fakeSentences{near: tt.near}
			a := lookingAnswerer(t, 1.01, s)
			a.model.Meaning.Floor = tt.floor
			res := a.Answer(t.Context(), Request{Question: q, Passages: testPassages(), Overview: tt.overview})
			if res.Answered != tt.answered || res.Confidence != first.Confidence {
				t.Fatalf("answered %v (%q) with confidence %v, want %v with the first look's %v", res.Answered, res.Text, res.Confidence, tt.answered, first.Confidence)
			}
			if !res.Answered && !strings.Contains(res.Why, "far in meaning from the question (cosine 0.00, below 0.50)") {
				t.Errorf("why %q, want the cosine and the floor", res.Why)
			}
			if looked := s.count.Load() > 0; looked == tt.overview {
				t.Errorf("second look taken: %v, want %v", looked, !tt.overview)
			}
		})
	}
}

func TestCosinesCacheTexts(t *testing.T) {
	s := &fakeSentences{near: []string{"the ferry", "a ferry"}}
	v := &vectors{embed: s.embed}
	for i := range 2 {
		got, err := v.cosines(t.Context(), "the ferry?", []string{"a ferry", "a bridge", "a ferry"})
		if err != nil {
			t.Fatal(err)
		}
		if want := []float64{1, 0, 1}; !reflect.DeepEqual(got, want) {
			t.Errorf("cosines = %v, want %v", got, want)
		}
		if want := []int64{3, 4}[i]; s.count.Load() != want { // the question every time, each text once
			t.Errorf("call %d: %d texts embedded in all, want %d", i+1, s.count.Load(), want)
		}
	}
}

func TestMeaningInputs(t *testing.T) {
	score := []float64{0.5, 2, 1}
	lo, hi := 0.3, 0.9
	got := MeaningInputs(score, []int{1, 2, 0}, []float64{lo, hi, lo}, []float64{hi, lo, lo})
	want := [][]float64{{0, lo, lo - hi, 0.5, hi, 0}, {-1, hi, 0, 1, lo, lo - hi}, {-1.5, lo, lo - hi, 0.5, lo, lo - hi}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("MeaningInputs = %v, want %v", got, want)
	}
	m := Meaning{Gate: 0.5, Depth: 3, Mean: make([]float64, 6), Scale: []float64{1, 1, 1, 1, 1, 1}, Weights: []float64{1, 0, 0, 0, 0, 0}}
	if k := m.Pick(want); k != 0 {
		t.Errorf("weighing the first look's score, Pick = %d, want 0", k)
	}
	m.Weights = []float64{0, 1, 0, 0, 0, 0}
	if k := m.Pick(want); k != 1 {
		t.Errorf("weighing the cosine, Pick = %d, want 1", k)
	}
	m.Weights = []float64{0, 0, 0, 0, 1, 0}
	if k := m.Pick(want); k != 0 {
		t.Errorf("weighing the cosine in context, Pick = %d, want 0", k)
	}
	for _, c := range []struct {
		conf, t float64
		want    bool
	}{{0.4, 0.1, true}, {0.5, 0.1, false}, {0.05, 0.1, false}} {
		if got := m.Wants(c.conf, c.t); got != c.want {
			t.Errorf("Wants(%v, %v) = %v, want %v", c.conf, c.t, got, c.want)
		}
	}
	if (Meaning{}).Wants(0.3, 0.1) {
		t.Error("the zero Meaning takes a second look")
	}
}

func TestCheckMeaning(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	m.Meaning.Depth, m.Meaning.Weights = 20, []float64{1}
	if m.check() == nil {
		t.Error("a second look with one weight for four inputs passed the check")
	}
}

// TestLookedAt: the second look weighs the first look's best and, among
// the first depth, the candidates that do not lack the kind of value
// asked for and say something the question does not.
func TestLookedAt(t *testing.T) {
	feats := make([][]float64, 6)
	for i := range feats {
		feats[i] = make([]float64, numFeatures)
		feats[i][fNovel] = 0.5
	}
	feats[3][fTypeMissing] = 1    // the first look's best: weighed all the same
	feats[0][fMeasureMissing] = 1 // restates the question
	feats[5][fNovel] = 0          // the question's own words: a heading "2000"
	order := []int{3, 0, 5, 4, 1, 2}
	if got, want := LookedAt(order, feats, 5), []int{3, 4, 1}; !reflect.DeepEqual(got, want) {
		t.Errorf("LookedAt = %v, want %v", got, want)
	}
}

// TestCandidateContext: the second look reads a sentence after the one
// before it in its passage ("It cost 42 million dollars" after the
// bridge's opening), and the passage's first sentence alone.
func TestCandidateContext(t *testing.T) {
	q := asked.Parse("How much did the bridge cost?")
	first, second := "The new bridge over the river opened in October 2004.", "It cost 42 million dollars and carries four lanes."
	seen := 0
	for _, c := range testAnswerer().Candidates(Request{Question: q, Passages: testPassages()}) {
		switch c.Text {
		case first:
			seen++
			if c.Context != first {
				t.Errorf("context of the first sentence = %q, want it alone", c.Context)
			}
		case second:
			seen++
			if want := first + " " + second; c.Context != want {
				t.Errorf("context of the second sentence = %q, want %q", c.Context, want)
			}
		}
	}
	if seen != 2 {
		t.Fatalf("%d of the two sentences are candidates", seen)
	}
}

// TestSecondLookFloorDefinition: a sentence that defines the term a
// "what is X" question asks for is not refused by the floor, however far
// the encoder puts it from so short a question; a sentence on the term
// that does not define it is.
func TestSecondLookFloorDefinition(t *testing.T) {
	q := asked.Parse("What is t-SNE?")
	for _, tt := range []struct {
		name, doc string
		answered  bool
	}{
		{"a definition", "T-distributed Stochastic Neighbor Embedding (t-SNE) is a machine learning algorithm for visualization. It was developed by Laurens van der Maaten.", true},
		{"no definition", "t-SNE has been used for visualization in a wide range of applications. Its plots can mislead.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := lookingAnswerer(t, 1.01, &fakeSentences{near: []string{"What is"}}) // the question alone is near itself
			a.model.Meaning.Floor = 0.5
			p := citebot.Passage{ID: "t#1", Doc: "t-sne.txt", End: len(tt.doc), Text: tt.doc}
			res := a.Answer(t.Context(), Request{Question: q, Passages: []citebot.Passage{p}})
			if res.Answered != tt.answered {
				t.Errorf("answered %v (%q, why %q), want %v", res.Answered, res.Text, res.Why, tt.answered)
			}
		})
	}
}
