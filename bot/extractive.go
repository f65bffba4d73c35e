package bot

import (
	"context"
	"fmt"
	"log/slog"
	"sort"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// TermWeigher is implemented by Retrievers that know how telling a word is
// in their corpus. TermWeight returns the inverse document frequency of a
// stem, or a negative number when the corpus never contains it. The
// extractive answerer uses it when the Retriever offers it.
type TermWeigher interface {
	TermWeight(stem string) float64
}

// Extractive answer tuning.
const (
	maxAnswerBytes = 300  // an answer sentence longer than this is cut to its best clauses
	minCoverage    = 0.4  // weighted share of question terms an answer must carry
	typeWeight     = 0.4  // weight of holding an answer of the asked type
	unknownWeight  = 3.5  // weight of a question term the corpus never has
	contextShare   = 0.5  // how much the previous sentence can add to coverage
	passageShare   = 0.2  // how much the rest of the passage can add
	secondMinScore = 0.92 // a second sentence is added only when nearly as good
	lightWeight    = 0.5  // most a light verb ("get", "took") may weigh
)

// lightVerbs are stems of verbs that carry little meaning of their own, so a
// paraphrase often drops them ("get" for "receive", "took part" for
// "participated").
var lightVerbs = map[string]bool{"get": true, "got": true, "go": true, "went": true, "gone": true,
	"come": true, "came": true, "make": true, "made": true, "take": true, "took": true, "taken": true,
	"give": true, "gave": true, "given": true, "hold": true, "held": true, "run": true, "ran": true,
	"start": true, "begin": true, "began": true, "becom": true, "becam": true, "put": true, "keep": true,
	"kept": true, "use": true, "call": true, "say": true, "said": true, "happen": true, "end": true,
	"part": true, "find": true, "found": true, "set": true, "turn": true, "bring": true, "brought": true,
	"show": true, "seem": true, "help": true, "let": true, "want": true, "need": true, "think": true}

// answerExtractive picks the sentence that best answers the question from
// the passages, cites it exactly, and refuses when no sentence carries
// enough of the question or no answer of the asked kind.
func (b *Bot) answerExtractive(ctx context.Context, ans *citebot.Answer, query string, passages []citebot.Passage) {
	ans.Mode = citebot.ModeExtractive
	ans.Passages = rank(passages, b.opts.K)
	q := analyze(query)
	if tw, ok := b.ret.(TermWeigher); ok {
		q.idf = tw.TermWeight
	}
	if f := metaFieldOf(text.Fold(query), q.typ); f != metaNone && b.metaAnswer(ctx, ans, q, f, passages) {
		return
	}
	w := b.weights(q.terms, mainVerb(query), passages)
	cands := candidates(q, w, passages)
	for i := 0; i < min(len(cands), 3) && b.opts.Logger.Enabled(ctx, slog.LevelDebug); i++ {
		c := cands[i]
		b.opts.Logger.Debug("candidate", "rank", i+1, "score", c.score, "cover", c.cover, "type", c.typ, "id", c.p.ID, "text", c.text)
	}
	why := "nothing in the documents matches the question"
	if len(cands) > 0 {
		why = refusal(q, cands[0])
		if alt, ok := firstAcceptable(q, cands); why != "" && ok {
			cands, why = alt, ""
		}
	}
	if why != "" {
		ans.Answered = false
		ans.Answer = "The documents do not answer this question."
		if len(ans.Passages) > 0 {
			ans.Answer += " The closest passages are listed below."
		}
		ans.Notes = append(ans.Notes, "not answered: "+why)
		return
	}
	chosen := []candidate{cands[0]}
	if second, ok := pickSecond(cands); ok {
		chosen = append(chosen, second)
	}
	var parts []string
	for i, c := range chosen {
		ans.Citations = append(ans.Citations, citationOf(i+1, c))
		parts = append(parts, fmt.Sprintf("%s [%d]", oneSpace(c.text), i+1))
	}
	ans.Answered = true
	ans.Answer = strings.Join(parts, " ")
}

// focusMinCover is the coverage above which an answer may leave the
// question's focus noun unsaid ("Gazprom" for "which company").
const focusMinCover = 0.6

// refusal says why the best candidate does not answer the question, or
// "" when it does: it must carry enough of the question's words, mention
// its focus noun, and hold an answer of the asked kind (and unit).
func refusal(q question, c candidate) string {
	switch {
	case c.cover < minCoverage:
		return fmt.Sprintf("no passage carries enough of the question (best %.0f%% of its weight)", 100*c.cover)
	case q.focus != "" && q.typ != typeDefine && q.typ != typeAuthor && c.cover < focusMinCover && !mentions(c.p.Text, q.focus):
		return fmt.Sprintf("the closest passages do not mention the %s the question asks about", q.focusWord)
	case q.typ != typeDate && yearConflict(q, c):
		return "the closest passage speaks of another year than the question"
	case q.money && !reMoney.MatchString(c.text):
		return "the closest passage gives no sum of money"
	case q.unit != "" && !strings.Contains(text.Fold(c.text), q.unit):
		return "the closest passage gives nothing in " + q.unit
	}
	switch q.typ {
	case typeDate, typeNumber, typePerson, typeAuthor:
		if c.typ == 0 {
			return "the closest passage holds no " + typeNames[q.typ]
		}
	}
	return ""
}

// altMinScore is how close to the best a candidate must score to answer
// when the best one is refused.
const altMinScore = 0.75

// firstAcceptable returns the candidates from the first one that is not
// refused, if it scores close enough to the best.
func firstAcceptable(q question, cands []candidate) ([]candidate, bool) {
	for i, c := range cands {
		if c.score < altMinScore*cands[0].score {
			break
		}
		if refusal(q, c) == "" {
			return cands[i:], true
		}
	}
	return nil, false
}

var typeNames = map[answerType]string{typeDate: "date", typeNumber: "number", typePerson: "name", typeAuthor: "author"}

// pickSecond returns a runner-up worth adding: nearly as good, short
// enough to fit, and not overlapping the best.
func pickSecond(cands []candidate) (candidate, bool) {
	best := cands[0]
	for _, c := range cands[1:] {
		if c.score < secondMinScore*best.score {
			break
		}
		if len(best.text)+len(c.text) > maxAnswerBytes || (c.doc == best.doc && c.start < best.end && best.start < c.end) {
			continue
		}
		if similar(c.text, best.text) {
			continue
		}
		return c, true
	}
	return candidate{}, false
}

// weights returns the weight of each question term: its corpus IDF when
// the Retriever knows it, else its rarity among the passages.
func (b *Bot) weights(terms []string, verb string, passages []citebot.Passage) map[string]float64 {
	w := make(map[string]float64, len(terms))
	tw, ok := b.ret.(TermWeigher)
	for _, t := range terms {
		v := 1.0
		if ok {
			if v = tw.TermWeight(t); v < 0 {
				v = unknownWeight
			}
		} else {
			v += 1 - poolShare(t, passages)
		}
		if lightVerbs[t] {
			v = min(v, lightWeight)
		}
		if t == verb {
			v *= verbBoost
		}
		w[t] = v
	}
	return w
}

// verbBoost is how much more the question's main verb weighs: it names
// the event asked about ("step down", not "promoted").
const verbBoost = 2.0

// poolShare returns the share of passages that contain a stem.
func poolShare(stem string, passages []citebot.Passage) float64 {
	if len(passages) == 0 {
		return 0
	}
	n := 0
	for _, p := range passages {
		if mentions(p.Text, stem) {
			n++
		}
	}
	return float64(n) / float64(len(passages))
}

// citationOf cites a candidate's exact bytes.
func citationOf(n int, c candidate) citebot.Citation {
	cit := citebot.Citation{N: n, ID: c.p.ID, Doc: c.doc, Start: c.start, End: c.end, Quote: c.text, Supported: true, Line: c.line}
	if s := c.p.Source; s != nil {
		cit.Title, cit.Author, cit.Date = s.Title, s.Author, s.Date
	}
	return cit
}

// oneSpace collapses runs of white space (including non-breaking spaces).
func oneSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\u00a0' }), " ")
}

