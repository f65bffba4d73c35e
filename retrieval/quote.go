package retrieval

import (
	"sort"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// QuoteSpan is a sentence that nearly quotes a text: its document, its
// byte span there, and the share of the quote's terms it carries.
type QuoteSpan struct {
	Doc        string
	Start, End int
	Score      float64
}

// QuoteTerms are the distinct analysed terms of a quote, as NearQuotes
// and a Backend's candidate search compare them.
func QuoteTerms(quote string) []string { return uniq(queryTerms(quote)) }

// NearQuotes returns up to k sentences of the chunks (passages whose Doc,
// Start and Text are set) that carry at least half of quote's terms, best
// first and otherwise in the chunks' order, leaving out sentences that
// overlap one of have or one already chosen. A Backend's FindQuote calls
// it with its best BM25 chunks once exact occurrences run out.
func NearQuotes(quote string, chunks []citebot.Passage, k int, have []citebot.Passage) []QuoteSpan {
	qt := QuoteTerms(quote)
	if len(qt) == 0 || k <= 0 {
		return nil
	}
	var out []QuoteSpan
	for _, c := range chunks {
		for _, s := range text.Sentences(c.Text) {
			st, en := c.Start+s.Start, c.Start+s.End
			score := text.Share(qt, QuoteTerms(c.Text[s.Start:s.End]))
			if score >= 0.5 && !covered(have, c.Doc, st, en) && !spanCovered(out, c.Doc, st, en) {
				out = append(out, QuoteSpan{Doc: c.Doc, Start: st, End: en, Score: score})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out[:min(k, len(out))]
}

func covered(ps []citebot.Passage, doc string, s, e int) bool {
	for _, p := range ps {
		if p.Doc == doc && p.Start < e && s < p.End {
			return true
		}
	}
	return false
}

func spanCovered(qs []QuoteSpan, doc string, s, e int) bool {
	for _, q := range qs {
		if q.Doc == doc && q.Start < e && s < q.End {
			return true
		}
	}
	return false
}

func uniq(ts []string) []string {
	seen := make(map[string]bool, len(ts))
	out := ts[:0:0]
	for _, t := range ts {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}
