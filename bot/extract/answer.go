package extract

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// Answer picks the sentence that best answers the request's query from its
// passages and cites it exactly, or refuses when no sentence carries
// enough of the question or no answer of the asked kind. A question about
// a document's author, publisher or date that names the document is
// answered from its metadata. ctx only carries the logger's context: the
// answer is computed in memory.
func (a *Answerer) Answer(ctx context.Context, req Request) Result {
	q := a.analyze(req.Query)
	if f := metaFieldOf(text.Fold(req.Query), q.typ); f != metaNone {
		if res, ok := a.metaAnswer(q, f, req.Passages, req.More); ok {
			return res
		}
	}
	w := a.weights(q.terms, a.mainVerb(req.Query), req.Passages)
	cands := a.candidates(q, w, req.Passages)
	for i := 0; i < min(len(cands), 3) && a.log.Enabled(ctx, slog.LevelDebug); i++ {
		c := cands[i]
		a.log.Debug("candidate", "rank", i+1, "score", c.score, "cover", c.cover, "type", c.typ, "id", c.p.ID, "text", c.text)
	}
	why := "nothing in the documents matches the question"
	if len(cands) > 0 {
		why = a.refusal(q, cands[0])
		if alt, ok := a.firstAcceptable(q, cands); why != "" && ok {
			cands, why = alt, ""
		}
	}
	if why != "" {
		res := Result{Text: "The documents do not answer this question.", Why: why}
		if len(req.Passages) > 0 {
			res.Text += " The closest passages are listed below."
		}
		return res
	}
	chosen := []candidate{cands[0]}
	if second, ok := a.pickSecond(cands); ok {
		chosen = append(chosen, second)
	}
	res := Result{Answered: true}
	var parts []string
	for i, c := range chosen {
		res.Citations = append(res.Citations, citationOf(i+1, c))
		parts = append(parts, fmt.Sprintf("%s [%d]", oneSpace(c.text), i+1))
	}
	res.Text = strings.Join(parts, " ")
	return res
}

// refusal says why the best candidate does not answer the question, or
// "" when it does: it must carry enough of the question's words, mention
// its focus noun, and hold an answer of the asked kind (and unit).
func (a *Answerer) refusal(q question, c candidate) string {
	switch {
	case c.cover < a.tun.MinCoverage:
		return fmt.Sprintf("no passage carries enough of the question (best %.0f%% of its weight)", 100*c.cover)
	case q.focus != "" && q.typ != typeDefine && q.typ != typeAuthor && c.cover < a.tun.FocusMinCover && !a.mentions(c.p.Text, q.focus):
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

// firstAcceptable returns the candidates from the first one that is not
// refused, if it scores close enough to the best.
func (a *Answerer) firstAcceptable(q question, cands []candidate) ([]candidate, bool) {
	for i, c := range cands {
		if c.score < a.tun.AltMinScore*cands[0].score {
			break
		}
		if a.refusal(q, c) == "" {
			return cands[i:], true
		}
	}
	return nil, false
}

var typeNames = map[answerType]string{typeDate: "date", typeNumber: "number", typePerson: "name", typeAuthor: "author"}

// pickSecond returns a runner-up worth adding: nearly as good, short
// enough to fit, and not overlapping the best.
func (a *Answerer) pickSecond(cands []candidate) (candidate, bool) {
	best := cands[0]
	for _, c := range cands[1:] {
		if c.score < a.tun.SecondMinScore*best.score {
			break
		}
		if len(best.text)+len(c.text) > a.tun.MaxAnswerBytes || (c.doc == best.doc && c.start < best.end && best.start < c.end) {
			continue
		}
		if similar(c.text, best.text, a.tun.SimilarShare) {
			continue
		}
		return c, true
	}
	return candidate{}, false
}

// weights returns the weight of each question term: its corpus IDF when
// Options.IDF knows it, else its rarity among the passages.
func (a *Answerer) weights(terms []string, verb string, passages []citebot.Passage) map[string]float64 {
	w := make(map[string]float64, len(terms))
	for _, t := range terms {
		v := 1.0
		if a.idf != nil {
			if v = a.idf(t); v < 0 {
				v = a.tun.UnknownWeight
			}
		} else {
			v += 1 - a.poolShare(t, passages)
		}
		if a.lex.lightVerbs[t] {
			v = min(v, a.tun.LightWeight)
		}
		if t == verb {
			v *= a.tun.VerbBoost
		}
		w[t] = v
	}
	return w
}

// poolShare returns the share of passages that contain a stem.
func (a *Answerer) poolShare(stem string, passages []citebot.Passage) float64 {
	if len(passages) == 0 {
		return 0
	}
	n := 0
	for _, p := range passages {
		if a.mentions(p.Text, stem) {
			n++
		}
	}
	return float64(n) / float64(len(passages))
}

// oneSpace collapses runs of white space (including non-breaking spaces).
func oneSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\u00a0' }), " ")
}

// similar reports whether two sentences say much the same: most of the
// content words of the shorter (at least share of them) are in the longer.
func similar(a, b string, share float64) bool {
	ta, tb := text.Terms(a), text.Terms(b)
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	return len(ta) == 0 || text.Share(ta, tb) >= share
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
