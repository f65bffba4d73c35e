package retrieval

import (
	"strings"
	"unicode"

	"github.com/citebot/citebot/text"
)

// Normalize returns question with the words the index reads differently
// written as it reads them, for an answerer that matches the question's
// words against sentences: a misspelt word the corpus lacks becomes its
// correction ("musharaf" → "musharraf"), a misspelt question word the
// question word even where the corpus never uses it ("whre" → "where",
// text.NearQuestionWord), a general chat abbreviation its
// words ("govt" → "government", "whats" → "what is", keeping an "'s":
// "wat's" → "what's") unless the corpus uses it and lacks one of its
// words ("jun" of a text naming "Jun Feng" and no "June"), one of two
// tokens likewise ("w/o" → "without",
// "b4" → "before"), an ordinal in digits its word when the corpus writes
// the word more often ("1st" → "first"), a word the corpus spells the
// other way, British or American, its spelling ("favor" → "favour"), a
// word spelt right whose stem the corpus lacks the corpus's word of the
// same root (lexicon.derived: "discovered" → "discovery"), a
// two-digit year the corpus has in one century alone that year ("'99" →
// "1999"); a chat filler standing apart
// (text.Filler) is dropped with the comma that set it apart ("lol, who"
// → "who"), unless nothing else would be left. Everything else, and every
// word when nothing is read differently, stays as typed, and so do the
// words the question quotes. It is safe for concurrent use.
func (ix *Index) Normalize(question string) string {
	st := ix.state()
	if st.lex == nil {
		return question
	}
	return normalizeQuestion(question, st.lex, st.bm)
}

// normalizeQuestion is Normalize against a lexicon and the stems of the chunks it
// was made from.
func normalizeQuestion(question string, lx *lexicon, bm stemFreq) string {
	var b strings.Builder
	last := 0
	toks := text.Tokens(question)
	quotes := text.QuotedSpans(question)
	skip := 0
	for i, t := range toks {
		if i < skip {
			continue
		}
		w := pairForm(question, toks, i, quotes) // "w/o", "b4"
		if w == "" && !text.Inside(quotes, t.Start, t.End) {
			w = ordinalWord(toks, i, lx) // "1st"
		}
		if w != "" { // two tokens read as one word
			b.WriteString(question[last:t.Start])
			b.WriteString(w)
			last, skip = toks[i+1].End, i+2
			continue
		}
		if len(t.Norm) == 2 && text.IsDigits(t.Norm) && !yearContext(question, toks, i) {
			continue // "40 Wall St", "in 33 years": a number, not a year
		}
		if !readAsChat(question, toks, i, quotes) {
			continue
		}
		w, ok := normalWord(t.Norm, lx, bm, i > 0 && text.Capitalised(question[t.Start:t.End]))
		if !ok {
			continue
		}
		start := t.Start
		if text.IsDigits(t.Norm) { // "'99" → "1999"
			for _, q := range []string{"'", "’"} {
				if strings.HasSuffix(question[last:start], q) {
					start -= len(q)
				}
			}
		}
		if w == "" { // a filler ("lol")
			before, end := dropFiller(question, last, t)
			b.WriteString(before)
			last = end
			continue
		}
		b.WriteString(question[last:start])
		b.WriteString(w)
		b.WriteString(clitic(question[t.Start:t.End]))
		last = t.End
	}
	if last == 0 {
		return question
	}
	b.WriteString(question[last:])
	if out := strings.TrimLeft(b.String(), " "); len(text.Tokens(out)) > 0 {
		return out
	}
	return question // fillers alone ("lol"): nothing else to read
}

// usesAll reports whether the corpus has each content word of words.
func usesAll(words []string, bm stemFreq) bool {
	for _, w := range words {
		if !text.IsStop(w) && bm.df(text.Stem(w)) == 0 {
			return false
		}
	}
	return true
}

// ordinalWord returns the word form of the ordinal toks[i] and toks[i+1]
// make ("1st" → "first", text.Ordinal) when the corpus writes the word
// more often than the suffix ("st", "th": a text of "12th March" keeps
// "12th"), so that the answerer matches it as search does; "" for
// anything else.
func ordinalWord(toks []text.Token, i int, lx *lexicon) string {
	if i+1 >= len(toks) {
		return ""
	}
	w, rest := text.Ordinal(toks[i], toks[i+1])
	if w == "" || rest != "" || lx.count(w) <= lx.count(toks[i+1].Norm) {
		return ""
	}
	return w
}

// pairForm returns the words of a chat form that toks[i] and toks[i+1]
// of s make together, written as one word that tokens split at a digit
// ("b4", "some1") or with a slash between ("w/o", "b/c"), standing apart
// from the words around them and outside quotations; "" when they make
// none.
func pairForm(s string, toks []text.Token, i int, quotes []text.Span) string {
	if i+1 >= len(toks) || text.Inside(quotes, toks[i].Start, toks[i+1].End) {
		return ""
	}
	a, b := toks[i], toks[i+1]
	sep := s[a.End:b.Start]
	if sep != "" && sep != "/" || i > 0 && toks[i-1].End == a.Start || i+2 < len(toks) && toks[i+2].Start == b.End {
		return ""
	}
	return strings.Join(text.ChatForm(a.Norm+sep+b.Norm), " ")
}

