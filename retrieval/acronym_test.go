package retrieval

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"
)

// paraphraseCorpus names things one way; the questions below name them
// another.
var paraphraseCorpus = fstest.MapFS{
	"sco.txt":   {Data: []byte("Pakistan joined the SCO in 2017.\n")},
	"un.txt":    {Data: []byte("The United Nations met in New York.\n")},
	"buy.txt":   {Data: []byte("Pakistan bought four helicopters.\n")},
	"pak.txt":   {Data: []byte("Pakistan signed the accord.\n")},
	"decoy.txt": {Data: []byte("The talks were held in March.\n")},
	"spelt.txt": {Data: []byte("The defense ministry met at the center.\n")},
	"capt.txt":  {Data: []byte("Capt. Jane Roe steered the ship 12 km.\n")},
	"phone.txt": {Data: []byte("The phone weighs 167g and has a depth of 7mm.\n")},
}

func TestAnalyzeQueryParaphrase(t *testing.T) {
	ix, _, err := Open(context.Background(), Corpus{FS: paraphraseCorpus, Name: "paraphrase"}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		question, term string
		weight         float64
	}{
		{"When did the Shanghai Cooperation Organisation admit Pakistan?", "sco", expandWeights.Fix},
		{"How many helicopters did Pakistan purchase?", "bought", expandWeights.Syn},
		{"What did Islamabad sign?", "pakistan", expandWeights.Syn},
		{"Where did the defence ministry meet?", "defens", 1}, // the other spelling, the same word
		{"Who met at the centre?", "center", 1},
		{"Who was the captain of the ship?", "capt", expandWeights.Syn},   // a title's abbreviation
		{"How many kilometres did the ship go?", "km", expandWeights.Syn}, // a unit's
		{"How heavy is the phone?", "weigh", expandWeights.Syn},           // the dimension "how heavy" asks for
		{"how deep is the phone", "depth", expandWeights.Syn},
	} {
		terms, weights := ix.AnalyzeQuery(tt.question)
		i := slices.Index(terms, tt.term)
		if i < 0 || weights[i] != tt.weight {
			t.Errorf("AnalyzeQuery(%q) = %q %v, want %q weighing %v", tt.question, terms, weights, tt.term, tt.weight)
		}
	}
	// "New York" is not an initialism the corpus has; "United Nations" makes
	// "un", which it lacks as a word
	if terms, _ := ix.AnalyzeQuery("The United Nations in New York"); slices.Contains(terms, "ny") || slices.Contains(terms, "un") {
		t.Errorf("AnalyzeQuery: initialisms the corpus lacks: %q", terms)
	}
}
