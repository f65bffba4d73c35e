package retrieval

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/citebot/citebot/corpus"
	"github.com/citebot/citebot/text/synonyms"
)

// TestVocabularyReadsAsIndex checks that a Vocabulary of the words of an
// Index's chunks reads every dev-set question as the Index does: the same
// terms and weights, the same normalised text.
func TestVocabularyReadsAsIndex(t *testing.T) {
	ix, _, err := Open(context.Background(), Corpus{FS: corpus.FS(), Name: "embedded"}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	st := ix.state()
	counts := make(map[string]int)
	for c := range st.chunks {
		CountWords(counts, st.text(int32(c)))
	}
	v := NewVocabulary(counts, ix.syn)
	qs := []string{"who did musharaf send to russia in 2001", "wat did the govt say in '99?", "pak ru ties",
		"Shanghai Cooperation Organisation", "inter-governmental commision", "the of and", ""}
	files, _ := filepath.Glob("../eval/testdata/dev/*.jsonl")
	for _, f := range files {
		qs = append(qs, questionsOf(t, f)...)
	}
	if len(qs) < 50 {
		t.Fatalf("%d questions: dev sets missing", len(qs))
	}
	for _, q := range qs {
		ti, wi := ix.AnalyzeQuery(q)
		tv, wv := v.AnalyzeQuery(q)
		if !reflect.DeepEqual(ti, tv) || !reflect.DeepEqual(wi, wv) {
			t.Errorf("AnalyzeQuery(%q):\n  index      %v %v\n  vocabulary %v %v", q, ti, wi, tv, wv)
		}
		if a, b := ix.Normalize(q), v.Normalize(q); a != b {
			t.Errorf("Normalize(%q): index %q, vocabulary %q", q, a, b)
		}
	}
}

// TestVocabularyChunkTerms checks the splits of words run together that
// need counts, and a nil Vocabulary.
func TestVocabularyChunkTerms(t *testing.T) {
	syn, err := synonyms.Load()
	if err != nil {
		t.Fatal(err)
	}
	counts := make(map[string]int)
	CountWords(counts, "Helicopters flew. The helicopters landed, but Javed Bajwa and Javed spoke. Bajwa left. Qcells grew.")
	v := NewVocabulary(counts, syn)
	for _, c := range []struct {
		in         string
		want       []string // terms that must be there
		needCounts []string // of which a nil Vocabulary has none
		none       []string // terms that must not be there
	}{
		{"20 helicoptersbut 4", []string{"helicoptersbut", "helicopt"}, []string{"helicopt"}, nil},
		{"General JavedBajwa said", []string{"javedbajwa", "jave", "bajwa"}, nil, nil}, // names glued: no counts needed (gluedNames)
		{"the HelicoptersLanded report", []string{"helicoptersland", "helicopt", "land"}, []string{"helicopt", "land"}, nil},
		{"the 1st Inter-Governmental meeting", []string{"first", "intergovernment"}, nil, nil},
		{"Q Cells opened a plant", []string{"q", "cell", "qcell"}, []string{"qcell"}, nil},   // a name the corpus also writes closed
		{"Black Rock opened a plant", []string{"black", "rock"}, nil, []string{"blackrock"}}, // one it never does
		{"PG&E cut power", []string{"pg", "e", "pge"}, nil, nil},                             // a name joined by an ampersand: no counts needed
	} {
		got := v.ChunkTerms(c.in)
		for _, w := range c.none {
			if slices.Contains(got, w) {
				t.Errorf("ChunkTerms(%q) = %v, want no %q", c.in, got, w)
			}
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("ChunkTerms(%q) = %v, want %q in it", c.in, got, w)
			}
		}
		var none *Vocabulary
		got = none.ChunkTerms(c.in)
		for _, w := range c.needCounts {
			if slices.Contains(got, w) {
				t.Errorf("nil ChunkTerms(%q) = %v, want no %q", c.in, got, w)
			}
		}
	}
	var none *Vocabulary
	if got := none.Normalize("wat did the govt say"); got != "wat did the govt say" {
		t.Errorf("nil Normalize changed the question: %q", got)
	}
	if terms, _ := none.AnalyzeQuery("helicopters deal"); !reflect.DeepEqual(terms, QueryTerms("helicopters deal")) {
		t.Errorf("nil AnalyzeQuery = %v, want QueryTerms'", terms)
	}
}

// questionsOf reads the questions of a JSONL question set.
func questionsOf(t *testing.T, file string) []string {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var item struct{ Question string }
		if err := json.Unmarshal(sc.Bytes(), &item); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		out = append(out, item.Question)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
