package extract

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// Answer picks the sentence that the confidence model (Model) finds most
// likely to answer the request's query from its passages and cites it
// exactly, or refuses when even that one's confidence is below the
// model's threshold. A question about a document's author, publisher or
// date that names the document may be answered from its metadata. A
// question the words leave unsure gets a second look (Meaning), which
// embeds it and its best candidates; ctx bounds that, and an error there
// leaves the first look's answer. An overview (Request.Overview,
// Request.ByDocument) gets no second look: that look picks the one
// sentence nearest in meaning to a question, and its floor is fitted on
// questions, not on the topic of an account. Nor does a definition
// question whose best candidate defines its term (definition): nearer in
// meaning to a question that is little more than the term is a sentence
// that says little more ("A zoom on the HXDF.").
func (a *Answerer) Answer(ctx context.Context, req Request) Result {
	q, cands := a.ranked(req)
	if req.Overview || req.ByDocument {
		cands = slices.DeleteFunc(cands, titleOnly) // no fact about the topic: "Rush (2013 film)"
	}
	far, cosine := false, 0.0
	if !req.Overview && !req.ByDocument && (len(cands) == 0 || !definition(q, cands[0])) {
		far, cosine = a.reread(ctx, req.Question.Text, cands)
	}
	for i := 0; i < min(len(cands), 3) && a.log.Enabled(ctx, slog.LevelDebug); i++ {
		c := cands[i]
		a.log.Debug("candidate", "rank", i+1, "confidence", c.prob, "cover", c.cover, "type", c.typ, "id", c.p.ID, "text", c.text)
	}
	why := "nothing in the documents matches the question"
	if len(cands) > 0 && cands[0].prob < a.model.Threshold {
		why = fmt.Sprintf("%s (confidence %.2f, below %.2f)", a.refusal(q, cands[0]), cands[0].prob, a.model.Threshold)
	} else if far && !definition(q, cands[0]) {
		why = fmt.Sprintf("the closest answer is far in meaning from the question (cosine %.2f, below %.2f)", cosine, a.model.Meaning.Floor)
	} else if len(cands) > 0 {
		why = ""
	}
	if why != "" {
		res := Result{Text: "The documents do not answer this question" + a.neverUsed(req.Question, q) + ".", Why: why}
		if len(cands) > 0 {
			res.Confidence = round3(cands[0].prob)
		}
		if len(req.Passages) > 0 {
			res.Text += " The closest passages are listed below."
		}
		return res
	}
	chosen := []candidate{cands[0]}
	if req.ByDocument {
		chosen = a.pickOverview(cands, MaxDocuments, func(c, o candidate) bool { return c.doc == o.doc }, speaksOf)
	} else if req.Overview {
		n := cmp.Or(req.Sentences, OverviewSentences)
		chosen = a.pickOverview(cands, n, func(c, o candidate) bool { return c.p.ID == o.p.ID }, saysOf)
	} else if said, ok := announced(cands, q.code); ok {
		chosen = said // "… for two reasons." and the sentence that gives them
	} else if by, ok := a.postedBy(cands, q); ok {
		chosen = by // "Ann Roe · 20/07/2021 11:53" above what she posted
	} else if row, ok := tableRow(cands, q); ok {
		chosen = row // a table's header and the row asked about
	} else if second, ok := a.pickSecond(cands); ok {
		chosen = append(chosen, second)
	} else if next, ok := a.followsBest(cands); ok {
		chosen = append(chosen, next) // the text goes on answering
	}
	res := Result{Answered: true, Confidence: round3(cands[0].prob)}
	var parts []string
	for i, c := range chosen {
		res.Citations = append(res.Citations, citationOf(i+1, c))
		parts = append(parts, fmt.Sprintf("%s [%d]", c.answerText(), i+1))
		if q.typ == typeDate && c.answer == "" && c.p.Source != nil { // a sentence of the document, not its metadata
			if says := relativeDates(c.answerText(), c.p.Source.Date); says != "" {
				parts[i] += " (" + says + ")" // "in May last year [1] (“May last year” is May 2011, …)"
			}
		}
	}
	res.Text = strings.Join(parts, " ")
	return res
}

