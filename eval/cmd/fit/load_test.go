package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/citebot/citebot/bot/extract"
	"github.com/citebot/citebot/eval"
)

// TestDumpLoads: the candidates a -dump writes are the ones -load reads
// back, and a file that is not a dump is an error naming it.
func TestDumpLoads(t *testing.T) {
	d := len(extract.FeatureNames())
	x := make([]float64, d)
	x[0] = 0.5
	qs := []eval.Question{
		{Set: "a.jsonl", ID: "a-1", Answerable: true, Question: "who?", Features: [][]float64{x, x}, Correct: []bool{true, false}, Texts: []string{"A.", "B."}, Contexts: []string{"A.", "B."}},
		{Set: "a.jsonl", ID: "a-2", Question: "why?"},
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "dump.json")
	// candidates loaded, dumped again and scored by the embedded model
	src := filepath.Join(dir, "src.json")
	writeDump(t, src, qs)
	if err := run(context.Background(), dir, nil, src, path, 0, fitJob{score: true}); err != nil {
		t.Fatal(err)
	}
	got, err := loadQuestions(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, qs) {
		t.Errorf("loaded %+v, want %+v", got, qs)
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loadQuestions(bad); err == nil {
		t.Error("a file that is no dump loaded")
	}
}

func writeDump(t *testing.T, path string, qs []eval.Question) {
	t.Helper()
	data, err := json.Marshal(qs)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
