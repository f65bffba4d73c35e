package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of NameInitials.
const (
	minInitials = 2 // a run of fewer capitalised words makes no initialism
	maxInitials = 6 // nor a longer one
)

// NameInitials calls yield with the initialism (folded: "sco") of every
// stretch of two to six capitalised words of a run in s ("Shanghai
// Cooperation Organisation"; toks are the tokens of s), and the words of
// the stretch. Function words inside a run ("Bank of England") are passed
// over; punctuation ends a run. Every stretch is tried, so a run that
// starts the sentence ("The United Nations") gives "un" as well as "tun":
// the caller keeps the initialisms its corpus writes.
func NameInitials(s string, toks []Token, yield func(initials string, words []Token)) {
	var run []Token // the current run's capitalised words
	flush := func() {
		for i := range run {
			for j := i + minInitials; j <= len(run) && j-i <= maxInitials; j++ {
				var b strings.Builder
				for _, t := range run[i:j] {
					r, _ := utf8.DecodeRuneInString(t.Norm)
					b.WriteRune(r)
				}
				yield(b.String(), run[i:j])
			}
		}
		run = run[:0]
	}
	for i, t := range toks {
		if i > 0 && strings.TrimSpace(s[toks[i-1].End:t.Start]) != "" {
			flush()
		}
		r, _ := utf8.DecodeRuneInString(s[t.Start:])
		switch {
		case unicode.IsUpper(r) && IsLetters(t.Norm):
			run = append(run, t)
		case len(run) > 0 && IsStop(t.Norm) && i+1 < len(toks) && Capitalised(s[toks[i+1].Start:toks[i+1].End]):
			// "of" in "Bank of England"
		default:
			flush()
		}
	}
	flush()
}
