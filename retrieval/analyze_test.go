package retrieval

import (
	"slices"
	"testing"
)

// TestChunkTermsLeaveContractions: what a contraction leaves of a function
// word ("doesn" of "doesn't") and a contraction typed without its
// apostrophe ("dont") are no terms, in a chunk or a question.
func TestChunkTermsLeaveContractions(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"Why doesn't the pipeline work?", []string{"pipelin", "work"}},
		{"i dont know why it isnt matching", []string{"know", "match"}},
		{"They're sure it won't rain: the team won.", []string{"sure", "won", "rain", "team", "won"}},
	} {
		if got := chunkTerms(tt.s, nil); !slices.Equal(got, tt.want) {
			t.Errorf("chunkTerms(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestAnalysisVersion pins the analysis's version: a change to the terms
// made of probeAnalysis changes it, and stored indexes are rebuilt. When
// the change is meant, update the pin (and say so in the commit).
func TestAnalysisVersion(t *testing.T) {
	if got, want := analysisVersion(), "9c52b382d076"; got != want {
		t.Errorf("analysisVersion() = %s, want %s", got, want)
	}
}

// TestChunkTermsOrdinals: an ordinal in digits is also indexed by its word
// form, and one run into the next word by scraping ("12thmeeting") by the
// word too.
func TestChunkTermsOrdinals(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"the 12th meeting", []string{"12", "th", "meet", "twelfth"}},
		{"the 12thmeeting", []string{"12", "thmeet", "twelfth", "meet"}},
		{"12thousand people", []string{"12", "thousand", "peopl"}},
	} {
		if got := chunkTerms(tt.s, nil); !slices.Equal(got, tt.want) {
			t.Errorf("chunkTerms(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestGluedNames: two names run together by scraping are indexed apart
// too, with no counts to go by ("JavedBajwa": "javed", "bajwa"); a word
// whose parts the dictionary lists ("GitHub"), a short part ("iPhone") or
// a part in capitals ("NASAData") is split only on the corpus's evidence.
func TestGluedNames(t *testing.T) {
	for _, tt := range []struct {
		s          string
		want, none []string
	}{
		{"General Qamar JavedBajwa said", []string{"javedbajwa", "jave", "bajwa"}, nil},
		{"the RaheelSharif years", []string{"raheel", "sharif"}, nil},
		{"on GitHub today", []string{"github"}, []string{"git", "hub"}},
		{"a new iPhone", []string{"iphon"}, []string{"phone"}},
		{"the NASAData site", []string{"nasadata"}, []string{"nasa", "data"}},
	} {
		got := chunkTerms(tt.s, nil)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("chunkTerms(%q) = %q, want %q in it", tt.s, got, w)
			}
		}
		for _, w := range tt.none {
			if slices.Contains(got, w) {
				t.Errorf("chunkTerms(%q) = %q, want no %q", tt.s, got, w)
			}
		}
	}
}
