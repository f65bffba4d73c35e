package conflict_test

import (
	"context"
	"flag"
	"io/fs"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/conflict"
	"github.com/citebot/citebot/corpus"
	"github.com/citebot/citebot/eval"
	"github.com/citebot/citebot/retrieval"
	"github.com/citebot/citebot/text"
)

var (
	fit    = flag.Bool("fit", false, "sweep the thresholds over every labelled question set and print the figures")
	fitTop = flag.Int("fittop", 0, "with -fit, list this many best tunings")
)

// labelled is a question set of the repository with its corpus ("" is
// the embedded one). eval/testdata/final4 is a held-out set: never here.
type labelled struct{ name, file, corpus string }

var sets = []labelled{
	{"conflict-dev", "dev/conflict-dev.jsonl", ""},
	{"seed-dev", "dev/seed-dev.jsonl", ""},
	{"user-dev", "dev/user-dev.jsonl", ""},
	{"extra", "extra-seed-corpus.jsonl", ""},
	{"seedstyle", "seed-style.jsonl", ""},
	{"ency", "encyclopedia.jsonl", "encyclopedia"},
	{"final-seed", "final/seed-corpus.jsonl", ""},
	{"final-wiki", "final/wiki.jsonl", "final/wiki"},
	{"final2-seed", "final2/seed-corpus.jsonl", ""},
	{"final2-wiki", "final2/wiki.jsonl", "final2/wiki"},
	{"final3-seed", "final3/seed-corpus.jsonl", ""},
	{"final3-wiki", "final3/wiki.jsonl", "final3/wiki"},
	{"final5-conflict", "final5/conflict.jsonl", ""},
	{"final5-disputes", "final5/disputes.jsonl", "final5/disputes"},
	{"final5-user", "final5/user-corpus.jsonl", ""},
}

const testdata = "../../eval/testdata/"

// retrieved is an item with the passages retrieved for it.
type retrieved struct {
	set      string
	item     eval.Item
	passages []citebot.Passage
	ix       *retrieval.Index
	prep     conflict.Prepared
	disputed bool // outside the conflict sets, but about a disputed fact
}

var (
	indexes   = map[string]*retrieval.Index{}
	indexesMu sync.Mutex
)

