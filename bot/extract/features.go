package extract

import (
	"math"
	"strings"

	"github.com/citebot/citebot"

	"github.com/citebot/citebot/text"
)

// The features of a candidate answer, in the order of its feature vector.
// The confidence model (model.go) weighs them; confidence.json names them
// in this order, and New refuses a model whose names differ. Coverages
// are weighted shares of the question's terms, from 0 to 1.
const (
	fCover            = iota // coverage of the sentence (with the title on a metadata line)
	fCoverWindow             // coverage of the sentence with its neighbours and its document's title
	fCoverPassage            // coverage of the whole passage
	fCoverSoft               // coverage counting synonyms and near spellings in full
	fCoverBest               // the best passage coverage of the question (question-level)
	fType                    // how well the sentence holds an answer of the asked kind (for "which four countries", the share of the names it gives)
	fTypeMissing             // a date, number or name is asked for and none is there
	fFocusMissing            // a date, number or name is asked for and the question's focus noun is not mentioned
	fYearConflict            // the question's year is absent and another is given
	fMoneyMissing            // a sum of money is asked for and none is given (or, for no change, only a change: changesOnly)
	fUnitMissing             // a unit is asked for and not given
	fRank                    // 1 / the passage's retrieval rank
	fScoreRel                // the passage's retrieval score over the best one
	fHeading                 // a heading-like line
	fShort                   // a very short sentence
	fPair                    // two adjacent sentences together
	fPosition                // where in its passage the sentence starts (0 first, 1 last)
	fUnknown                 // share of the question's weight on words the corpus lacks
	fAgree                   // share of the other passages repeating its new names or numbers
	fMetaAnswer              // answered from a document's metadata
	fTypedQuestion           // the question asks for a date, number, name or author
	fCoverGap                // cover less the best cover of the question's candidates
	fSoftGap                 // cover_soft less the best of the question's candidates
	fWindowGap               // cover_window less the best of the question's candidates
	fTypeCover               // type times cover_soft: a value of the asked kind where the question's words are
	fPhrase                  // share of the question's adjacent word pairs said together
	fCoverPrev               // coverage of the sentence with the one before (what "it" refers to)
	fCoverPool               // soft coverage of all the passages together (question-level)
	fMissing                 // weight of the weightiest question term no passage has, over the weightiest's (question-level)
	fQuote                   // the question quotes words and the sentence says them (-1 when it does not)
	fKindMissing             // a name is asked for and the sentence names nothing the question does not, or fewer names than it asks for ("which four countries": question.listN)
	fKeyMissing              // weight of the weightiest question term the sentence and its neighbours lack, over the weightiest's
	fNovel                   // share of the sentence's content words the question does not have
	fValueNear               // how near a value of the asked kind stands to a question word (near.go)
	fRareName                // a name is asked for and the sentence has a new one no dictionary lists
	fRestates                // cover_soft of a sentence lacking the kind of value asked for: it restates the question
	fSoftWindow              // coverage of the sentence with its neighbours counting synonyms and near spellings in full
	fPersonMissing           // a person's name is asked for and the sentence names no person the question does not, or the question asks who did something and the sentence and the one before never say the deed, or it asks for one owner's post and the sentence gives it only as another's ("Pakistan's foreign minister": "the Russian Foreign Minister"; person.go, role.go, owner.go)
	fFocusUnnamed            // a person's name is asked for, or a thing's by "name" (question.thingName), and the sentence mentions the focus ("the envoy", "a local company") and names nothing new beside it (not for other questions for a thing: "the trade figure (348 million dollars)" answers one unnamed)
	fCodeUnasked             // the sentence reads as code (text.LooksLikeCode) and the question asks for no command, function or way to do something
	fNameUnknown             // the question names something ("the Eiffel Tower", "Australia") by a capitalised word the corpus never has (question-level)
	fFocusMissingOpen        // focus_missing for a question that asks for no date, number or name ("What ...", "Why ..."), which a paraphrase answers in other words
	fBestUnnamed             // focus_unnamed of the candidate that says the most of the question (best cover_soft), times its cover_soft: the text says what is asked about and names no one (question-level)
	fMeasureMissing          // the question asks for a value in a dimension (an age, a weight, a score: asked.Dimension) and the sentence gives none (measure.go)
	numFeatures
)

