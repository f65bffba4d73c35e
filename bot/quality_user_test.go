package bot_test

import (
	"context"
	"testing"

	"github.com/citebot/citebot/eval"
)

// TestQualityOnUserDevSet holds the extractive answerer to floors on the
// questions written the way people type them (issue 8): typos, chat
// abbreviations, paraphrase, unanswerable ones. The floors sit at or
// just below the measured figures: correct .710 (.677 before the second
// look by meaning), unanswerable refused .333 (3 of 9), false refusals 0
// with the model fitted on 1252 questions. Each refit of the confidence
// model moves a question or two of a set either way (.444 refused and
// .032 false refusals at the fit before the last); raise the floors as the
// figures rise. Recall is of the passages shown, the quoted one first:
// recall@1 .710 (.581 in search's order), recall@5 .871.
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
	if rep.RecallAt1 < 0.67 || rep.RecallAt5 < 0.85 {
		t.Errorf("user-dev: recall@1 %.3f (floor .67), recall@5 %.3f (floor .85)", rep.RecallAt1, rep.RecallAt5)
	}
	if rep.AnswerCorrect < 0.68 || rep.RefusalAccuracy < 0.3 || rep.FalseRefusals > 0.1 || rep.CitationValidity < 1 {
		t.Errorf("user-dev: correct %.3f (floor .68), unanswerable refused %.3f (floor .3), false refusals %.3f (ceiling .1), validity %.3f",
			rep.AnswerCorrect, rep.RefusalAccuracy, rep.FalseRefusals, rep.CitationValidity)
	}
	for _, k := range rep.Kinds {
		if k.Kind == "" {
			t.Errorf("a kind without a name: %+v", k)
		}
	}
}
