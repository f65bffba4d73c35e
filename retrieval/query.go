package retrieval

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"

	"github.com/citebot/citebot/text"
	"github.com/citebot/citebot/text/synonyms"
)

// NewQuery makes the hybrid query for k passages about a question: its
// BM25 terms (QueryTerms), its quoted phrases and its embedding by emb,
// normalised. It fails only when embedding fails.
func NewQuery(ctx context.Context, emb Embedder, question string, k int) (Query, error) {
	q, err := embedQuery(ctx, emb, question, k)
	if err != nil {
		return Query{}, err
	}
	q.Terms = queryTerms(question)
	return q, nil
}

// embedQuery is NewQuery without the BM25 terms, for a caller that
// analyses the question against its corpus (AnalyzeQuery) instead: the
// question is analysed once.
func embedQuery(ctx context.Context, emb Embedder, question string, k int) (Query, error) {
	vecs, err := emb.Embed(ctx, []string{question})
	if err == nil && len(vecs) != 1 {
		err = fmt.Errorf("embedder returned %d vectors for 1 text", len(vecs))
	}
	if err != nil {
		return Query{}, fmt.Errorf("embed query: %w", err)
	}
	normalize(vecs[0])
	return Query{Vec: vecs[0], K: k, Phrases: text.Quoted(question)}, nil
}

// queryTerms returns the distinct terms of a text analysed without a
// corpus: stems of its content words, and ordinals' word forms.
func queryTerms(s string) []string {
	terms, _ := analyzeQuery(s, nil, nil, nil)
	return terms
}

// QueryTerms returns the BM25 terms of a text as queries and chunks are
// analysed: stems of its content words.
func QueryTerms(text string) []string { return queryTerms(text) }

// QueryAnalyzer is a Backend that knows its corpus's words and analyses a
// question against them: Searcher uses it, when the backend is one, in
// place of QueryTerms.
type QueryAnalyzer interface {
	// AnalyzeQuery returns the BM25 terms of a question and their weights
	// (Query.Terms and Query.Weights).
	AnalyzeQuery(question string) (terms []string, weights []float64)
}

// AnalyzeQuery implements QueryAnalyzer: the question's own terms, and
// for words the corpus spells otherwise, weighted less, their corrections
// against its vocabulary, the completions of short forms, the years of
// two-digit years and the words of chat abbreviations, and the corpus's
// synonyms of its words, and the initialisms of its capitalised word runs
// ("Shanghai Cooperation Organisation" → SCO).
func (ix *Index) AnalyzeQuery(question string) ([]string, []float64) {
	st := ix.state()
	return analyzeQuery(question, st.lex, st.bm, ix.syn)
}

// weighted collects distinct terms, each with its greatest weight.
type weighted struct {
	terms   []string
	weights []float64
	at      map[string]int
}

func (a *weighted) add(term string, w float64) {
	if a.at == nil {
		a.at = make(map[string]int)
	}
	if i, ok := a.at[term]; ok {
		a.weights[i] = max(a.weights[i], w)
		return
	}
	a.at[term] = len(a.terms)
	a.terms = append(a.terms, term)
	a.weights = append(a.weights, w)
}

// stemFreq tells in how many chunks (or how often) a corpus has a stem:
// the BM25 index in process (bm25.df), a Vocabulary's word counts by stem
// for a backend that keeps its own index. Only whether it is 0 matters to
// the query analysis.
type stemFreq interface {
	df(stem string) int
}

// analyzeQuery is AnalyzeQuery over a lexicon and the stems of the chunks
// it was made from (bm), and a synonym table; with a nil lexicon it returns
// the distinct stems of the content words and ordinals, all of weight 1.
func analyzeQuery(s string, lx *lexicon, bm stemFreq, syn *synonyms.Table) ([]string, []float64) {
	var a weighted
	var parts []string // stems of the parts of hyphenated compounds
	toks := text.Tokens(s)
	quotes := text.QuotedSpans(s)
	for i, t := range toks {
		for _, w := range chatWords(t.Norm, lx != nil && readAsChat(s, toks, i, quotes)) {
			if !text.IsStop(w) {
				stem := text.Stem(w)
				a.add(stem, 1)
				if lx != nil && text.ChatForm(w) == nil {
					tolerate(&a, w, stem, lx, bm, i > 0 && w == t.Norm && text.Capitalised(s[t.Start:t.End]))
				}
				if lx != nil {
					addSynonyms(&a, stem, bm, syn)
					if i > 0 && toks[i-1].Norm == "how" {
						addDimension(&a, stem, bm)
					}
				}
			}
		}
		if i+1 < len(toks) {
			next := toks[i+1]
			if w, _ := text.Ordinal(t, next); w != "" {
				a.add(w, 1)
			}
			if joined := t.Norm + next.Norm; lx != nil && text.Hyphenated(s, t, next) && lx.count(joined) > 0 {
				a.add(text.Stem(joined), 1)
				parts = append(parts, text.Stem(t.Norm), text.Stem(next.Norm))
			} else if lx != nil && text.SpacedWords(s, t, next) && lx.count(joined) > 0 {
				a.add(text.Stem(joined), 1) // "work out" of a corpus that writes "workout"
			}
		}
	}
	// a compound the corpus also writes closed ("inter-governmental",
	// "intergovernmental") is one word: its closed form carries it, and
	// its parts, which a text writing it hyphenated also holds, count
	// less, so that such a text does not outweigh one writing it closed
	// by matching one word three times
	for _, p := range parts {
		if i, ok := a.at[p]; ok {
			a.weights[i] = min(a.weights[i], compoundPartWeight)
		}
	}
	if lx != nil {
		for _, in := range initialisms(s, toks, lx) {
			a.add(text.Stem(in), expandWeights.Fix)
		}
	}
	return a.terms, a.weights
}

