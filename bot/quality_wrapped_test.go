package bot_test

import (
	"context"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/corpus"
	"github.com/citebot/citebot/eval"
	"github.com/citebot/citebot/retrieval"
)

// TestQualityOnWrappedCorpus asks the development set of the embedded
// corpus rewrapped at 72 columns, as plain-text files often are (fold -s),
// and also indented: a sentence broken over lines must read as one
// sentence, and an indent must not make it longer, so the figures match
// those on the corpus as it is (correct and cited 1.0 both; .455 wrapped
// before wrapped lines were joined).
func TestQualityOnWrappedCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for _, tc := range []struct {
		name   string
		reform func(string) string
	}{
		{"wrapped", func(s string) string { return wrap(s, 72) }},
		{"wrapped and indented", func(s string) string { return indent(wrap(s, 72), "    ") }},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReformedCorpus(t, tc.reform) })
	}
}

// checkReformedCorpus holds the answers to the development set on the
// embedded corpus, each file reformed by reform, to floors below the
// measured figures.
func checkReformedCorpus(t *testing.T, reform func(string) string) {
	files := fstest.MapFS{}
	err := fs.WalkDir(corpus.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(corpus.FS(), p)
		files[p] = &fstest.MapFile{Data: []byte(reform(string(data)))}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	ix, _, err := retrieval.Open(context.Background(), retrieval.Corpus{FS: files, Name: "wrapped"}, retrieval.Options{Synonyms: bot.SharedSynonyms()})
	if err != nil {
		t.Fatal(err)
	}
	items := readSet(t, seedDev)
	rep, err := eval.Run(context.Background(), bot.New(ix, bot.Options{Synonyms: bot.SharedSynonyms()}), ix, items)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("recall@5 %.3f correct %.3f cited %.3f false-refusal %.3f", rep.RecallAt5, rep.AnswerCorrect, rep.CorrectAndCited, rep.FalseRefusals)
	if rep.RecallAt5 < 0.95 || rep.CorrectAndCited < 0.85 || rep.CitationValidity < 1 || rep.FalseRefusals > 0.05 {
		t.Errorf("reformed corpus: recall@5 %.3f (floor .95), correct and cited %.3f (floor .85), validity %.3f, false refusals %.3f (ceiling .05)",
			rep.RecallAt5, rep.CorrectAndCited, rep.CitationValidity, rep.FalseRefusals)
	}
}

// wrap breaks each line of s longer than width at its last space within
// width, as fold -s does, but dropping the spaces it breaks at.
func wrap(s string, width int) string {
	var b strings.Builder
	for line := range strings.Lines(s) {
		line = strings.TrimSuffix(line, "\n")
		for len(line) > width {
			cut := strings.LastIndexByte(line[:width], ' ')
			if cut <= 0 {
				break
			}
			b.WriteString(line[:cut] + "\n")
			line = strings.TrimLeft(line[cut:], " ")
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// indent puts prefix before each line of s that is not blank.
func indent(s, prefix string) string {
	var b strings.Builder
	for line := range strings.Lines(s) {
		if strings.TrimSpace(line) != "" {
			b.WriteString(prefix)
		}
		b.WriteString(line)
	}
	return b.String()
}
