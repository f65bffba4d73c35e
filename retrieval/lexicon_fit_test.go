package retrieval

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/citebot/citebot/corpus"
	"github.com/citebot/citebot/text"
)

var fitWeights = flag.Bool("fit", false, "TestFitExpandWeights: search the expansion weights over the labelled question sets")

// labelledSets are the question sets the expansion weights are fitted on,
// with their corpora ("" is the embedded corpus). The held-out sets of
// later rounds are never read.
var labelledSets = []struct{ file, corpus string }{
	{"dev/user-dev.jsonl", ""}, {"dev/seed-dev.jsonl", ""}, {"dev/conflict-dev.jsonl", ""},
	{"extra-seed-corpus.jsonl", ""}, {"seed-style.jsonl", ""},
	{"final/seed-corpus.jsonl", ""}, {"final2/seed-corpus.jsonl", ""}, {"final3/seed-corpus.jsonl", ""},
	{"encyclopedia.jsonl", "encyclopedia"},
	{"final/wiki.jsonl", "final/wiki"}, {"final2/wiki.jsonl", "final2/wiki"}, {"final3/wiki.jsonl", "final3/wiki"},
	{"final5/user-corpus.jsonl", ""}, {"final5/conflict.jsonl", ""}, {"final5/disputes.jsonl", "final5/disputes"},
}

// labelled is an answerable question and its evidence.
type labelled struct {
	Question string
	Evidence []struct{ Doc, Quote string }
}

// TestFitExpandWeights chooses expandWeights by grid search, maximising
// the mean reciprocal rank (within the top 5) of the evidence over every
// labelled set's questions and a copy of them typed carelessly (misspell), and reports leave-one-set-out cross-validated recall@5 and
// MRR: for each set, the weights best on the others, measured on it. Run:
//
//	go test ./retrieval -run TestFitExpandWeights -fit -v
func TestFitExpandWeights(t *testing.T) {
	if !*fitWeights {
		t.Skip("run with -fit")
	}
	type set struct {
		name string
		ix   *Index
		qs   []labelled
	}
	var sets []set
	for _, ls := range labelledSets {
		ix, qs := openLabelled(t, ls.file, ls.corpus)
		sets = append(sets, set{ls.file, ix, append(qs, misspell(qs, int64(len(sets)))...)})
	}
	saved := expandWeights
	defer func() { expandWeights = saved }()
	grid := weightGrid()
	// scores[g][s] = sum of reciprocal ranks and hits@5 of grid point g on set s
	rr := make([][]float64, len(grid))
	hit := make([][]float64, len(grid))
	for g, w := range grid {
		expandWeights = w
		rr[g], hit[g] = make([]float64, len(sets)), make([]float64, len(sets))
		for s, st := range sets {
			rr[g][s], hit[g][s] = evalSet(st.ix, st.qs)
		}
	}
	best := func(skip int) int {
		b, bv := 0, -1.0
		for g := range grid {
			v := 0.0
			for s := range sets {
				if s != skip {
					v += rr[g][s]
				}
			}
			if g != len(grid)-1 && v > bv+1e-9 {
				b, bv = g, v
			}
		}
		return b
	}
	var cvRR, cvHit, baseRR, baseHit, offRR, offHit, n float64
	base := gridIndex(grid, expansion{1, 0.7, 0.3, 0.1, 0}) // before synonyms
	off := len(grid) - 1                                    // no expansion: not a candidate
	for s, st := range sets {
		g := best(s)
		cvRR += rr[g][s]
		cvHit += hit[g][s]
		baseRR += rr[base][s]
		baseHit += hit[base][s]
		offRR += rr[off][s]
		offHit += hit[off][s]
		n += float64(len(st.qs))
		q := float64(len(st.qs))
		fmt.Printf("%-26s held out: weights %+v recall@5 %.3f (no synonyms: %.3f, no expansion: %.3f)\n", st.name, grid[g], hit[g][s]/q, hit[base][s]/q, hit[off][s]/q)
	}
	fmt.Printf("questions and misspelt copies, cross-validated: recall@5 %.3f MRR@5 %.3f; no synonyms %+v: %.3f %.3f; no expansion: %.3f %.3f\n",
		cvHit/n, cvRR/n, grid[base], baseHit/n, baseRR/n, offHit/n, offRR/n)
	lo, hi := 1e9, 0.0
	for g := range grid {
		v := 0.0
		for s := range sets {
			v += rr[g][s]
		}
		if g != len(grid)-1 {
			lo, hi = min(lo, v/n), max(hi, v/n)
		}
	}
	fmt.Printf("best on all sets: %+v (MRR@5 over the grid: %.4f to %.4f)\n", grid[best(-1)], lo, hi)
	order := make([]int, len(grid)-1)
	for g := range order {
		order[g] = g
	}
	total := func(g int) float64 {
		v := 0.0
		for s := range sets {
			v += rr[g][s]
		}
		return v / n
	}
	sort.SliceStable(order, func(i, j int) bool { return total(order[i]) > total(order[j]) })
	for _, g := range order[:min(8, len(order))] {
		fmt.Printf("  %+v MRR@5 %.4f\n", grid[g], total(g))
	}
}

