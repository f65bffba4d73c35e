package retrieval

import (
	"strings"

	"github.com/citebot/citebot/text"
)

// Normalize returns question with the words the index reads differently
// written as it reads them, for an answerer that matches the question's
// words against sentences: a misspelt word the corpus lacks becomes its
// correction ("musharaf" → "musharraf"), a general chat abbreviation its
// words ("govt" → "government"), a two-digit year the corpus has in one
// century alone that year ("'99" → "1999"); a chat filler standing apart
// (text.Filler) is dropped with the comma that set it apart ("lol, who"
// → "who"), unless nothing else would be left. Everything else, and every
// word when nothing is read differently, stays as typed, and so do the
// words the question quotes. It is safe for concurrent use.
func (ix *Index) Normalize(question string) string {
	st := ix.state()
	if st.lex == nil {
		return question
	}
	var b strings.Builder
	last := 0
	toks := text.Tokens(question)
	quotes := text.QuotedSpans(question)
	for i, t := range toks {
		if len(t.Norm) == 2 && text.IsDigits(t.Norm) && !yearContext(question, toks, i) {
			continue // "40 Wall St", "in 33 years": a number, not a year
		}
		if !readAsChat(question, toks, i, quotes) {
			continue
		}
		w, ok := normalWord(t.Norm, st.lex, st.bm)
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

// readAsChat reports whether toks[i], a token of s, may be read as a chat
// form: it stands outside the quotations (a quotation is the document's
// words: 'the "OK Computer" review'), and a filler stands apart
// (text.Filler: not "uh-huh", "OK'd", "Um Qasr").
func readAsChat(s string, toks []text.Token, i int, quotes []text.Span) bool {
	t := toks[i]
	if text.Inside(quotes, t.Start, t.End) {
		return false
	}
	f := text.ChatForm(t.Norm)
	return f == nil || len(f) > 0 || text.Filler(s, toks, i)
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
func normalWord(w string, lx *lexicon, bm *bm25) (string, bool) {
	if f := text.ChatForm(w); f != nil {
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
	if !isLetters(w) || text.English(stem) || text.IsStop(w) || bm.df(stem) > 0 {
		return "", false
	}
	if fix := lx.correct(w); fix != "" && !text.IsStop(fix) {
		return fix, true
	}
	return "", false
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
// a count of time, not a year ("in 33 years").
var spanWords = map[string]bool{"years": true, "yrs": true, "year": true, "months": true, "weeks": true, "days": true,
	"hours": true, "minutes": true, "decades": true, "centuries": true}

// yearContext reports whether the two-digit number toks[i] of question
// reads as a year: after an apostrophe ("'99"), a possessive
// ("sharif's 99 trip"), a month ("sept 99") or a word such as "in" or
// "since", and not before a span of time ("in 33 years"). A number after
// any other word ("into 40 Wall St", "the 40 wall st site") is a number.
func yearContext(question string, toks []text.Token, i int) bool {
	if i+1 < len(toks) && spanWords[toks[i+1].Norm] {
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
	return yearWords[prev] || strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s")
}