// clitic returns the "'s" that ends a token's text (a token is the word
// without it: "wat's" is "wat"), kept after the word written for it:
// "wat's the best time" is "what's the best time", not "what the best
// time".
func clitic(tok string) string {
	for _, c := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(tok, c) {
			return c
		}
	}
	return ""
}

// readAsChat reports whether toks[i], a token of s, may be read as a chat
// form: it stands outside the quotations (a quotation is the document's
// words: 'the "OK Computer" review'), outside a dotted name ("U.S.",
// "mozilla.org"), is not a capital letter alone (chat types "u", a name
// "Y Type"), is not read otherwise after a number (text.Numbered: "8
// pm"), and a filler stands apart (text.Filler: not "uh-huh", "OK'd", "Um
// Qasr").
func readAsChat(s string, toks []text.Token, i int, quotes []text.Span) bool {
	t := toks[i]
	if text.Inside(quotes, t.Start, t.End) || dotted(s, t) || t.End-t.Start == 1 && unicode.IsUpper(rune(s[t.Start])) ||
		i > 0 && toks[i-1].End == t.Start || // "nd" of "2nd" is no "and"
		i > 0 && text.Numbered(t.Norm) && text.IsDigits(toks[i-1].Norm) { // "8 pm" is no prime minister
		return false
	}
	f := text.ChatForm(t.Norm)
	return f == nil || len(f) > 0 || text.Filler(s, toks, i)
}

// dotted reports whether a dot joins the token t of s to a letter or digit
// on either side: part of an abbreviation or a domain name ("U.S.",
// "Phys.org"), not a word ending a sentence.
func dotted(s string, t text.Token) bool {
	after := s[t.End:]
	if len(after) > 1 && after[0] == '.' && isAlnum(after[1]) {
		return true
	}
	before := s[:t.Start]
	n := len(before)
	return n > 1 && before[n-1] == '.' && isAlnum(before[n-2])
}

// isAlnum reports whether the byte b is an ASCII letter or digit.
func isAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// dropFiller returns the text of q to write from last for a filler at
// t, which is dropped with the spaces before it and a comma that set it
// apart ("lol, who", "in 1999, lol?", "so, tbh, who"), and where the text
// after it starts.
func dropFiller(q string, last int, t text.Token) (string, int) {
	before := strings.TrimRight(q[last:t.Start], " ")
	if strings.HasPrefix(q[t.End:], ",") {
		return before, t.End + 1
	}
	if rest := strings.TrimLeft(q[t.End:], " "); rest == "" || strings.ContainsAny(rest[:1], ".?!;:)") {
		before = strings.TrimSuffix(before, ",")
	}
	return before, t.End
}

// normalWord is what Normalize writes for the word w, and false to keep
// it as typed; "" (and true) drops a chat filler ("lol", "tbh").
func normalWord(w string, lx *lexicon, bm stemFreq, capital bool) (string, bool) {
	if f := text.ChatForm(w); f != nil {
		if bm.df(text.Stem(w)) > 0 && (text.OwnWord(w) || !usesAll(f, bm)) {
			// "mum", "dad" of a text that says them too; "jun" of a text
			// naming "Jun Feng" and never saying "June"
			return "", false
		}
		return strings.Join(f, " "), true
	}
	if len(w) == 2 && text.IsDigits(w) {
		var years []string
		for _, century := range []string{"19", "20"} {
			if lx.count(century+w) > 0 {
				years = append(years, century+w)
			}
		}
		if len(years) == 1 {
			return years[0], true
		}
		return "", false
	}
	stem := text.Stem(w)
	if v := otherSpelling(w, stem, bm); v != "" {
		return v, true // "licence" of a text that says "license"
	}
	if text.IsLetters(w) && text.Spelt(w) {
		if bm.df(stem) == 0 {
			if d := lx.derived(stem); d != "" {
				return d, true // "when was neon discovered" of a text that says "discovery"
			}
		}
		return "", false
	}
	if p := chatPossessive(w, lx); p != "" {
		return p, true // "whats hansens job": "hansen's"
	}
	if !text.IsLetters(w) || bm.df(stem) > 0 {
		return "", false
	}
	// a misspelt question word is written as the question word, so that
	// the answerer does not read it as a word the corpus never uses
	// ("whre did we stay"), even where the corpus lacks that word; it
	// comes before the corpus's words, of which a rarer one may be as near
	// ("waht": "want" one edit away, "what" one swap). Other function
	// words are not written: a name the corpus lacks may be one letter
	// from one ("andy", "and").
	if fix := text.NearQuestionWord(w); fix != "" {
		return fix, true
	}
	if fix := lx.correctAs(w, capital); fix != "" && !text.IsStop(fix) {
		return fix, true
	}
	// words typed together, a function word among them ("whendid",
	// "howmany"), are written apart, so that the answerer reads the
	// question word; two words of content stay as typed, for a name the
	// corpus lacks may split into two it has, and so does a word with a
	// part of two letters, which a word of its own may begin with
	// ("byline")
	if parts := splitRunTogether(w, lx); parts != nil && min(len(parts[0]), len(parts[1])) >= 3 &&
		(text.IsStop(parts[0]) || text.IsStop(parts[1])) {
		return parts[0] + " " + parts[1], true
	}
	return "", false
}