// synGrid are the weights of synonyms tried.
var synGrid = []float64{0, 0.1, 0.2, 0.35, 0.5}

func weightGrid() []expansion {
	var out []expansion
	for _, f := range []float64{0.5, 1} {
		for _, p := range []float64{0.35, 0.7, 1} {
			for _, y := range []float64{0.3, 0.7, 1} {
				for _, ph := range []float64{0, 0.1, 0.2, 0.4} {
					for _, sy := range synGrid {
						out = append(out, expansion{f, p, y, ph, sy})
					}
				}
			}
		}
	}
	return append(out, expansion{}) // last: no expansion
}

func gridIndex(grid []expansion, w expansion) int {
	for i, g := range grid {
		if g == w {
			return i
		}
	}
	return 0
}

// evalSet returns the sum of reciprocal ranks (ranks 1–5) of the first
// passage holding a piece of evidence, and the number of questions with
// one in the top 5.
func evalSet(ix *Index, qs []labelled) (rr, hits float64) {
	for _, q := range qs {
		ps, _ := ix.Search(context.Background(), q.Question, 5)
		for i, p := range ps {
			if holdsEvidence(p.Doc, p.Text, q.Evidence) {
				rr += 1 / float64(i+1)
				hits++
				break
			}
		}
	}
	return rr, hits
}

func holdsEvidence(doc, txt string, ev []struct{ Doc, Quote string }) bool {
	f := text.Fold(txt)
	for _, e := range ev {
		if e.Doc == doc && strings.Contains(f, text.Fold(e.Quote)) {
			return true
		}
	}
	return false
}

// openLabelled indexes a set's corpus in memory and reads its answerable
// questions.
func openLabelled(t *testing.T, file, dir string) (*Index, []labelled) {
	t.Helper()
	c := Corpus{FS: corpus.FS(), Name: "embedded"}
	if dir != "" {
		c = Corpus{FS: os.DirFS(filepath.Join("../eval/testdata", dir)), Name: dir}
	}
	ix, _, err := Open(context.Background(), c, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join("../eval/testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var qs []labelled
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var q labelled
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if len(q.Evidence) > 0 {
			qs = append(qs, q)
		}
	}
	return ix, qs
}

// misspell returns a copy of qs typed carelessly, reproducibly (seed): in
// each question, words of five letters or more get one random edit (a
// letter dropped, doubled, swapped with the next or replaced by a
// neighbour) with probability 0.25 or are cut to a three-letter short form
// with probability 0.05, and years of the 1900s and 2000s lose their century
// with probability 0.5.
func misspell(qs []labelled, seed int64) []labelled {
	r := rand.New(rand.NewSource(seed))
	out := make([]labelled, len(qs))
	for i, q := range qs {
		words := strings.Fields(q.Question)
		for j, w := range words {
			words[j] = misspellWord(r, w)
		}
		out[i] = labelled{Question: strings.Join(words, " "), Evidence: q.Evidence}
	}
	return out
}

func misspellWord(r *rand.Rand, w string) string {
	if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && text.IsDigits(w) {
		if r.Float64() < 0.5 {
			return w[2:]
		}
		return w
	}
	if len(w) < 5 || !text.IsLetters(w) {
		return w
	}
	b := []byte(w)
	p := r.Float64()
	switch i := 1 + r.Intn(len(b)-2); {
	case p < 0.05:
		return strings.ToLower(w[:3])
	case p < 0.1:
		return string(append(b[:i:i], b[i+1:]...))
	case p < 0.15:
		return string(append(b[:i+1:i+1], b[i:]...))
	case p < 0.2:
		b[i], b[i+1] = b[i+1], b[i]
	case p < 0.3:
		b[i] = "qwertyuiopasdfghjklzxcvbnm"[r.Intn(26)]
	}
	return string(b)
}
