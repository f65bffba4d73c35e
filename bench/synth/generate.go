package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Options say what to generate. Zero fields take the defaults below.
type Options struct {
	Size      int64   // corpus bytes to write, at least; required
	Seed      uint64  // the same Seed, Size and sources give the same bytes
	Questions int     // questions to sample; 0 means 100
	Rate      float64 // share of content words replaced by pseudo-words; 0 means 0.3
	ZipfS     float64 // Zipf exponent of pseudo-word ranks (> 1); 0 means 1.3
	ZipfV     float64 // Zipf offset (flattens the head, >= 1); 0 means 20
}

func (o Options) withDefaults() Options {
	if o.Questions == 0 {
		o.Questions = 100
	}
	if o.Rate == 0 {
		o.Rate = 0.3
	}
	if o.ZipfS == 0 {
		o.ZipfS = 1.3
	}
	if o.ZipfV == 0 {
		o.ZipfV = 20
	}
	return o
}

// Stats describe a generated corpus.
type Stats struct {
	Size            int64   `json:"size"` // bytes asked for
	Seed            uint64  `json:"seed"`
	Files           int     `json:"files"`
	Bytes           int64   `json:"bytes"` // bytes written
	Sentences       int     `json:"sentences"`
	Words           int64   `json:"words"`      // word tokens (runs of letters)
	Vocabulary      int     `json:"vocabulary"` // distinct lower-cased words
	SourceSentences int     `json:"source_sentences"`
	Rate            float64 `json:"rate"`
	ZipfS           float64 `json:"zipf_s"`
	ZipfV           float64 `json:"zipf_v"`
}

// Generate writes a corpus of at least opts.Size bytes into the folder
// dir (which must not exist yet) from the sentences sents, and returns
// the sampled questions and the corpus's statistics. Files are .txt and
// .md of 10 to 50 KB, under vol*/part*/; the output depends only on sents
// and opts.
func Generate(dir string, sents []string, opts Options) ([]Question, Stats, error) {
	opts = opts.withDefaults()
	if opts.Size <= 0 || len(sents) == 0 || opts.ZipfS <= 1 || opts.ZipfV < 1 {
		return nil, Stats{}, fmt.Errorf("generate: need a size, sentences, zipf s > 1 and v >= 1")
	}
	if err := os.Mkdir(dir, 0o755); err != nil {
		return nil, Stats{}, fmt.Errorf("generate: %w", err)
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 1))
	g := &gen{
		rng:   rng,
		mut:   mutator{rng: rng, zipf: rand.NewZipf(rng, opts.ZipfS, opts.ZipfV, 1<<40), rate: opts.Rate},
		sents: sents,
		vocab: make(map[string]struct{}),
		pick:  newSampler(opts.Seed, opts.Questions),
		st:    Stats{Size: opts.Size, Seed: opts.Seed, SourceSentences: len(sents), Rate: opts.Rate, ZipfS: opts.ZipfS, ZipfV: opts.ZipfV},
	}
	for g.st.Bytes < opts.Size {
		if err := g.file(dir); err != nil {
			return nil, g.st, err
		}
	}
	g.st.Vocabulary = len(g.vocab)
	return g.pick.questions(), g.st, nil
}

// gen is the state of one Generate call.
type gen struct {
	rng   *rand.Rand
	mut   mutator
	sents []string
	vocab map[string]struct{}
	pick  *sampler
	st    Stats
}

// file writes the next file: a title line, then paragraphs of 2 to 7
// sentences (and, in Markdown, a section heading every few paragraphs)
// until it reaches its drawn size.
func (g *gen) file(dir string) error {
	i := g.st.Files
	ext := "txt"
	if g.rng.IntN(10) < 3 {
		ext = "md"
	}
	rel := path.Join(fmt.Sprintf("vol%02d", i/1000), fmt.Sprintf("part%02d", i/50%20), fmt.Sprintf("doc-%05d.%s", i, ext))
	want := 10_000 + g.rng.IntN(40_000)
	var b strings.Builder
	_, words := g.sentence("")
	if ext == "md" {
		b.WriteString("# ")
	}
	b.WriteString(titleOf(words))
	for para := 0; b.Len() < want; para++ {
		if para > 0 && ext == "md" && para%4 == 0 {
			_, w := g.sentence("")
			b.WriteString("\n\n## " + titleOf(w))
		}
		b.WriteString("\n\n")
		for n := 2 + g.rng.IntN(6); n > 0; n-- {
			s, _ := g.sentence(rel)
			b.WriteString(s)
			if n > 1 {
				b.WriteString(" ")
			}
		}
	}
	b.WriteString("\n")
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	g.st.Files++
	g.st.Bytes += int64(b.Len())
	return nil
}

// sentence draws a source sentence, mutates it, counts it and offers it
// to the question sampler as a sentence of doc ("" for a heading).
func (g *gen) sentence(doc string) (string, []word) {
	s, words := g.mut.mutate(g.sents[g.rng.IntN(len(g.sents))])
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }) {
		g.vocab[strings.ToLower(f)] = struct{}{}
		g.st.Words++
	}
	if doc != "" {
		g.st.Sentences++
		g.pick.offer(doc, s, words)
	}
	return s, words
}

// titleOf makes a title of up to three content words.
func titleOf(words []word) string {
	var t []string
	for _, w := range words {
		if len(t) == 3 {
			break
		}
		t = append(t, strings.ToUpper(w.Text[:1])+w.Text[1:])
	}
	if len(t) == 0 {
		return "Notes"
	}
	return strings.Join(t, " ")
}
