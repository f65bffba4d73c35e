package bot

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// Limits of the initialisms spellOut reads.
const (
	minInitialism = 2 // letters of the shortest ("nz")
	maxInitialism = 5 // and of the longest
	// twoLetterSeen is how often the passages must spell a name whose
	// initials are two letters, which many names share ("og": "Old
	// Guard"); a longer one is read from one.
	twoLetterSeen = 2
)

// spellOut reads the words of query that abbreviate a name which the
// passages spell out and the corpus never writes abbreviated ("nz" for
// "New Zealand", "paf" for "Pakistan Air Force"): it returns query with
// each written as the passages spell it most often, and the passages a
// search for that finds. It returns "" and nil when no word of query is
// such an initialism, the Retriever cannot say which words its corpus
// has (TermWeigher), or the second search, for k passages, fails (logged;
// the first passages stand).
func (b *Bot) spellOut(ctx context.Context, query string, passages []citebot.Passage, k int) (string, []citebot.Passage) {
	tw, ok := b.ret.(TermWeigher)
	if !ok {
		return "", nil
	}
	spelt := spellInitialisms(query, passages, func(stem string) bool { return tw.TermWeight(stem) >= 0 })
	if spelt == query {
		return "", nil
	}
	ps, err := b.ret.Search(ctx, spelt, k)
	if err != nil {
		b.opts.Logger.WarnContext(ctx, "search spelt-out question", "err", err)
		return "", nil
	}
	return spelt, ps
}

// spellInitialisms returns query with each word that may be an initialism
// (initialism) written as the name the passages spell with those
// initials most often, first found first among equals; known reports
// whether the corpus has a stem. A word the passages spell no name for
// stays as typed, and so does query when no word changes.
func spellInitialisms(query string, passages []citebot.Passage, known func(stem string) bool) string {
	toks := text.Tokens(query)
	var b strings.Builder
	last := 0
	for _, t := range toks {
		word := query[t.Start:t.End]
		if w := withoutPossessive(word); w != word { // "nz's": "nz"
			word = w
			t.Norm = text.Fold(w)
			t.Stem = text.Stem(t.Norm)
		}
		if !initialism(t, word == strings.ToUpper(word), known) {
			continue
		}
		name := spelledName(t.Norm, text.Spelt(t.Norm), passages)
		if name == "" {
			continue
		}
		b.WriteString(query[last:t.Start])
		b.WriteString(name)
		last = t.Start + len(word)
	}
	if last == 0 {
		return query
	}
	b.WriteString(query[last:])
	return b.String()
}

// initialism reports whether a question's word may be an initialism: a
// few letters, not a stop word or a chat form ("rn", "abt"), which the
// corpus never has; a word the dictionary lists ("cap", "usa") only when
// it is typed in capitals ("USA") or has no vowel ("fm": vowelless).
func initialism(t text.Token, capitals bool, known func(stem string) bool) bool {
	n := len(t.Norm)
	if n < minInitialism || n > maxInitialism || text.IsStop(t.Norm) || text.ChatForm(t.Norm) != nil || text.Spelt(t.Norm) && !capitals && !vowelless(t.Norm) {
		return false
	}
	for _, r := range t.Norm {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return !known(t.Stem)
}

// vowelless reports whether folded word w has no vowel, nor a "y": no
// word but a short form is written so ("fm", "pm"), whatever the
// dictionary lists for it.
func vowelless(w string) bool { return !strings.ContainsAny(w, "aeiouy") }

// spelledName returns the name the passages spell most often with the
// folded initials ini, counting its plural and other inflections with it
// ("Foreign Ministers" is "Foreign Minister" again) and written as the
// shortest of them in the passages: a run of capitalised words, stop words
// inside it passed over ("Bank of England" → "be"), of dictionary words
// alone when the initials are one too (common: "PM" is "Prime Minister",
// not "Pervez Musharraf"); "" when none, or when two letters name one seen
// less than twoLetterSeen times.
func spelledName(ini string, common bool, passages []citebot.Passage) string {
	counts := map[string]int{}     // by the name's stems (stems)
	written := map[string]string{} // each name in its shortest form, first found first
	best := ""
	for _, p := range passages {
		for _, name := range namesWithInitials(p.Text, ini) {
			if common && !commonWords(name) {
				continue
			}
			key := stems(name)
			if w, ok := written[key]; !ok || len(name) < len(w) {
				written[key] = name
			}
			counts[key]++
			if counts[key] > counts[best] {
				best = key
			}
		}
	}
	if best == "" || len(ini) == 2 && counts[best] < twoLetterSeen {
		return ""
	}
	return written[best]
}

// stems returns the stems of name's words, joined by spaces.
func stems(name string) string {
	var b strings.Builder
	for i, t := range text.Tokens(name) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Stem)
	}
	return b.String()
}

// namesWithInitials returns the stretches of runs of capitalised words of
// s whose initials, folded, are ini; a stretch neither starts nor ends
// inside a hyphened word ("Carrying-Place Trail" has no "Place Trail").
func namesWithInitials(s, ini string) []string {
	var out []string
	var run []text.Token // the capitalised words of the current run
	flush := func() {
		for i := 0; i+len(ini) <= len(run); i++ {
			stretch := run[i : i+len(ini)]
			start, end := stretch[0].Start, stretch[len(stretch)-1].End
			if strings.HasSuffix(s[:start], "-") || strings.HasPrefix(s[end:], "-") {
				continue // half of a hyphened word: "Place Trail" of "Carrying-Place Trail"
			}
			if initialsOf(stretch) == ini {
				out = append(out, withoutPossessive(s[stretch[0].Start:stretch[len(stretch)-1].End]))
			}
		}
		run = run[:0]
	}
	toks := text.Tokens(s)
	for i, t := range toks {
		if i > 0 && !joinsName(s[toks[i-1].End:t.Start]) {
			flush()
		}
		switch r, _ := utf8.DecodeRuneInString(s[t.Start:]); {
		case unicode.IsUpper(r):
			run = append(run, t)
		case !text.IsStop(t.Norm) || len(run) == 0:
			flush()
		}
	}
	flush()
	return out
}

// commonWords reports whether every word of name is in the dictionary
// (text.English).
func commonWords(name string) bool {
	for _, t := range text.Tokens(name) {
		if !text.English(t.Stem) {
			return false
		}
	}
	return true
}

// withoutPossessive returns s without an "'s" or "’s" ending it.
func withoutPossessive(s string) string {
	for _, p := range []string{"'s", "’s"} {
		if w, ok := strings.CutSuffix(s, p); ok && w != "" {
			return w
		}
	}
	return s
}

// joinsName reports whether the text between two words may join them in
// one name: a space or a hyphen.
func joinsName(between string) bool {
	return between == " " || between == "-" || between == "\u00a0"
}

// initialsOf returns the folded first letters of toks.
func initialsOf(toks []text.Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteByte(t.Norm[0])
	}
	return b.String()
}
