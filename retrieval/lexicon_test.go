package retrieval

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/text"
)

// tolerantCorpus has one document per fact, each found only through a
// word the questions below spell otherwise.
var tolerantCorpus = fstest.MapFS{
	"envoy.txt":    {Data: []byte("President Musharraf sent an envoy to Moscow.\n")},
	"pipeline.txt": {Data: []byte("Pakistan and Pakistani firms build the pipeline.\n")},
	"crisis.txt":   {Data: []byte("The crisis of 1992 ended the talks.\n")},
	"summit.txt":   {Data: []byte("The first summit was held in Dushanbe.\n")},
	"session.txt":  {Data: []byte("The Inter-Governmental Commission met in Sochi.\n")},
	"treaty.txt":   {Data: []byte("The intergovernmental treaty was signed in Minsk.\n")},
	"army.txt":     {Data: []byte("General Qamar JavedBajwa visited the academy.\n")},
	"budget.txt":   {Data: []byte("The government cut the budget for schools.\n")},
	"ships.txt":    {Data: []byte("Ten ships joined the naval exercise at Karachi.\n")},
	"solar.txt":    {Data: []byte("Q Cells opened a solar plant in Dalton.\n")},
	"chief.txt":    {Data: []byte("Qcells chief Justin Lee spoke.\n")},
	"gym.txt":      {Data: []byte("Nacua was his workout partner at home.\n")},
	"utility.txt":  {Data: []byte("PG&E cut the power in the county.\n")},
	// decoys: one of the questions' other words, in a shorter text
	"decoy1.txt":  {Data: []byte("An envoy.\n")},
	"decoy2.txt":  {Data: []byte("Firms.\n")},
	"decoy4.txt":  {Data: []byte("A summit.\n")},
	"decoy5.txt":  {Data: []byte("A commission.\n")},
	"decoy6.txt":  {Data: []byte("A treaty.\n")},
	"decoy7.txt":  {Data: []byte("An academy.\n")},
	"decoy8.txt":  {Data: []byte("They cut.\n")},
	"decoy9.txt":  {Data: []byte("A plant opened.\n")},
	"decoy10.txt": {Data: []byte("A partner.\n")},
	"decoy11.txt": {Data: []byte("A county.\n")},
}

func TestTolerantQueries(t *testing.T) {
	ix, _, err := Open(context.Background(), Corpus{FS: tolerantCorpus, Name: "tolerant"}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ query, doc string }{
		{"who did musharaf send as envoy", "envoy.txt"},                    // typo corrected
		{"which pak firms", "pipeline.txt"},                                // short form completed
		{"where was the 1st summit", "summit.txt"},                         // ordinal
		{"where did the intergovernmental commission meet", "session.txt"}, // closed ↔ hyphenated
		{"where was the inter-governmental treaty signed", "treaty.txt"},
		{"which academy did bajwa visit", "army.txt"},          // glued name split
		{"what did the govt cut", "budget.txt"},                // chat abbreviation
		{"where did qcells open a plant", "solar.txt"},         // a name written closed and in two words
		{"who was his work out partner", "gym.txt"},            // a compound the corpus writes closed
		{"why did pge cut power in the county", "utility.txt"}, // a name joined by an ampersand, typed closed
	} {
		ps, err := ix.Search(context.Background(), tt.query, 1)
		if err != nil {
			t.Fatal(err)
		}
		if len(ps) == 0 || ps[0].Doc != tt.doc {
			t.Errorf("Search(%q): top passage %+v, want one of %s", tt.query, ps, tt.doc)
		}
	}
}