// ranked analyses the query and returns its candidates, most probable
// first: every sentence and sentence pair of the passages, and the
// metadata answer when the question asks for a document's metadata.
func (a *Answerer) ranked(req Request) (question, []candidate) {
	q := a.read(req.Question)
	w := a.weights(q, a.mainVerb(req.Question.Text), req.Passages)
	if len(req.Passages) == 0 {
		return q, nil
	}
	addAliases(q, req.Question, req.Passages) // "ctec": "Cybermedia Technologies (CTEC)"
	cands := a.candidates(q, w, req.Passages)
	if q.field != metaNone {
		if c, ok := a.metaCandidate(q, w, q.field, req.Passages, req.More); ok {
			cands = append(cands, c)
		}
	}
	a.relate(cands)
	return q, cands
}

// definition reports whether c defines what a "what is X" question asks
// for (defines): the meaning floor does not judge it, since such a
// question's meaning is little more than a term, often one the encoder
// does not know ("t-SNE"), and a sentence defining that term is on it.
func definition(q question, c candidate) bool { return q.typ == typeDefine && c.typ == 1 }

// round3 rounds a confidence to three decimals, as users see it.
func round3(p float64) float64 { return math.Round(p*1000) / 1000 }

// answerText is the candidate as an answer gives it.
func (c candidate) answerText() string {
	if c.answer != "" {
		return c.answer
	}
	return oneSpace(text.UnquoteLines(c.text))
}

// contextText is the answer after the sentence before it in its passage
// (the answer alone when it opens the passage), which the second look
// also compares with the question: "An unconventional document was
// signed following the meeting" answers what came of "the talks in Laos"
// the sentence before names.
func (c candidate) contextText() string {
	if c.before == "" {
		return c.answerText()
	}
	return oneSpace(text.UnquoteLines(c.before)) + " " + c.answerText()
}

// Candidate is a candidate answer with the features the confidence model
// weighs, for fitting the model (eval.Fit).
type Candidate struct {
	// Doc, Start and End are the document bytes the answer cites.
	Doc        string
	Start, End int
	// Text is the answer as Answer gives it, without its marker.
	Text string
	// Context is Text after the sentence before it in its passage (Text
	// alone when it opens the passage), as the second look reads it
	// (MeaningInputs).
	Context string
	// Features are the candidate's features, named by FeatureNames.
	Features []float64
	// Confidence is the current model's probability for it.
	Confidence float64
}

// Candidates returns every candidate answer of the request, most probable
// first.
func (a *Answerer) Candidates(req Request) []Candidate {
	_, cands := a.ranked(req)
	out := make([]Candidate, len(cands))
	for i, c := range cands {
		out[i] = Candidate{Doc: c.doc, Start: c.start, End: c.end, Text: c.answerText(), Context: c.contextText(), Features: append([]float64(nil), c.feat[:]...), Confidence: c.prob}
	}
	return out
}

// refusal says why a candidate may not answer the question: it does not
// carry enough of the question's words, mention its focus noun, or hold
// an answer of the asked kind (and unit). It explains a refusal; the
// model decides it.
func (a *Answerer) refusal(q question, c candidate) string {
	f := c.feat
	switch {
	case f[fFocusMissing] > 0:
		return fmt.Sprintf("the closest passages do not mention the %s the question asks about", q.focusWord)
	case f[fYearConflict] > 0:
		return "the closest passage speaks of another year than the question"
	case f[fMoneyMissing] > 0:
		return "the closest passage gives no sum of money"
	case f[fUnitMissing] > 0:
		return "the closest passage gives nothing in " + q.unit
	case f[fMeasureMissing] > 0:
		return "the closest passage gives no " + measureNames[q.dimension]
	case f[fTypeMissing] > 0 && typeName(q) != "":
		return "the closest passage holds no " + typeName(q)
	case f[fKindMissing] > 0:
		return "the closest passage names nothing the question does not already name"
	}
	return fmt.Sprintf("no passage carries enough of the question (best %.0f%% of its weight)", 100*c.cover)
}

// maxNeverUsed is how many of the words the corpus lacks a refusal names.
const maxNeverUsed = 3

