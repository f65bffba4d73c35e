package weaviate_test

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/corpus"
	"github.com/citebot/citebot/eval"
	"github.com/citebot/citebot/retrieval"
)

// devTolerance is the share of dev-set questions whose extractive answer
// or citations may differ between the backends, and devFigureTolerance
// how far a set's "correct and cited" may. The Store reads questions
// against the word counts of the documents it holds as the in-process
// Index reads them against its own (corrections, short forms, two-digit
// years, synonyms, Normalize), Sync splits words run together against the
// whole corpus's counts, and the two rankings are fused in the client as
// in process: measured on the 73 questions, on one node and on three with
// two replicas, no answer and no citation list differ. (Before, with the
// server's relativeScoreFusion and only the chat forms read, 9 answers
// differed, and user-dev's "correct and cited" was .645 against .710.)
// What may still differ is the order of near ties: the server scores
// BM25 in 32-bit floats. So one question in twenty may differ, and a
// set's figure by 5% or one question, whichever is more.
const (
	devTolerance       = 0.05
	devFigureTolerance = 0.05
)

// TestDevSetsMatchInProcess indexes the embedded corpus into the server
// and into the in-process index, asks every dev-set question of both
// through the extractive bot, and compares answers, citations and the
// evaluation figures.
func TestDevSetsMatchInProcess(t *testing.T) {
	cfg := server(t)
	ctx := context.Background()
	c := retrieval.Corpus{FS: corpus.FS(), Name: "embedded"}
	ix, _, err := retrieval.Open(ctx, c, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := open(t, cfg)
	if _, err := retrieval.Sync(ctx, c, s, retrieval.Options{}); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../eval/testdata/dev/*.jsonl")
	if len(files) == 0 {
		t.Fatal("no dev sets")
	}
	bi, bs := bot.New(ix, bot.Options{}), bot.New(s, bot.Options{})
	var total, answers, cites int
	for _, f := range files {
		items := readItems(t, f)
		for _, it := range items {
			a, err1 := bi.Ask(ctx, citebot.Question{Text: it.Question})
			b, err2 := bs.Ask(ctx, citebot.Question{Text: it.Question})
			if err1 != nil || err2 != nil {
				t.Fatalf("%s: %v / %v", it.ID, err1, err2)
			}
			total++
			ti, wi := ix.AnalyzeQuery(it.Question)
			if ts, ws := s.AnalyzeQuery(it.Question); !reflect.DeepEqual(ti, ts) || !reflect.DeepEqual(wi, ws) {
				t.Errorf("%s: terms %v %v in process, %v %v on weaviate", it.ID, ti, wi, ts, ws)
			}
			for _, st := range ti { // what the extractive answerer asks of each (bot.TermWeigher, bot.DocFreqer)
				dfi, ni := ix.DocFreq(st)
				dfs, ns := s.DocFreq(st)
				if dfi != dfs || ni != ns || math.Abs(ix.TermWeight(st)-s.TermWeight(st)) > 1e-9 {
					t.Errorf("%s: %q in %d of %d chunks (IDF %.4f) in process, %d of %d (%.4f) on weaviate", it.ID, st, dfi, ni, ix.TermWeight(st), dfs, ns, s.TermWeight(st))
				}
			}
			if n := ix.Normalize(it.Question); n != s.Normalize(it.Question) {
				t.Errorf("%s: normalised %q in process, %q on weaviate", it.ID, n, s.Normalize(it.Question))
			}
			if a.Answer != b.Answer || a.Answered != b.Answered {
				answers++
				t.Logf("%s %s: answer differs\n  in-process: %.120q\n  weaviate:   %.120q", filepath.Base(f), it.ID, a.Answer, b.Answer)
			}
			if !sameCitations(a.Citations, b.Citations) {
				cites++
			}
		}
		ri, err1 := eval.Run(ctx, bi, ix, items)
		rs, err2 := eval.Run(ctx, bs, s, items)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		t.Logf("%s: in-process R@1 %.3f R@5 %.3f MRR %.3f correct %.3f cited %.3f refusals %.3f validity %.3f",
			filepath.Base(f), ri.RecallAt1, ri.RecallAt5, ri.MRR, ri.AnswerCorrect, ri.CorrectAndCited, ri.RefusalAccuracy, ri.CitationValidity)
		t.Logf("%s: weaviate   R@1 %.3f R@5 %.3f MRR %.3f correct %.3f cited %.3f refusals %.3f validity %.3f",
			filepath.Base(f), rs.RecallAt1, rs.RecallAt5, rs.MRR, rs.AnswerCorrect, rs.CorrectAndCited, rs.RefusalAccuracy, rs.CitationValidity)
		if d := ri.CorrectAndCited - rs.CorrectAndCited; d > max(devFigureTolerance, 1.001/float64(max(1, ri.Answerable))) {
			t.Errorf("%s: correct and cited %.3f on weaviate, %.3f in process", f, rs.CorrectAndCited, ri.CorrectAndCited)
		}
		if rs.CitationValidity != 1 && rs.Items > 0 && len(citationsOf(rs)) > 0 {
			t.Errorf("%s: citation validity %.3f, want 1", f, rs.CitationValidity)
		}
	}
	t.Logf("%d questions: %d answers and %d citation lists differ (tolerance %.0f%%)", total, answers, cites, 100*devTolerance)
	if float64(answers) > devTolerance*float64(total) || float64(cites) > devTolerance*float64(total) {
		t.Errorf("%d answers and %d citation lists of %d differ, more than %.0f%%", answers, cites, total, 100*devTolerance)
	}
}

func readItems(t *testing.T, file string) []eval.Item {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	items, err := eval.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return items
}

func sameCitations(a, b []citebot.Citation) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}

func citationsOf(r eval.Report) []eval.Result {
	var out []eval.Result
	for _, x := range r.Results {
		if x.Citations > 0 {
			out = append(out, x)
		}
	}
	return out
}