// featureNames name the features, in order.
var featureNames = [numFeatures]string{
	"cover", "cover_window", "cover_passage", "cover_soft", "cover_best", "type", "type_missing",
	"focus_missing", "year_conflict", "money_missing", "unit_missing", "rank", "score_rel",
	"heading", "short", "pair", "position", "unknown", "agree", "meta_answer", "typed_question",
	"cover_gap", "soft_gap", "window_gap", "type_cover", "phrase", "cover_prev",
	"cover_pool", "missing", "quote", "kind_missing", "key_missing", "novel", "value_near", "rare_name", "restates",
	"soft_window", "person_missing", "focus_unnamed", "code_unasked", "name_unknown",
	"focus_missing_open", "best_unnamed", "measure_missing",
}

// FeatureNames returns the names of the features the confidence model
// weighs, in the order of Candidate.Features.
func FeatureNames() []string { return append([]string(nil), featureNames[:]...) }

// features fills c.feat from what score computed and the question.
func (sc *scorer) features(c *candidate) {
	passages := sc.passages
	q, t := sc.q, &sc.a.tun
	f := &c.feat
	f[fCover], f[fCoverWindow], f[fCoverPassage] = c.cover, c.window, c.pcover
	f[fCoverSoft] = c.soft
	f[fSoftWindow] = c.softWindow
	f[fType] = c.typ
	// a title question asks for a value too: the document's title
	typedQ := typed(q.typ) || q.field == metaTitle || q.version
	f[fTypedQuestion] = boolf(typedQ)
	f[fTypeMissing] = boolf(typedQ && c.typ == 0)
	if q.focus != "" && q.typ != typeDefine && q.typ != typeAuthor && !c.focus {
		if typed(q.typ) {
			f[fFocusMissing] = 1
		} else {
			f[fFocusMissingOpen] = 1
		}
	}
	f[fYearConflict] = boolf(yearConflict(q, sc.passageWords(c.p), c.view))
	f[fMoneyMissing] = boolf(q.money && (!reMoney.MatchString(c.view) || !q.change && changesOnly(c.view)) && !freePrice(c.view) && !shareBy(c.view, q.byShare))
	f[fUnitMissing] = boolf(q.unit != "" && !givesUnit(c.view, q) && !givesUnit(c.text, q)) // the view splits "2600mAh" as "2600m Ah"
	f[fRank] = 1 / float64(c.rank+1)
	if top := passages[0].Score; top > 0 {
		f[fScoreRel] = c.p.Score / top
	}
	f[fHeading] = boolf((isHeading(c.text, t.HeadingMaxWords) || c.headline()) && !sc.metaLine(c))
	f[fShort] = boolf(len(c.text) < t.ShortBytes && !(c.meta && sc.asksMeta()))
	f[fPair] = boolf(c.pair)
	f[fPosition] = float64(c.start-c.p.Start) / float64(max(1, len(c.p.Text)))
	f[fUnknown] = sc.unknown
	f[fAgree] = c.agree
	f[fPhrase] = c.phrase
	f[fQuote] = quoted(q.quotes, c.text, c.p.Source)
	f[fCoverPrev] = c.prev
	f[fKindMissing] = boolf(asksName(q.typ) && !c.named)
	f[fKeyMissing] = c.keyMiss
	f[fNovel] = c.novel
	f[fValueNear] = c.near
	f[fRareName] = boolf(asksName(q.typ) && c.rare)
	f[fPersonMissing] = boolf(asksPerson(q.typ) && (!sc.a.personNamed(c.view, q) || q.role != "" && !sc.a.saysRole(c.before+" "+c.text, q, q.role) ||
		q.owner != "" && sc.a.otherOwner(c.view, q)))
	f[fFocusUnnamed] = boolf((asksPerson(q.typ) || q.thingName || q.namedKind) && q.focus != "" && sc.a.focusUnnamed(c.view, q))
	f[fCodeUnasked] = boolf(!q.code && text.LooksLikeCode(c.text))
	f[fNameUnknown] = boolf(q.nameUnknown)
	f[fMeasureMissing] = boolf(!givesMeasure(c.view, q.dimension))
}

