package eval

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// BM25 parameters of the baseline.
const (
	baselineK1 = 1.2
	baselineB  = 0.75
	// baselineK is how many paragraphs a baseline answer shows as passages.
	baselineK = 5
)

// ModeBaseline is the Answer.Mode of the baseline's answers.
const ModeBaseline = "baseline"

// Baseline is a plain reference answerer to measure citebot against: it
// splits documents into paragraphs (blank-line separated), ranks them with
// BM25 (k1=1.2, b=0.75, lower-cased words, no stemming, no stop-word
// removal) and answers with the sentence of the top paragraph that shares
// the most distinct query words (stop words aside; ties go to the earlier
// sentence). It never refuses. Citations and passages are exact byte spans
// of the documents it was given. It is safe for concurrent use.
type Baseline struct {
	docs   map[string]string
	paras  []paragraph
	df     map[string]int
	avgLen float64
}

// paragraph is a blank-line separated block of a document.
type paragraph struct {
	doc        string
	n          int // 1-based within the document
	start, end int
	tf         map[string]int
	length     int
}

// NewBaseline indexes docs (path → text) for the baseline.
func NewBaseline(docs map[string]string) *Baseline {
	b := &Baseline{docs: make(map[string]string, len(docs)), df: make(map[string]int)}
	paths := make([]string, 0, len(docs))
	for p, t := range docs {
		b.docs[p] = t
		paths = append(paths, p)
	}
	sort.Strings(paths)
	total := 0
	for _, p := range paths {
		doc := docs[p]
		for i, sp := range paragraphs(doc) {
			para := paragraph{doc: p, n: i + 1, start: sp.Start, end: sp.End, tf: make(map[string]int)}
			for _, w := range words(doc[sp.Start:sp.End]) {
				para.tf[w]++
				para.length++
			}
			for w := range para.tf {
				b.df[w]++
			}
			total += para.length
			b.paras = append(b.paras, para)
		}
	}
	if len(b.paras) > 0 {
		b.avgLen = float64(total) / float64(len(b.paras))
	}
	return b
}

// LibraryDocs reads every document of lib (path → text), for NewBaseline.
func LibraryDocs(lib citebot.Library) (map[string]string, error) {
	docs := make(map[string]string)
	for _, s := range lib.Sources() {
		t, err := lib.Text(s.Path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.Path, err)
		}
		docs[s.Path] = t
	}
	return docs, nil
}

// Ask answers q with the best sentence of the best paragraph.
func (b *Baseline) Ask(ctx context.Context, q citebot.Question) (*citebot.Answer, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	question, _ := text.Clean(q.Text)
	if question == "" {
		return nil, citebot.ErrEmptyQuestion
	}
	ans := &citebot.Answer{Question: question, Mode: ModeBaseline, Citations: []citebot.Citation{}, Passages: []citebot.Passage{}, Conflicts: []citebot.Conflict{}}
	ranked := b.rank(words(question))
	if len(ranked) == 0 {
		return ans, nil
	}
	for i, r := range ranked[:min(baselineK, len(ranked))] {
		p := b.paras[r.i]
		ans.Passages = append(ans.Passages, citebot.Passage{
			Rank: i + 1, ID: p.doc + "#" + strconv.Itoa(p.n), Doc: p.doc,
			Start: p.start, End: p.end, Score: r.score, Text: b.docs[p.doc][p.start:p.end],
		})
	}
	top := b.paras[ranked[0].i]
	doc := b.docs[top.doc]
	start, end := bestSentence(doc, top, question)
	ans.Answered = true
	ans.Answer = doc[start:end]
	ans.Citations = append(ans.Citations, citebot.Citation{
		N: 1, ID: top.doc + "#" + strconv.Itoa(top.n), Doc: top.doc,
		Start: start, End: end, Quote: doc[start:end], Supported: true,
	})
	return ans, nil
}

type scored struct {
	i     int
	score float64
}

// rank returns every paragraph by BM25 score of the query words, best
// first; ties keep corpus order.
func (b *Baseline) rank(query []string) []scored {
	seen := make(map[string]bool)
	var terms []string
	for _, w := range query {
		if !seen[w] {
			seen[w] = true
			terms = append(terms, w)
		}
	}
	n := float64(len(b.paras))
	out := make([]scored, len(b.paras))
	for i, p := range b.paras {
		s := 0.0
		for _, w := range terms {
			f := float64(p.tf[w])
			if f == 0 {
				continue
			}
			df := float64(b.df[w])
			idf := math.Log(1 + (n-df+0.5)/(df+0.5))
			norm := 1 - baselineB + baselineB*float64(p.length)/b.avgLen
			s += idf * f * (baselineK1 + 1) / (f + baselineK1*norm)
		}
		out[i] = scored{i: i, score: s}
	}
	sort.SliceStable(out, func(x, y int) bool { return out[x].score > out[y].score })
	return out
}

// bestSentence returns the byte span, in doc, of the sentence of p that
// shares the most distinct non-stop query words; ties go to the earlier one.
func bestSentence(doc string, p paragraph, question string) (int, int) {
	want := make(map[string]bool)
	for _, w := range words(question) {
		if !text.IsStop(w) {
			want[w] = true
		}
	}
	para := doc[p.start:p.end]
	bestStart, bestEnd, best := p.start, p.end, -1
	for _, sp := range text.Sentences(para) {
		got := make(map[string]bool)
		for _, w := range words(para[sp.Start:sp.End]) {
			if want[w] {
				got[w] = true
			}
		}
		if len(got) > best {
			best, bestStart, bestEnd = len(got), p.start+sp.Start, p.start+sp.End
		}
	}
	return bestStart, bestEnd
}

// words returns the lower-cased words of s, unstemmed.
func words(s string) []string {
	toks := text.Tokens(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.Norm)
	}
	return out
}

// paragraphs splits doc into blank-line separated blocks, trimmed of
// surrounding white space; blocks of white space only are dropped.
func paragraphs(doc string) []text.Span {
	var out []text.Span
	start := -1 // start of the current block's first non-blank line
	end := 0    // end of the current block's last non-blank line
	flush := func() {
		if start >= 0 {
			if sp := trimSpan(doc, start, end); sp.End > sp.Start {
				out = append(out, sp)
			}
		}
		start = -1
	}
	for i := 0; i < len(doc); {
		j := strings.IndexByte(doc[i:], '\n')
		lineEnd := len(doc)
		next := len(doc)
		if j >= 0 {
			lineEnd, next = i+j, i+j+1
		}
		if strings.TrimFunc(doc[i:lineEnd], unicode.IsSpace) == "" {
			flush()
		} else {
			if start < 0 {
				start = i
			}
			end = lineEnd
		}
		i = next
	}
	flush()
	return out
}

// trimSpan trims white space (including non-breaking spaces) from both ends
// of doc[start:end].
func trimSpan(doc string, start, end int) text.Span {
	s := doc[start:end]
	left := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	right := len(strings.TrimRightFunc(s, unicode.IsSpace))
	if right < left {
		return text.Span{Start: start, End: start}
	}
	return text.Span{Start: start + left, End: start + right}
}