// chatPossessive returns a possessive typed without its apostrophe
// ("hansens job") written with it ("hansen's"): w ends in an "s" the
// corpus never writes it with, and is no English word, nor is w without
// it, which the corpus has (a name: "Hansen"); "" otherwise. A plural the
// corpus writes only in the singular ("jobs") is a word and stays.
func chatPossessive(w string, lx *lexicon) string {
	base, ok := strings.CutSuffix(w, "s")
	if !ok || len(base) < 3 || strings.HasSuffix(base, "s") || !text.IsLetters(w) || lx.count(w) > 0 || lx.count(base) == 0 ||
		text.Spelt(w) || text.Spelt(base) {
		return ""
	}
	return base + "'s"
}

// yearWords are the folded words after which a two-digit number is read as
// a year ("in 99", "since 05", "sept 99"): prepositions and the months'
// names and abbreviations (not by prefix: "market 99", "decree 99").
var yearWords = map[string]bool{"in": true, "since": true, "from": true, "until": true, "till": true, "til": true,
	"by": true, "before": true, "after": true, "during": true, "circa": true, "around": true, "back": true,
	"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true, "apr": true, "april": true,
	"may": true, "jun": true, "june": true, "jul": true, "july": true, "aug": true, "august": true,
	"sep": true, "sept": true, "september": true, "oct": true, "october": true, "nov": true, "november": true,
	"dec": true, "december": true}

// spanWords are the folded words that make a two-digit number before them
// a count of time or an amount, not a year ("in 33 years", "17 squared",
// "up 12 percent").
var spanWords = map[string]bool{"years": true, "yrs": true, "year": true, "months": true, "weeks": true, "days": true,
	"hours": true, "minutes": true, "decades": true, "centuries": true,
	"percent": true, "pct": true, "squared": true, "cubed": true, "times": true, "plus": true, "minus": true,
	"divided": true, "multiplied": true}

// byAmount are the folded words after which "by" gives an amount, not a
// time ("divided by 12", "rose by 15"): a two-digit number after them is
// a number.
var byAmount = map[string]bool{"divided": true, "multiplied": true, "increased": true, "decreased": true,
	"rose": true, "risen": true, "fell": true, "fallen": true, "grew": true, "grown": true, "dropped": true,
	"declined": true, "raised": true, "reduced": true, "cut": true, "up": true, "down": true}

// yearContext reports whether the two-digit number toks[i] of question
// reads as a year: after an apostrophe ("'99"), a possessive
// ("sharif's 99 trip"), a month ("sept 99") or a word such as "in" or
// "since", and not before a span of time or an operation ("in 33 years",
// "17 squared"), after "by" giving an amount ("divided by 12"), or joined
// by a dash to another number (a score or a range: "13-7"). A number
// after any other word ("into 40 Wall St", "the 40 wall st site", "what's
// 17", where "'s" is "is") is a number.
func yearContext(question string, toks []text.Token, i int) bool {
	if i+1 < len(toks) && spanWords[toks[i+1].Norm] || dashed(question, toks[i]) {
		return false
	}
	before := strings.TrimRight(question[:toks[i].Start], " \t")
	if strings.HasSuffix(before, "'") || strings.HasSuffix(before, "’") {
		return true
	}
	if i == 0 {
		return false
	}
	prev, raw := toks[i-1].Norm, strings.ToLower(question[toks[i-1].Start:toks[i-1].End])
	if prev == "by" {
		return i < 2 || !byAmount[toks[i-2].Norm]
	}
	return yearWords[prev] || possessive(raw)
}

// possessive reports whether the folded word raw ends in a possessive
// "'s" ("sharif's"), not the "'s" of "is" or "has" after a pronoun or a
// question word ("what's", "it's").
func possessive(raw string) bool {
	for _, s := range []string{"'s", "’s"} {
		if base, ok := strings.CutSuffix(raw, s); ok {
			return base != "" && !text.IsStop(base)
		}
	}
	return false
}

// dashed reports whether a dash joins the token t of s to a number: a
// score or a range ("13-7", "98–99").
func dashed(s string, t text.Token) bool {
	after, before := s[t.End:], s[:t.Start]
	for _, d := range []string{"-", "–"} {
		if rest, ok := strings.CutPrefix(after, d); ok && rest != "" && text.IsDigit(rest[0]) {
			return true
		}
		if rest, ok := strings.CutSuffix(before, d); ok && rest != "" && text.IsDigit(rest[len(rest)-1]) {
			return true
		}
	}
	return false
}