// asksName reports whether an answer type asks for a name.
func asksName(t answerType) bool {
	return t == typePerson || t == typeAuthor || t == typePlace || t == typeEntity
}

// pool returns the soft coverage of all the passages together (all, the
// matches of their sentences) and the weight of the weightiest question
// term none of them has (softly), over the weight of the weightiest term.
func (sc *scorer) pool(all []*termMatches) (float64, float64) {
	for _, t := range sc.q.terms {
		if sc.w[t] > 0 {
			return sc.cover(true, all...), sc.keyMissing(all)
		}
	}
	return 0, 0
}

// quoted is 1 when the text says every phrase the question quotes, -1
// when it misses one, and 0 when the question quotes nothing but the
// title of the text's document (src; nil when unknown), which names the
// document rather than words of the answer ("how much RAM did the Palm V
// have, according to the post \"Going mobile in 1998\"").
func quoted(quotes []string, s string, src *citebot.Source) float64 {
	if len(quotes) == 0 {
		return 0
	}
	title := ""
	if src != nil {
		title = text.Fold(src.Title)
	}
	f := text.Fold(s)
	got := 0.0
	for _, q := range quotes {
		switch {
		case strings.Contains(f, q):
			got = 1
		case title == "" || !strings.Contains(title, q):
			return -1
		}
	}
	return got
}

// passageWords returns the words of a passage, once per passage.
func (sc *scorer) passageWords(p *citebot.Passage) *wordSet {
	ws, ok := sc.psets[p]
	if !ok {
		ws = newWordSet(p.Text)
		sc.psets[p] = ws
	}
	return ws
}

// relate sets the features that compare a candidate with the others of
// its question, orders the candidates as the model ranks them, best
// first, and sets each one's confidence.
func (a *Answerer) relate(cands []candidate) {
	var best [numFeatures]float64
	for _, c := range cands {
		for _, f := range []int{fCover, fCoverSoft, fCoverWindow, fCoverPassage} {
			best[f] = max(best[f], c.feat[f])
		}
	}
	unnamed := 0.0
	for _, c := range cands {
		if c.feat[fCoverSoft] == best[fCoverSoft] {
			unnamed = max(unnamed, c.feat[fFocusUnnamed]*c.feat[fCoverSoft])
		}
	}
	for i := range cands {
		f := &cands[i].feat
		f[fCoverBest] = best[fCoverPassage]
		f[fCoverGap] = f[fCover] - best[fCover]
		f[fSoftGap] = f[fCoverSoft] - best[fCoverSoft]
		f[fWindowGap] = f[fCoverWindow] - best[fCoverWindow]
		f[fTypeCover] = f[fType] * f[fCoverSoft]
		f[fRestates] = max(f[fTypeMissing], f[fKindMissing]) * f[fCoverSoft]
		f[fBestUnnamed] = unnamed
	}
	feats := make([][]float64, len(cands))
	for i := range cands {
		feats[i] = cands[i].feat[:]
	}
	order, conf := a.model.Judge(feats)
	sorted := make([]candidate, len(cands))
	for k, i := range order {
		sorted[k] = cands[i]
		sorted[k].prob = conf[i]
	}
	copy(cands, sorted)
}

// typed reports whether an answer type requires a value of its kind.
func typed(t answerType) bool {
	return t == typeDate || t == typeNumber || t == typePerson || t == typeAuthor
}

