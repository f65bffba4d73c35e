package synth

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// generate writes a corpus of size bytes with seed 1 from the
// repository's sentences and returns its files, questions and stats.
func generate(t *testing.T, size int64) (map[string]string, []Question, Stats) {
	t.Helper()
	sents, err := Sentences("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "corpus")
	qs, st, err := Generate(dir, sents, Options{Size: size, Seed: 1, Questions: 20})
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files, qs, st
}

func TestGenerateIsDeterministic(t *testing.T) {
	f1, q1, s1 := generate(t, 300_000)
	f2, q2, s2 := generate(t, 300_000)
	if !reflect.DeepEqual(f1, f2) || !reflect.DeepEqual(q1, q2) || s1 != s2 {
		t.Fatal("two corpora of the same seed and size differ")
	}
	if s1.Bytes < 300_000 || len(f1) != s1.Files || len(q1) != 20 {
		t.Fatalf("stats %+v, %d files, %d questions", s1, len(f1), len(q1))
	}
	for _, q := range q1 {
		doc, ok := f1[q.Evidence[0].Doc]
		if !ok || !strings.Contains(doc, q.Evidence[0].Quote) {
			t.Errorf("%s: quote not in %s", q.ID, q.Evidence[0].Doc)
		}
		if q.Answers[0] == "" || strings.Contains(q.Question, q.Answers[0]+" ") {
			t.Errorf("%s: answer %q given away in %q", q.ID, q.Answers[0], q.Question)
		}
	}
}

// The vocabulary grows with the corpus, sublinearly (Heaps' law).
func TestVocabularyGrows(t *testing.T) {
	_, _, small := generate(t, 200_000)
	_, _, big := generate(t, 800_000)
	grow := float64(big.Vocabulary) / float64(small.Vocabulary)
	words := float64(big.Words) / float64(small.Words)
	if grow < 1.5 || grow > words {
		t.Fatalf("vocabulary %d -> %d for %d -> %d words", small.Vocabulary, big.Vocabulary, small.Words, big.Words)
	}
}

// Headings and short sentences are left out; abbreviations and initials
// do not end a sentence.
func TestSplitSentences(t *testing.T) {
	got := splitText("A Heading\n\nDr. Smith met St. John in 1908. He left for London in the spring! Did he return? \"Yes.\"\n\nJ. R. R. Tolkien wrote it in the end.")
	want := []string{"Dr. Smith met St. John in 1908.", "He left for London in the spring!", "J. R. R. Tolkien wrote it in the end."}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"50MB": 50e6, "1.5gb": 15e8, "500KB": 5e5, "200": 200e6} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	if _, err := ParseSize("lots"); err == nil {
		t.Error("ParseSize(lots) did not fail")
	}
}