// chatWords returns the words a query word stands for: itself, and with
// chat (for a question, not a quote) the words of a chat abbreviation
// ("govt" → "govt", "government"); a short form of function words only
// ("u", "n") stands for those alone.
func chatWords(w string, chat bool) []string {
	f := text.ChatForm(w)
	if f == nil || !chat {
		return []string{w}
	}
	for _, x := range f {
		if !text.IsStop(x) {
			return append([]string{w}, f...)
		}
	}
	return f
}

// tolerate adds the terms a word of a question may stand for in the
// corpus, weighted by expandWeights: a two-digit number's years, and for a
// word of letters the corpus lacks, its correction, else its split into
// two known words, else its completions; a short word the corpus has
// ("pak") may still be a short form, so its completions are added. Words
// spelt right (text.Spelt) are taken as written.
func tolerate(a *weighted, w, stem string, lx *lexicon, bm stemFreq, capital bool) {
	if len(w) == 2 && text.IsDigits(w) {
		for _, century := range []string{"19", "20"} {
			if lx.count(century+w) > 0 {
				a.add(century+w, expandWeights.Year)
			}
		}
		return
	}
	if v := otherSpelling(w, stem, bm); v != "" {
		a.add(text.Stem(v), 1) // the same word: "licence" of a text that says "license"
		return
	}
	if !text.IsLetters(w) || text.Spelt(w) || text.NearQuestionWord(w) != "" { // a misspelt question word ("waht") asks for nothing
		return
	}
	if bm.df(stem) > 0 {
		if len(w) <= maxShortForm {
			addCompletions(a, w, lx, lx.count(w))
		}
		return
	}
	if fix := lx.correctAs(w, capital); fix != "" {
		if !text.IsStop(fix) { // else a misspelt function word ("wohse")
			a.add(text.Stem(fix), expandWeights.Fix)
		}
		return
	}
	if parts := splitRunTogether(w, lx); parts != nil {
		for _, p := range parts {
			if !text.IsStop(p) {
				a.add(text.Stem(p), expandWeights.Fix)
			}
		}
		return
	}
	addCompletions(a, w, lx, 0)
}

// addSynonyms adds the stems related to stem by syn, and the
// abbreviations of a title or unit (text.TitleAbbrevs, text.UnitForms),
// that the corpus has, weighted by expandWeights.Syn: a question saying
// "purchase" finds a passage saying "bought", one asking for the
// "captain" one saying "Capt.".
func addSynonyms(a *weighted, stem string, bm stemFreq, syn *synonyms.Table) {
	if expandWeights.Syn == 0 {
		return
	}
	for _, related := range [][]string{syn.Related(stem), text.TitleAbbrevs(stem), text.UnitForms(stem)} {
		for _, r := range related {
			if bm.df(r) > 0 {
				a.add(r, expandWeights.Syn)
			}
		}
	}
}

// addDimension adds, weighted as synonyms, the stems of the words that
// name the dimension an adjective after "how" asks for ("how heavy":
// weight, weigh; text.DimensionWords): "how heavy is the 16e" is
// answered by "the iPhone 16e weighs 167g".
func addDimension(a *weighted, stem string, bm stemFreq) {
	if expandWeights.Syn == 0 {
		return
	}
	for _, d := range text.DimensionWords(stem) {
		if bm.df(d) > 0 {
			a.add(d, expandWeights.Syn)
		}
	}
}

// addCompletions adds the stems of the words that begin with w, when they
// are few and together more frequent than w itself (have), each weighted
// by its share of their occurrences: "pak" is mostly "pakistan", and a
// rare completion ("pakhtunistan") must not weigh as much.
func addCompletions(a *weighted, w string, lx *lexicon, have int) {
	if len(w) < minPrefixLen {
		return
	}
	comp := lx.completions(w)
	total := 0
	for _, n := range comp {
		total += n
	}
	if total <= have {
		return
	}
	stems := make([]string, 0, len(comp))
	for stem := range comp {
		stems = append(stems, stem)
	}
	sort.Strings(stems)
	for _, stem := range stems {
		a.add(stem, expandWeights.Prefix*float64(comp[stem])/float64(total))
	}
}

// ChunkHash is the content hash of a chunk's text (Chunk.Hash).
func ChunkHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:12])
}
