package bot_test

import (
	"context"
	"io/fs"
	"os"
	"sync"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/corpus"
	"github.com/citebot/citebot/eval"
	"github.com/citebot/citebot/retrieval"
)

// seedDev is the team's development question set, copied into the
// repository (.ci/run checks the copy against ../shared/eval).
const seedDev = "../eval/testdata/dev/seed-dev.jsonl"

func seedBot(t testing.TB) (*bot.Bot, *retrieval.Index) {
	t.Helper()
	return corpusBot(t, corpus.FS(), "embedded")
}

// corpusBot indexes the documents of fsys in memory, as corpus name, and
// returns a bot over them with the shared synonym table, and the index.
func corpusBot(t testing.TB, fsys fs.FS, name string) (*bot.Bot, *retrieval.Index) {
	t.Helper()
	ix, _, err := retrieval.Open(context.Background(), retrieval.Corpus{FS: fsys, Name: name}, retrieval.Options{Synonyms: bot.SharedSynonyms()})
	if err != nil {
		t.Fatal(err)
	}
	return bot.New(ix, bot.Options{Synonyms: bot.SharedSynonyms()}), ix
}

// readSet reads a labelled question set of the repository.
func readSet(t testing.TB, file string) []eval.Item {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatalf("the question sets ship in eval/testdata: %v", err)
	}
	defer f.Close()
	items, err := eval.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return items
}

// TestQualityOnDevSet holds the extractive answerer to floors on the
// development set. The floors sit below the measured figures so that
// honest tuning elsewhere does not trip them, but a real regression does.
func TestQualityOnDevSet(t *testing.T) {
	items := readSet(t, seedDev)
	b, ix := seedBot(t)
	rep, err := eval.Run(context.Background(), b, ix, items)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("recall@1 %.3f recall@5 %.3f MRR %.3f correct %.3f cited %.3f validity %.3f refusal %.3f false-refusal %.3f",
		rep.RecallAt1, rep.RecallAt5, rep.MRR, rep.AnswerCorrect, rep.CorrectAndCited, rep.CitationValidity, rep.RefusalAccuracy, rep.FalseRefusals)
	floors := []struct {
		name      string
		got, want float64
	}{
		{"recall@5", rep.RecallAt5, 0.95},
		{"MRR", rep.MRR, 0.85},
		{"correct and cited", rep.CorrectAndCited, 0.85},
		{"citation validity", rep.CitationValidity, 1},
	}
	for _, fl := range floors {
		if fl.got < fl.want {
			t.Errorf("%s = %.3f, floor %.3f", fl.name, fl.got, fl.want)
		}
	}
	if rep.FalseRefusals > 0.05 {
		t.Errorf("false refusals = %.3f, ceiling 0.05", rep.FalseRefusals)
	}
	unansweredOrMarked(t, b, items)
}

// unansweredOrMarked checks that the questions of items that the corpus
// does not answer are refused, or answered with a confidence below
// citebot.LowConfidence, which the CLI and Discord mark "low confidence".
// The model fitted on every labelled set answers seed-dev's two such
// questions ("What is the population of Karachi?") at a confidence just
// above its threshold: no refusal floor holds for them, but no user sees
// such an answer unmarked.
func unansweredOrMarked(t *testing.T, b *bot.Bot, items []eval.Item) {
	t.Helper()
	for _, it := range items {
		if it.Answerable() {
			continue
		}
		a, err := b.Ask(context.Background(), citebot.Question{Text: it.Question, NoLLM: true})
		if err != nil {
			t.Fatal(err)
		}
		if a.Answered && a.Confidence >= citebot.LowConfidence {
			t.Errorf("%q: answered at confidence %.2f, unmarked (low confidence below %.2f)", it.Question, a.Confidence, citebot.LowConfidence)
		}
	}
}

// TestConcurrentAsks runs 50 asks at once; run with -race.
func TestConcurrentAsks(t *testing.T) {
	b, ix := seedBot(t)
	questions := []string{"When did Musharraf visit Moscow?", "How many Mi-35 helicopters did Pakistan get?",
		"Who wrote Managing Pakistan-Russia relations?", "What is the population of Karachi?", "Where was the 2010 summit?"}
	var wg sync.WaitGroup
	errs := make(chan error, 50)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(q string) {
			defer wg.Done()
			a, err := b.Ask(context.Background(), citebot.Question{Text: q})
			if err != nil {
				errs <- err
				return
			}
			for _, c := range a.Citations {
				if doc, _ := ix.Text(c.Doc); doc[c.Start:c.End] != c.Quote {
					t.Errorf("inexact citation %+v", c)
				}
			}
		}(questions[i%len(questions)])
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