// rank returns the first k passages with their ranks set from 1.
func rank(ps []citebot.Passage, k int) []citebot.Passage {
	if len(ps) > k {
		ps = ps[:k]
	}
	out := make([]citebot.Passage, len(ps))
	for i, p := range ps {
		p.Rank = i + 1
		out[i] = p
	}
	return out
}

// sortCandidates orders candidates best first, earlier passages first on
// ties.
func sortCandidates(cs []candidate) {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score > cs[j].score })
}

// similar reports whether two sentences say much the same: most of the
// content words of the shorter are in the longer.
func similar(a, b string) bool {
	ta, tb := text.Terms(a), text.Terms(b)
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	return len(ta) == 0 || text.Share(ta, tb) >= 0.6
}

// yearConflict reports whether the question names a year that the
// candidate's passage never mentions while the candidate itself speaks of
// another year: "the trade figure for 2010" answered with 2012's.
func yearConflict(q question, c candidate) bool {
	var want []string
	for w := range q.words {
		if reYearLike.MatchString(w) {
			want = append(want, w)
		}
	}
	if len(want) == 0 {
		return false
	}
	passage := newWordSet(c.p.Text)
	for _, y := range want {
		if passage.stems[y] {
			return false
		}
	}
	for _, t := range text.Tokens(c.text) {
		if reYearLike.MatchString(c.text[t.Start:t.End]) {
			return true
		}
	}
	return false
}
