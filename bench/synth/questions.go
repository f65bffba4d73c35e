package synth

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"unicode"
)

// Question is a line of a question file, as in eval/testdata/dev.
type Question struct {
	ID       string     `json:"id"`
	Question string     `json:"question"`
	Answers  []string   `json:"answers"`
	Evidence []Evidence `json:"evidence"`
	Kind     string     `json:"kind,omitempty"`
}

// Evidence is a quote of a document that answers a question.
type Evidence struct {
	Doc   string `json:"doc"`
	Quote string `json:"quote"`
}

// WriteQuestions writes qs to w as JSON lines.
func WriteQuestions(w io.Writer, qs []Question) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, q := range qs {
		if err := enc.Encode(q); err != nil {
			return fmt.Errorf("write questions: %w", err)
		}
	}
	return nil
}

// ReadQuestions reads a question file written by WriteQuestions (or any
// file of eval/testdata/dev).
func ReadQuestions(name string) ([]Question, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("read questions: %w", err)
	}
	defer f.Close()
	var qs []Question
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var q Question
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			return nil, fmt.Errorf("read questions %s: %w", name, err)
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read questions %s: %w", name, err)
	}
	return qs, nil
}

// sampler keeps a uniform sample (reservoir) of k sentences.
type sampler struct {
	rng  *rand.Rand
	k    int
	seen int
	got  []sampled
	seed uint64
}

type sampled struct {
	doc, text string
	words     []word
}

func newSampler(seed uint64, k int) *sampler {
	return &sampler{rng: rand.New(rand.NewPCG(seed, 2)), k: k, seed: seed}
}

// offer considers a sentence of doc with its content words; sentences
// with fewer than five content words are passed over.
func (s *sampler) offer(doc, text string, words []word) {
	if len(words) < 5 {
		return
	}
	s.seen++
	if len(s.got) < s.k {
		s.got = append(s.got, sampled{doc, text, words})
		return
	}
	if j := s.rng.IntN(s.seen); j < s.k {
		s.got[j] = sampled{doc, text, words}
	}
}

// questions turns the sample into questions: a few content words of the
// sentence (its rarest pseudo-words first, then words of the source) in
// a question template; the answer is another word of the sentence.
func (s *sampler) questions() []Question {
	rng := rand.New(rand.NewPCG(s.seed, 3))
	templates := []string{
		"What is said about %s?",
		"Which text mentions %s?",
		"What do we know of %s?",
		"Where is %s discussed?",
		"What happened with %s?",
	}
	var qs []Question
	for i, c := range s.got {
		ask, rest := questionWords(rng, c.words)
		answer := answerOf(rest)
		if answer == "" {
			answer = ask[0].Text
		}
		q := Question{
			ID:       fmt.Sprintf("scale-%03d", i+1),
			Question: fmt.Sprintf(templates[rng.IntN(len(templates))], joinAnd(ask)),
			Answers:  []string{answer},
			Evidence: []Evidence{{Doc: c.doc, Quote: c.text}},
			Kind:     "synthetic",
		}
		qs = append(qs, q)
	}
	return qs
}

// questionWords picks up to two of the rarest pseudo-words and source
// words to make four in all, in a shuffled order; rest are the others.
func questionWords(rng *rand.Rand, words []word) (ask, rest []word) {
	ws := slices.Clone(words)
	rng.Shuffle(len(ws), func(i, j int) { ws[i], ws[j] = ws[j], ws[i] })
	slices.SortStableFunc(ws, func(a, b word) int {
		switch {
		case a.Pseudo > b.Pseudo:
			return -1
		case a.Pseudo < b.Pseudo:
			return 1
		}
		return 0
	})
	pseudo := 0
	for _, w := range ws {
		switch {
		case slices.ContainsFunc(ask, func(a word) bool { return strings.EqualFold(a.Text, w.Text) }):
			// a repeated word is neither asked again nor the answer
		case len(ask) == 4 || w.Pseudo > 0 && pseudo == 2:
			rest = append(rest, w)
		default:
			if w.Pseudo > 0 {
				pseudo++
			}
			ask = append(ask, w)
		}
	}
	rest = slices.DeleteFunc(rest, func(r word) bool {
		return slices.ContainsFunc(ask, func(a word) bool { return strings.EqualFold(a.Text, r.Text) })
	})
	rng.Shuffle(len(ask), func(i, j int) { ask[i], ask[j] = ask[j], ask[i] })
	return ask, rest
}

// answerOf prefers a capitalised word, then the longest one.
func answerOf(rest []word) string {
	best := ""
	for _, w := range rest {
		if unicode.IsUpper(rune(w.Text[0])) {
			return w.Text
		}
		if len(w.Text) > len(best) {
			best = w.Text
		}
	}
	return best
}

// joinAnd joins words as "a, b and c".
func joinAnd(ws []word) string {
	t := make([]string, len(ws))
	for i, w := range ws {
		t[i] = w.Text
	}
	if len(t) < 2 {
		return strings.Join(t, "")
	}
	return strings.Join(t[:len(t)-1], ", ") + " and " + t[len(t)-1]
}