// neverUsed says which content words of question p (read as q) the
// corpus never uses, up to maxNeverUsed in the question's order ("; they
// never use the word “bitcoin”"), or "" when it uses them all or cannot
// say. A word the retriever corrected is read as corrected, so only words
// still unknown are named; chat forms ("u", "pls"), numbers, function
// words ("per") and light verbs ("got") are not.
func (a *Answerer) neverUsed(p *asked.Question, q question) string {
	if a.idf == nil || p == nil {
		return ""
	}
	terms := setOf(q.terms)
	var words []string
	seen := map[string]bool{}
	for _, t := range p.Tokens {
		if !terms[t.Stem] || seen[t.Stem] || len(t.Norm) < 3 || text.IsDigits(t.Norm) || text.ChatForm(t.Norm) != nil ||
			text.FunctionWord(t.Norm) || a.lex.lightVerbs[t.Stem] || !a.unknownTerm(q, t.Stem) || a.speaksOfDocument(q.field, t.Stem) {
			continue
		}
		seen[t.Stem] = true
		if len(words) < maxNeverUsed {
			w := p.Text[t.Start:t.End]
			for _, s := range []string{"'s", "’s"} {
				w = strings.TrimSuffix(w, s) // "atlantic's": the word is "atlantic"
			}
			words = append(words, "“"+w+"”")
		}
	}
	switch len(words) {
	case 0:
		return ""
	case 1:
		return "; they never use the word " + words[0]
	}
	return "; they never use the words " + strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

var typeNames = map[answerType]string{typeDate: "date", typeNumber: "number", typePerson: "name", typeAuthor: "author"}

// typeName names the kind of value q asks for, as a refusal says it
// ("date", "title"), or "" when it asks for none of typeNames.
func typeName(q question) string {
	if n := typeNames[q.typ]; n != "" {
		return n
	}
	if q.field == metaTitle {
		return "title"
	}
	return ""
}

// weights returns the weight of each of q's terms: its corpus IDF when
// Options.IDF knows it, else its rarity among the passages. A light verb,
// and a word naming a sum of money in a question asking for one ("how
// much is the trade worth?"), weigh at most Tuning.LightWeight.
func (a *Answerer) weights(q question, verb string, passages []citebot.Passage) map[string]float64 {
	w := make(map[string]float64, len(q.terms))
	for _, t := range q.terms {
		v := 1.0
		if a.idf != nil {
			if v = a.idf(t); v < 0 {
				v = a.unknownWeight(t)
			}
		} else {
			v += 1 - a.poolShare(t, passages)
		}
		if a.lex.lightVerbs[t] || q.money && a.lex.moneyWords[t] {
			v = min(v, a.tun.LightWeight)
		}
		if t == verb {
			v *= a.tun.VerbBoost
		}
		w[t] = v
	}
	return w
}

// unknownWeight is the weight of a stem the corpus never has:
// Tuning.UnknownWeight, but no more than the IDF of a stem in one of the
// corpus's chunks (Options.DocFreq), which in a corpus of fewer than about
// fifty chunks is less: there a missing word is most often one the few
// chunks did not happen to use ("example", "considered"), not a sign that
// the question asks about something else.
func (a *Answerer) unknownWeight(stem string) float64 {
	if a.df == nil {
		return a.tun.UnknownWeight
	}
	_, n := a.df(stem)
	if n <= 0 {
		return a.tun.UnknownWeight
	}
	return min(a.tun.UnknownWeight, math.Log(1+(float64(n)-0.5)/1.5))
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

// reread takes the second look (Meaning) when the model wants it: of the
// first Depth candidates (sorted by the first look), those it weighs
// (LookedAt) are embedded, and the one it picks comes first, with the
// first one's confidence.
// It reports whether that one is too far in meaning from the question to
// answer (Meaning.Far), and its cosine with the question: the higher of
// its own and its context's (contextText), so that a sentence whose
// subject the sentence before names is not refused as far.
func (a *Answerer) reread(ctx context.Context, question string, cands []candidate) (far bool, cosine float64) {
	m := a.model.Meaning
	if len(cands) < 2 || !m.Wants(cands[0].prob, a.model.Threshold) {
		return false, 0
	}
	feats := make([][]float64, len(cands))
	order := make([]int, len(cands))
	for i := range cands {
		feats[i], order[i] = cands[i].feat[:], i
	}
	looked := LookedAt(order, feats, m.Depth)
	texts := make([]string, 2*len(looked))
	for k, i := range looked {
		texts[k], texts[len(looked)+k] = cands[i].answerText(), cands[i].contextText()
	}
	both, err := a.vec.cosines(ctx, question, texts)
	if err != nil {
		a.log.DebugContext(ctx, "second look skipped", "err", err)
		return false, 0
	}
	cos, ctxCos := both[:len(looked)], both[len(looked):]
	k := m.Pick(MeaningInputs(a.model.Scores(feats), looked, cos, ctxCos))
	if i := looked[k]; i > 0 {
		best := cands[i]
		best.prob = cands[0].prob
		copy(cands[1:i+1], cands[:i])
		cands[0] = best
	}
	near := max(cos[k], ctxCos[k])
	return m.Far(near), near
}