func TestAnalyzeQueryWeighsExpansionsLess(t *testing.T) {
	ix, _, err := Open(context.Background(), Corpus{FS: tolerantCorpus, Name: "tolerant"}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	terms, weights := ix.AnalyzeQuery("musharaf n the 92 ships")
	got := map[string]float64{}
	for i, term := range terms {
		got[term] = weights[i]
	}
	want := map[string]float64{"musharaf": 1, "musharraf": expandWeights.Fix, "92": 1, "1992": expandWeights.Year, "ship": 1}
	if len(got) != len(want) {
		t.Errorf("AnalyzeQuery = %v, want %v", got, want)
	}
	for term, w := range want {
		if got[term] != w {
			t.Errorf("AnalyzeQuery: %q weighs %v, want %v (all: %v)", term, got[term], w, got)
		}
	}
	// an English word the corpus lacks is taken as written, not
	// "corrected": it brings only its synonyms ("sent")
	terms, weights = ix.AnalyzeQuery("send")
	if i := slices.Index(terms, "send"); i < 0 || weights[i] != 1 {
		t.Errorf(`AnalyzeQuery("send") = %q %v, want "send" weighing 1`, terms, weights)
	}
	for i, term := range terms {
		if term != "send" && weights[i] != expandWeights.Syn {
			t.Errorf(`AnalyzeQuery("send") = %q %v, want "send" and synonyms`, terms, weights)
		}
	}
}

func TestSplitRunTogetherIsBounded(t *testing.T) {
	vocab := vocabCounts{"helicopters": 3, "deal": 2}
	if got := splitRunTogether("helicoptersdeal", vocab); strings.Join(got, " ") != "helicopters deal" {
		t.Errorf("splitRunTogether = %q", got)
	}
	long := strings.Repeat("helicopters", 10) + "deal"
	if got := splitRunTogether(long, vocab); got != nil {
		t.Errorf("splitRunTogether(%d bytes) = %q, want nil", len(long), got)
	}
}

// TestNormalizeDerived: a word spelt right whose stem the corpus lacks is
// written as the corpus's word of the same root ("discovered" of a text
// that says "discovery"), so the answerer reads it as that word; not when
// the words that begin with its stem have two roots, nor when its stem is
// short, nor when the word adds to it no ending of English ("standard").
func TestNormalizeDerived(t *testing.T) {
	vocab := map[string]int{"discovery": 3, "discoveries": 1, "cheapest": 2, "pressure": 1, "pressroom": 4, "ran": 1, "rank": 2, "standard": 5, "convention": 2}
	lx := newLexicon(vocab)
	bm := stemCounts{}
	for w := range vocab {
		bm[text.Stem(w)]++
	}
	for _, tt := range []struct{ in, want string }{
		{"when was the field discovered", "when was the field discovery"},
		{"when was gas this cheap", "when was gas this cheapest"},
		{"what did the press say", "what did the press say"},   // "pressure" and "pressroom": two roots
		{"who ran it", "who ran it"},                           // a short stem
		{"what does stc stand for", "what does stc stand for"}, // "standard" is no ending added to "stand"
		{"who convenes the talks", "who convention the talks"}, // "-tion" is one
	} {
		if got := normalizeQuestion(tt.in, lx, bm); got != tt.want {
			t.Errorf("normalizeQuestion(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNormalizeCapitalised: a word written capitalised past a question's
// start, as a name is, is corrected only to a word that begins with the
// same letter: "Wuthering" is no "gathering", "Musharaf" is "musharraf";
// a word in lower case is corrected as before.
func TestNormalizeCapitalised(t *testing.T) {
	vocab := map[string]int{"gathering": 4, "musharraf": 3, "heights": 1, "novel": 2}
	lx := newLexicon(vocab)
	bm := stemCounts{}
	for w := range vocab {
		bm[text.Stem(w)]++
	}
	for _, tt := range []struct{ in, want string }{
		{"Who wrote the novel Wuthering Heights?", "Who wrote the novel Wuthering Heights?"},
		{"What did Musharaf say?", "What did musharraf say?"},
		{"who wrote wuthering heights", "who wrote gathering heights"},
	} {
		if got := normalizeQuestion(tt.in, lx, bm); got != tt.want {
			t.Errorf("normalizeQuestion(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNormalizeNumbered: a chat form that a number before it makes
// another word (text.Numbered) is read as chat only apart from a number:
// "the uk pm" is a prime minister, "8 pm" a time of day.
func TestNormalizeNumbered(t *testing.T) {
	vocab := map[string]int{"prime": 3, "minister": 3, "pm": 2, "uk": 1}
	lx := newLexicon(vocab)
	bm := stemCounts{}
	for w := range vocab {
		bm[text.Stem(w)]++
	}
	for _, tt := range []struct{ in, want string }{
		{"who is the uk pm", "who is the uk prime minister"},
		{"what happened at 8 pm", "what happened at 8 pm"},
	} {
		if got := normalizeQuestion(tt.in, lx, bm); got != tt.want {
			t.Errorf("normalizeQuestion(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