// unknownShare is the share of the question's weight on terms the corpus
// never has (0 when the corpus cannot say).
func (a *Answerer) unknownShare(q question, w map[string]float64) float64 {
	if a.idf == nil {
		return 0
	}
	var got, total float64
	for _, t := range q.terms {
		if a.speaksOfDocument(q.field, t) {
			continue // "the title of the ulid README"
		}
		total += w[t]
		if a.unknownTerm(q, t) {
			got += w[t]
		}
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// unknownTerm reports whether the corpus lacks term t of q and each of
// its kin (question.kin: "cost" is not unknown where a question for a sum
// asks by it and the corpus says "price"). It needs a.idf.
func (a *Answerer) unknownTerm(q question, t string) bool {
	if a.idf(t) >= 0 {
		return false
	}
	for _, k := range q.kin[t] {
		if a.idf(k) >= 0 {
			return false
		}
	}
	return true
}

// yearConflict reports whether the question names a year that the
// candidate's passage never mentions while the candidate itself speaks of
// another year: "the trade figure for 2010" answered with 2012's.
func yearConflict(q question, passage *wordSet, sentence string) bool {
	var want []string
	for w := range q.words {
		if reYearLike.MatchString(w) {
			want = append(want, w)
		}
	}
	if len(want) == 0 {
		return false
	}
	for _, y := range want {
		if passage.stems[y] || decadeIn(q, y, passage) {
			return false
		}
	}
	for _, t := range q.tokens(sentence) {
		if reYearLike.MatchString(sentence[t.Start:t.End]) {
			return true
		}
	}
	return false
}

// decadeIn reports whether the question names year y as a decade ("in
// the 1850s", whose "s" the tokens leave apart: question.decades) and
// the passage has a year of it ("In 1852, aluminium was sold at US$34 per
// ounce").
func decadeIn(q question, y string, passage *wordSet) bool {
	for _, year := range q.decades[y] {
		if passage.stems[year] {
			return true
		}
	}
	return false
}

// metaLine reports whether c is a line of its document's metadata that a
// metadata question may be answered by, and so no heading: a byline for
// an author question ("By Jane Roe"), a dateline for a date question;
// the headline only for a question asking for the title or the outlet
// ("… | WIRED"), since for another it restates what the question names
// ("who wrote 'Russia – Pakistan: the Way is Open for New Projects'?").
func (sc *scorer) metaLine(c *candidate) bool {
	q := sc.q
	return c.meta && sc.asksMeta() && (q.field == metaTitle || q.field == metaPublisher || !c.headline())
}

// asksMeta reports whether the question asks for a document's metadata:
// its author, outlet, date or title.
func (sc *scorer) asksMeta() bool { return sc.q.typ == typeAuthor || sc.q.field != metaNone }

// headline reports whether c is its document's opening line and reads as
// a headline, of any length, rather than a sentence: "Giant Antarctic
// Icebergs and Crushing Existential Dread | WIRED" restates what a
// question about the page asks and answers nothing.
func (c *candidate) headline() bool {
	return c.p.Line > 0 && c.line == 1 && isHeading(c.text, math.MaxInt)
}

// isHeading reports whether s looks like a heading: no sentence
// punctuation at its end, and fewer than maxWords words or title case
// (titleCased) at any length.
func isHeading(s string, maxWords int) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':', ';', '"', ')', '\'':
		return false
	}
	toks := text.Tokens(s)
	return len(toks) < maxWords || titleCased(s, toks)
}

// titleCased reports whether every word of s but the stop words starts
// with a capital or a digit, as a headline or a figure's caption does
// ("95th Percentile Search API Latencies Before and After Blender Launch"),
// and s has a lower-case stop word too, which a run of names lacks.
func titleCased(s string, toks []text.Token) bool {
	stop := false
	for _, t := range toks {
		w := s[t.Start:t.End]
		if text.IsStop(t.Norm) {
			stop = stop || !text.Capitalised(w)
			continue
		}
		ordinal := t.Start > 0 && text.IsDigit(s[t.Start-1]) // "th" of "95th"
		if !text.Capitalised(w) && !text.IsDigit(w[0]) && !ordinal {
			return false
		}
	}
	return stop
}
