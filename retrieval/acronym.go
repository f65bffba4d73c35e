package retrieval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/text"
)

// Limits of initialisms.
const (
	minInitials = 2 // a run of fewer capitalised words makes no initialism
	maxInitials = 6 // nor a longer one
)

// initialisms returns the initialisms of the runs of capitalised words of
// a question (toks are its tokens) that the corpus has as words:
// "Shanghai Cooperation Organisation" → "sco" when the corpus writes SCO.
// Function words inside a run ("Bank of England") are passed over; every
// stretch of two to maxInitials capitalised words is tried, so a run that
// starts the sentence ("The United Nations") still gives "un". Stop words
// and WordNet's words are not taken ("US" for "United States" is "us").
// Only a stretch the corpus has as a word is stemmed, so the questions'
// made-up strings stay out of text.Stem's process-wide memo.
func initialisms(s string, toks []text.Token, lx *lexicon) []string {
	var out []string
	var run []string // initials of the current run's capitalised words
	flush := func() {
		for i := range run {
			for j := i + minInitials; j <= len(run) && j-i <= maxInitials; j++ {
				a := strings.Join(run[i:j], "")
				if lx.count(a) > 0 && !text.IsStop(a) && !text.English(text.Stem(a)) {
					out = append(out, a)
				}
			}
		}
		run = run[:0]
	}
	for i, t := range toks {
		if i > 0 && strings.TrimSpace(s[toks[i-1].End:t.Start]) != "" {
			flush() // punctuation ends a run
		}
		r, _ := utf8.DecodeRuneInString(s[t.Start:])
		switch {
		case unicode.IsUpper(r) && isLetters(t.Norm):
			run = append(run, string(unicode.ToLower(r)))
		case len(run) > 0 && text.IsStop(t.Norm) && i+1 < len(toks) && text.Capitalised(s[toks[i+1].Start:toks[i+1].End]):
			// "of" in "Bank of England"
		default:
			flush()
		}
	}
	flush()
	return out
}
