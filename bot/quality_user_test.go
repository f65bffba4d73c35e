package bot_test

import (
	"context"
	"testing"

	"github.com/citebot/citebot/eval"
)

// TestQualityOnUserDevSet holds the extractive answerer to floors on the
// questions written the way people type them (issue 8): typos, chat
// abbreviations, paraphrase, unanswerable ones. The floors sit at or
// just below the measured figures: correct .742 (.677 before the second
// look by meaning), unanswerable refused .556 (5 of 9; .333 before the
// best_unnamed feature and the refit of 2026-12-04), false refusals .065
// (2 of 31). Each refit of the confidence model moves a question or two
// of a set either way (.032 false refusals the fit before); raise the
// floors as the figures rise. Recall is of the passages shown, the quoted
// one first: recall@1 .742, recall@5 .871 (a refusal shows search's
// order).
func TestQualityOnUserDevSet(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	items := readSet(t, "../eval/testdata/dev/user-dev.jsonl")
	b, ix := seedBot(t)
	rep, err := eval.Run(context.Background(), b, ix, items)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("recall@1 %.3f recall@5 %.3f correct %.3f cited %.3f refusal %.3f false-refusal %.3f",
		rep.RecallAt1, rep.RecallAt5, rep.AnswerCorrect, rep.CorrectAndCited, rep.RefusalAccuracy, rep.FalseRefusals)
	if rep.RecallAt1 < 0.67 || rep.RecallAt5 < 0.83 {
		t.Errorf("user-dev: recall@1 %.3f (floor .67), recall@5 %.3f (floor .83)", rep.RecallAt1, rep.RecallAt5)
	}
	if rep.AnswerCorrect < 0.7 || rep.RefusalAccuracy < 0.6 || rep.FalseRefusals > 0.1 || rep.CitationValidity < 1 {
		t.Errorf("user-dev: correct %.3f (floor .7), unanswerable refused %.3f (floor .6, the issue's target), false refusals %.3f (ceiling .1), validity %.3f",
			rep.AnswerCorrect, rep.RefusalAccuracy, rep.FalseRefusals, rep.CitationValidity)
	}
	for _, k := range rep.Kinds {
		if k.Kind == "" {
			t.Errorf("a kind without a name: %+v", k)
		}
	}
}

// TestOffTopicRefused holds the extractive answerer to a floor on
// questions about nothing the corpus is about ("who won the ipl last
// year"), typed every way: the held-out off-topic set, which the
// confidence model is never fitted on, refuses 37 of 40 (.925) with the
// second look's floor on the answer's meaning (34 without it; 22 of 40
// before the model was fitted on the other sets' off-topic questions).
func TestOffTopicRefused(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	items := readSet(t, "../eval/testdata/offtopic/seed-corpus.jsonl")
	b, ix := seedBot(t)
	rep, err := eval.Run(context.Background(), b, ix, items)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Unanswerable != len(items) || rep.RefusalAccuracy < 0.9 {
		t.Errorf("off-topic: %d of %d unanswerable, refused %.3f (floor .9)", rep.Unanswerable, len(items), rep.RefusalAccuracy)
	}
}
