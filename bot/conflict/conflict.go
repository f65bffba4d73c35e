// Package conflict finds where the passages that answer a question give
// different values for the fact it asks about: two documents that state a
// rank, a date, a span of years, a figure, a placing in a contest ("fourth",
// "fifth"), a person's post or where a thing is differently, or spell a
// name two ways when the question asks for the name. It looks only at the
// structure of the passages: the sentences that carry most of the
// question's words (its statements), one per document, and the value of
// the asked kind each gives. Values that agree at different precision
// ("2014" and "November 2014", "Ashfaq Kayani" and "Ashfaq Parvez
// Kayani", "director" and "museum director") do not conflict. Names are
// matched across spellings ("Sharif", "Shareef") and words that scraping
// glued together ("GeneralRaheel") are split. A date question that ends
// in its event word ("When was X founded?") reads the dates said next to
// that word, not the subject's other dates.
//
// It is conservative by design: a statement whose value is ambiguous is
// left out, numbers in different units are not compared, and a spread of
// more values than Tuning.MaxValues is taken for a series, not a dispute.
// It reads no files and calls no server.
package conflict

import (
	"sort"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// Tuning holds Find's thresholds; DefaultTuning returns the values chosen
// by the sweep in fit_test.go over the labelled question sets.
type Tuning struct {
	// MinCover is the least share of the question's word weight the best
	// statement must carry to state the asked fact.
	MinCover float64
	// RelCover is the least coverage another statement needs, as a share
	// of the best statement's.
	RelCover float64
	// AlignedCover replaces RelCover for a statement whose value is
	// aligned with the best statement's: a rank of the same person, a
	// figure of the same year and unit.
	AlignedCover float64
	// PassageShare is how much of what the rest of its passage says of the
	// question counts for a sentence ("he" for the name said before).
	PassageShare float64
	// MaxValues is the most distinct values a conflict may have.
	MaxValues int
	// MaxYearGap is how far apart two years may be to be reports of one
	// date; MaxRatio how far apart two numbers (the larger over the
	// smaller) to be reports of one figure.
	MaxYearGap int
	MaxRatio   float64
	// LocalMargin is how much more of the question (a share of its word
	// weight) one value's part of a sentence must say than any other
	// value's for the sentence to give that value ("In June 2015, X ...
	// in April 2018, Y ...": X's date when the question names X).
	LocalMargin float64
}

// DefaultTuning returns the fitted thresholds.
func DefaultTuning() Tuning {
	return Tuning{MinCover: 0.4, RelCover: 0.9, AlignedCover: 0.3, PassageShare: 0.4, MaxValues: 2, MaxYearGap: 5, MaxRatio: 1.5, LocalMargin: 0.2}
}

// Options configure a Finder. The zero value is useful.
type Options struct {
	// IDF weighs a question word's stem by its rarity in the corpus and is
	// negative for a stem the corpus never has (such words are passed
	// over); nil weighs every word alike. It must be safe for concurrent use.
	IDF func(stem string) float64
	// Tuning sets the thresholds; nil means DefaultTuning().
	Tuning *Tuning
}

// Finder finds disagreeing sources. It is safe for concurrent use.
type Finder struct {
	idf func(string) float64
	tun Tuning
}

// New returns a Finder.
func New(opts Options) *Finder {
	f := &Finder{idf: opts.IDF, tun: DefaultTuning()}
	if opts.Tuning != nil {
		f.tun = *opts.Tuning
	}
	return f
}

// Statement is a sentence of a passage that gives a value.
type Statement struct {
	// Passage is the index of the passage in the slice given to Find.
	Passage int
	// Sentence and Value are byte spans of the passage's Text: the
	// sentence, and the value inside it.
	Sentence, Value text.Span
}

// Value is one of the values the sources give for the asked fact.
type Value struct {
	// Text is the value as its first statement writes it; a name, as the
	// statement that writes it most fully.
	Text string
	// Statements give the value, best first, each from its own document.
	Statements []Statement
}

// Find returns the values that the passages' statements give for what
// question asks, best-covered first, when they disagree; nil when they
// agree, when fewer than two documents state the fact, or when the
// question asks for a kind of value Find does not compare. It parses
// question; a caller that has parsed it (asked.Parse) uses Read.
func (f *Finder) Find(question string, passages []citebot.Passage) []Value {
	return f.Read(asked.Parse(question)).Find(passages)
}

// Lookup returns, for a question that asks for a name, the name that the
// passages' best statement gives as it is written there ("Ashfaq Parvez
// Kayani"), for a search that finds the documents that spell it otherwise
// (a question that spells it one way does not find them); "" for other
// questions or when no statement gives one name.
func (f *Finder) Lookup(question string, passages []citebot.Passage) string {
	return f.Read(asked.Parse(question)).Lookup(passages)
}

// Reading is what a Finder reads of passages for one question. Lookup and
// Find on one Reading read each passage once: a name question's Find over
// the passages that Lookup read and those its search found reuses what
// Lookup read. A Reading is used by one goroutine.
type Reading struct {
	f    *Finder
	q    question
	w    []float64 // the question's word weights, once needed
	read map[passageKey]*passageRead
}

// passageKey tells passages apart.
type passageKey struct {
	id, doc, text string
	start         int
}

// passageRead is what a Reading found in a passage: its words, its
// coverage of the question, whether it gives a value (0 not known yet,
// 1 yes, -1 no) and, once split, its sentences' statements.
type passageRead struct {
	toks   []text.Token
	cover  float64
	valued int8
	sents  []sentenceRead
}

// sentenceRead is a sentence of a passage and, once read, its statement
// (vals nil when it gives no value).
type sentenceRead struct {
	span text.Span
	done bool
	st   stmt
}

// Read returns a Reading of passages for parsed question q.
func (f *Finder) Read(q *asked.Question) *Reading {
	return &Reading{f: f, q: read(q), read: map[passageKey]*passageRead{}}
}

// Find is Finder.Find of the Reading's question.
func (r *Reading) Find(passages []citebot.Passage) []Value {
	if r.q.kind == asked.KindNone || len(r.q.terms) == 0 {
		return nil
	}
	t := r.f.tun
	floor := t.MinCover * min(t.RelCover, t.AlignedCover)
	return resolve(r.q, t, r.gather(passages, floor, 2), passages)
}

// Lookup is Finder.Lookup of the Reading's question.
func (r *Reading) Lookup(passages []citebot.Passage) string {
	if r.q.kind != asked.KindName || len(r.q.terms) == 0 {
		return ""
	}
	best, name := 0.0, ""
	for _, s := range r.gather(passages, 0, 1) {
		c := s.scover + r.f.tun.PassageShare*max(0, s.pcover-s.scover)
		if len(s.vals) == 1 && c > best {
			p := passages[s.passage].Text[s.sentence.Start:]
			best, name = c, p[s.vals[0].start:s.vals[0].end]
		}
	}
	return name
}

// stmt is a candidate statement.
type stmt struct {
	passage  int
	doc      string
	sentence text.Span
	scover   float64 // coverage of the question by the sentence
	pcover   float64 // ... by its whole passage
	cover    float64 // the two weighed by Tuning.PassageShare
	vals     []value // values of the asked kind the question does not state
	val      value   // the one chosen
}

// gather returns the sentences of the passages that give a value of the
// asked kind, with their coverage of the question. A sentence repeated by
// overlapping chunks counts once. Passages that give no value, or cover
// less of the question than floor (no statement of theirs could count),
// are not read sentence by sentence: that is the costly step. It returns
// nil when fewer than least documents give a value.
func (r *Reading) gather(passages []citebot.Passage, floor float64, least int) []stmt {
	if r.w == nil {
		r.w = r.f.weights(r.q)
	}
	reads := make([]*passageRead, len(passages))
	docs := map[string]bool{}
	for i := range passages {
		if pr := r.passage(&passages[i]); pr.cover >= floor && r.valued(&passages[i], pr) {
			reads[i] = pr
			docs[passages[i].Doc] = true
		}
	}
	if len(docs) < least {
		return nil // one document cannot disagree with another
	}
	type key struct {
		doc   string
		start int
	}
	seen := map[key]bool{}
	var out []stmt
	for i, pr := range reads {
		if pr == nil {
			continue
		}
		p := &passages[i]
		if pr.sents == nil {
			for _, sp := range text.SentencesOf(p) {
				pr.sents = append(pr.sents, sentenceRead{span: sp})
			}
		}
		for j := range pr.sents {
			k := key{p.Doc, p.Start + pr.sents[j].span.Start}
			if seen[k] {
				continue
			}
			seen[k] = true
			if s := r.statement(p, &pr.sents[j]); len(s.vals) > 0 {
				s.passage, s.pcover = i, pr.cover
				out = append(out, s)
			}
		}
	}
	return out
}

// passage returns what the Reading found in p, reading it the first time.
func (r *Reading) passage(p *citebot.Passage) *passageRead {
	k := passageKey{id: p.ID, doc: p.Doc, text: p.Text, start: p.Start}
	pr, ok := r.read[k]
	if !ok {
		toks := words(p.Text)
		pr = &passageRead{toks: toks, cover: coverageOf(r.q, r.w, p.Text, toks)}
		r.read[k] = pr
	}
	return pr
}

// valued reports whether passage p (read as pr) gives a value of the
// asked kind.
func (r *Reading) valued(p *citebot.Passage, pr *passageRead) bool {
	if pr.valued == 0 {
		pr.valued = -1
		if len(valuesOf(r.q, p.Text, pr.toks)) > 0 {
			pr.valued = 1
		}
	}
	return pr.valued > 0
}

// statement returns the statement of sentence sr of passage p, reading it
// the first time.
func (r *Reading) statement(p *citebot.Passage, sr *sentenceRead) stmt {
	if !sr.done {
		sr.done = true
		s := p.Text[sr.span.Start:sr.span.End]
		toks := words(s) // once: the values, their parts and the coverage read them
		if vals := valuesOf(r.q, s, toks); len(vals) > 0 {
			locals(r.q, r.w, s, toks, vals)
			sr.st = stmt{doc: p.Doc, sentence: sr.span, scover: coverageOf(r.q, r.w, s, toks), vals: vals}
		}
	}
	return sr.st
}

// resolve finds the disagreeing values among the gathered statements: the
// best-covered statement is the anchor, and another document's best
// statement that measures the same thing counts when it covers enough of
// the question beside it (less when its value is aligned with the
// anchor's: the same person's rank, a figure of the same year).
func resolve(q question, t Tuning, all []stmt, passages []citebot.Passage) []Value {
	sts := onEvent(all)
	best := 0.0
	for i := range sts {
		s := &sts[i]
		s.cover = s.scover + t.PassageShare*max(0, s.pcover-s.scover)
		best = max(best, s.cover)
	}
	if best < t.MinCover || best == 0 {
		return nil
	}
	sort.SliceStable(sts, func(i, j int) bool { return sts[i].cover > sts[j].cover })
	sts = choose(q, t, sts)
	if len(sts) < 2 || sts[0].cover < best {
		return nil // the best statement's value is ambiguous
	}
	kept := sts[:1]
	for _, s := range sts[1:] {
		if s.cover >= t.RelCover*best || aligned(q.kind, sts[0].val, s.val) && s.cover >= t.AlignedCover*best {
			kept = append(kept, s)
		}
	}
	groups := cluster(q.kind, t, perDocument(q.kind, kept))
	if len(groups) < 2 || len(groups) > t.MaxValues {
		return nil
	}
	out := make([]Value, len(groups))
	for i, g := range groups {
		s0 := g[0]
		for _, s := range g {
			if len(s.val.name) > len(s0.val.name) {
				s0 = s // a name as written most fully
			}
		}
		p := passages[s0.passage].Text
		out[i].Text = p[s0.sentence.Start+s0.val.start : s0.sentence.Start+s0.val.end]
		for _, s := range g {
			out[i].Statements = append(out[i].Statements, Statement{Passage: s.passage, Sentence: s.sentence,
				Value: text.Span{Start: s.sentence.Start + s.val.start, End: s.sentence.Start + s.val.end}})
		}
	}
	return out
}

// perDocument keeps the best statement of each document; for a name, the
// best of each spelling a document gives (a document may spell a name
// two ways, and each way is a source's).
func perDocument(k asked.Kind, sts []stmt) []stmt {
	seen := map[string]bool{}
	var out []stmt
	for _, s := range sts {
		key := s.doc
		if k == asked.KindName {
			for _, t := range s.val.name {
				key += " " + t.Norm
			}
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, s)
		}
	}
	return out
}

// weights returns the weight of each question word: its IDF when known.
// A word the corpus never has weighs as much as the rarest known word: a
// sentence that says the question's one known word ("a White House press
// briefing" for "When was the printing press invented?") states nothing
// it asks, and an acronym ("paf") is found in the initials of capitalised
// words ("Pakistan Air Force").
func (f *Finder) weights(q question) []float64 {
	w := make([]float64, len(q.terms))
	top := 1.0
	if f.idf != nil {
		top = 0
		for i, t := range q.terms {
			w[i] = max(f.idf(t.Stem), 0)
			top = max(top, w[i])
		}
	}
	for i := range q.terms {
		switch {
		case f.idf == nil:
			w[i] = 1
		case w[i] == 0:
			w[i] = top
		}
	}
	return w
}