func index(t testing.TB, dir string) *retrieval.Index {
	indexesMu.Lock()
	defer indexesMu.Unlock()
	if ix := indexes[dir]; ix != nil {
		return ix
	}
	var c retrieval.Corpus
	if dir == "" {
		c = retrieval.Corpus{FS: corpus.FS(), Name: "embedded"}
	} else {
		c = retrieval.Corpus{FS: os.DirFS(testdata + dir), Name: dir}
	}
	ix, _, err := retrieval.Open(context.Background(), c, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	indexes[dir] = ix
	return ix
}

// load retrieves the passages of every item of the sets, as bot.Ask does
// (a pool of eight, and for a name question those of a search for the
// name, as bot's addConflicts does).
func load(t testing.TB, sets []labelled) []retrieved {
	var out []retrieved
	for _, s := range sets {
		items, err := eval.Read(mustOpen(t, testdata+s.file))
		if err != nil {
			t.Fatal(err)
		}
		ix := index(t, s.corpus)
		for _, it := range items {
			ps, err := ix.Search(context.Background(), it.Question, poolK)
			if err != nil {
				t.Fatal(err)
			}
			f := conflict.New(conflict.Options{IDF: ix.TermWeight})
			q := ix.Normalize(it.Question)
			if name := f.Lookup(q, ps); name != "" {
				more, err := ix.Search(context.Background(), name, poolK)
				if err != nil {
					t.Fatal(err)
				}
				ps = union(ps, more)
			}
			out = append(out, retrieved{set: s.name, item: it, passages: ps, ix: ix, prep: conflict.Prepare(f, q, ps)})
		}
	}
	return out
}

// union returns the passages of a followed by those of b that a lacks.
func union(a, b []citebot.Passage) []citebot.Passage {
	seen := map[string]bool{}
	for _, p := range a {
		seen[p.ID] = true
	}
	for _, p := range b {
		if !seen[p.ID] {
			a = append(a, p)
		}
	}
	return a
}

func mustOpen(t testing.TB, path string) fs.File {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// score counts, under a tuning, the conflict items whose every value is
// found with a statement on its quote, the controls of conflict sets with
// a claim, and the claims on every other item.
type score struct{ reported, conflicts, wrong, controls, other, disputed int }

func measure(tun conflict.Tuning, qs []retrieved, verbose func(string, ...any)) score {
	var sc score
	for _, a := range qs {
		vals := a.prep.Resolve(tun)
		switch {
		case len(a.item.Conflict) > 0:
			sc.conflicts++
			if allReported(a, vals) {
				sc.reported++
			}
		case a.item.Conflict != nil:
			sc.controls++
			if len(vals) > 0 {
				sc.wrong++
			}
		case len(vals) > 0 && a.disputed:
			sc.disputed++
		case len(vals) > 0:
			sc.other++
		}
		if verbose != nil && (len(vals) > 0 || len(a.item.Conflict) > 0) {
			verbose("%s %s %q", a.set, a.item.ID, a.item.Question)
			for _, v := range vals {
				for _, s := range v.Statements {
					p := a.passages[s.Passage]
					verbose("    %q  %s: %q", v.Text, p.Doc, p.Text[s.Sentence.Start:s.Sentence.End])
				}
			}
		}
	}
	return sc
}

// allReported reports whether every listed value of a conflict item is
// among vals, with a statement on its quote.
func allReported(a retrieved, vals []conflict.Value) bool {
	for _, want := range a.item.Conflict {
		found := false
		for _, v := range vals {
			if !strings.Contains(text.Fold(v.Text), text.Fold(want.Value)) {
				continue
			}
			for _, s := range v.Statements {
				p := a.passages[s.Passage]
				if p.Doc == want.Doc && overlaps(text.Fold(p.Text[s.Sentence.Start:s.Sentence.End]), text.Fold(want.Quote)) {
					found = true
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func overlaps(a, b string) bool { return strings.Contains(a, b) || strings.Contains(b, a) }

// outcome is how a tuning does on one item: +1 for a conflict reported,
// -penalty for a claim on a control (its sources are labelled as
// agreeing), -1 for a claim on a question outside the conflict sets
// (unlabelled: its sources may disagree, as with the timing of a visit
// that one article plans and another cancels, so the claim is not known
// to be wrong), 0 otherwise.
func outcome(tun conflict.Tuning, a retrieved) float64 {
	vals := a.prep.Resolve(tun)
	switch {
	case len(a.item.Conflict) > 0:
		if allReported(a, vals) {
			return 1
		}
		return 0
	case len(vals) > 0 && a.item.Conflict != nil:
		return -penalty
	case len(vals) > 0 && !a.disputed:
		return -1
	}
	return 0
}

// markDisputed marks the items outside the conflict sets whose evidence
// is one of the quotes of a labelled conflict: they ask about a fact the
// sources are known to give differently, so a claim there is neither
// rewarded nor counted as wrong.
func markDisputed(qs []retrieved) {
	type quote struct{ doc, text string }
	var known []quote
	for _, a := range qs {
		for _, c := range a.item.Conflict {
			known = append(known, quote{c.Doc, text.Fold(c.Quote)})
		}
	}
	for i := range qs {
		if qs[i].item.Conflict != nil {
			continue
		}
		for _, ev := range qs[i].item.Evidence {
			for _, k := range known {
				if ev.Doc == k.doc && overlaps(text.Fold(ev.Quote), k.text) {
					qs[i].disputed = true
				}
			}
		}
	}
}

// penalty is what a claim on a control costs against a conflict
// reported: a claim that is not a conflict is worse than a conflict
// missed.
const penalty = 3

// grid is the tunings the sweep tries, strictest first (ties go to it).
func grid() []conflict.Tuning {
	var out []conflict.Tuning
	for _, minc := range []float64{0.8, 0.7, 0.6, 0.5, 0.4, 0.3} {
		for _, rel := range []float64{0.9, 0.8, 0.7, 0.6, 0.5} {
			for _, al := range []float64{0.5, 0.4, 0.3, 0.2} {
				for _, ps := range []float64{0, 0.2, 0.4} {
					for _, gap := range []int{2, 5, 10} {
						for _, ratio := range []float64{1.5, 2} {
							for _, lm := range []float64{0.2, 0.1} {
								out = append(out, conflict.Tuning{MinCover: minc, RelCover: rel, AlignedCover: min(al, rel), PassageShare: ps,
									MaxValues: 2, MaxYearGap: gap, MaxRatio: ratio, LocalMargin: lm})
							}
						}
					}
				}
			}
		}
	}
	return out
}

// TestFit sweeps the thresholds over every labelled set: run
// `go test ./bot/conflict -run TestFit -fit -v` (add -fittop N to list
// the N best tunings). A claim on a control costs `penalty` conflicts
// reported, one on an unlabelled question one; ties go to the stricter
// tuning.
// DefaultTuning holds the values it picks. The leave-one-question-out
// figures fit on every other question and judge the one left out.
func TestFit(t *testing.T) {
	if !*fit {
		t.Skip("run with -fit")
	}
	qs := load(t, sets)
	markDisputed(qs)
	g := grid()
	table := make([][]float64, len(g)) // table[config][item]
	totals := make([]float64, len(g))
	for c, tun := range g {
		table[c] = make([]float64, len(qs))
		for i, a := range qs {
			table[c][i] = outcome(tun, a)
			totals[c] += table[c][i]
		}
	}
	best := 0
	for c := range g {
		if totals[c] > totals[best] {
			best = c
		}
	}
	t.Logf("chosen %+v: total %.0f", g[best], totals[best])
	if *fitTop > 0 {
		order := make([]int, len(g))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(i, j int) bool { return totals[order[i]] > totals[order[j]] })
		for _, c := range order[:*fitTop] {
			t.Logf("  %+v: total %.0f %+v", g[c], totals[c], measure(g[c], qs, nil))
		}
	}
	t.Logf("on all sets: %+v", measure(g[best], qs, nil))
	var cv score
	for i, a := range qs {
		pick := 0
		for c := range g {
			if totals[c]-table[c][i] > totals[pick]-table[pick][i] {
				pick = c
			}
		}
		add(&cv, g[pick], a)
	}
	t.Logf("leave-one-question-out: %+v", cv)
	def := conflict.DefaultTuning()
	t.Logf("default %+v: %+v", def, measure(def, qs, t.Logf))
	if g[best] != def {
		t.Errorf("the sweep picks %+v; DefaultTuning is %+v", g[best], def)
	}
}

// add counts one item's outcome under tun into sc.
func add(sc *score, tun conflict.Tuning, a retrieved) {
	one := measure(tun, []retrieved{a}, nil)
	sc.reported += one.reported
	sc.conflicts += one.conflicts
	sc.wrong += one.wrong
	sc.controls += one.controls
	sc.other += one.other
	sc.disputed += one.disputed
}

// BenchmarkFind times Find on the dev questions' passages.
func BenchmarkFind(b *testing.B) {
	qs := load(b, sets[:2])
	f := conflict.New(conflict.Options{IDF: qs[0].ix.TermWeight})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := qs[i%len(qs)]
		f.Find(a.item.Question, a.passages)
	}
}

// poolK is how many passages each question retrieves, as bot.Ask does
// (its pool: more than it shows).
var poolK = 8
