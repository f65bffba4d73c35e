// Package bot answers questions: Ask retrieves passages, answers from them
// with an LLM (a citebot.Completer) or the offline extractive answerer
// (package extract), checks the LLM's citations (package cite), and falls
// back to the extractive answer when the LLM fails. Follow-up questions
// are rewritten to stand on their own first.
package bot

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/bot/conflict"
	"github.com/citebot/citebot/bot/extract"
	"github.com/citebot/citebot/text"
	"github.com/citebot/citebot/text/synonyms"
)

// Options configure a Bot. The zero value is useful: five passages, the
// extractive answerer, and slog.Default.
type Options struct {
	// K is how many passages an answer shows; zero means citebot.DefaultK.
	K int
	// Pool is how many passages are retrieved for an answer, at least K:
	// the extractive answerer reads them all and shows K. Zero means
	// DefaultPool.
	Pool int
	// Completer writes answers when not nil; nil means extractive answers.
	Completer citebot.Completer
	// LLMTimeout bounds a whole LLM answer, retries included; past it the
	// extractive answer is used. Zero means citebot.DefaultLLMTimeout.
	LLMTimeout time.Duration
	// Logger receives causes of errors; nil means slog.Default().
	Logger *slog.Logger
	// Synonyms is the synonym table of the extractive answerer; nil means
	// the embedded table, loaded by New.
	Synonyms *synonyms.Table
	// Tuning holds the extractive answerer's weights and thresholds; nil
	// means extract.DefaultTuning().
	Tuning *extract.Tuning
	// Sentences embeds texts for the extractive answerer's second look
	// (extract.Options.Sentences); nil means the answerer loads its own
	// sentence encoder when it first needs it.
	Sentences extract.EmbedFunc
}

// Bot answers questions from a Retriever. It is safe for concurrent use.
type Bot struct {
	ret  citebot.Retriever
	ext  *extract.Answerer
	conf *conflict.Finder
	opts Options
	keys docKeyCache // the words that name the corpus's documents (named.go)
}

// New returns a Bot that retrieves passages from r. When r is a
// TermWeigher, the extractive answerer weighs words by their rarity in its
// corpus. New panics where extract.New does.
func New(r citebot.Retriever, opts Options) *Bot {
	if opts.K <= 0 {
		opts.K = citebot.DefaultK
	}
	if opts.LLMTimeout <= 0 {
		opts.LLMTimeout = citebot.DefaultLLMTimeout
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	eo := extract.Options{Synonyms: opts.Synonyms, Tuning: opts.Tuning, Logger: opts.Logger, Sentences: opts.Sentences}
	if tw, ok := r.(TermWeigher); ok {
		eo.IDF = tw.TermWeight
	}
	if df, ok := r.(DocFreqer); ok {
		eo.DocFreq = df.DocFreq
	}
	return &Bot{ret: r, ext: extract.New(eo), conf: conflict.New(conflict.Options{IDF: eo.IDF}), opts: opts}
}

// Ask answers q. It returns ErrEmptyQuestion for a blank question and an
// error when retrieval fails; LLM failures fall back to the extractive
// answer with a note instead of failing.
func (b *Bot) Ask(ctx context.Context, q citebot.Question) (*citebot.Answer, error) {
	t0 := time.Now()
	question, notes, err := prepare(q.Text)
	if err != nil {
		return nil, err
	}
	s, short, readAs := b.shortcut(ctx, asked.ReadMessage(question), q)
	if short != nil {
		return direct(short, question, readAs, notes, t0), nil
	}
	ans := &citebot.Answer{Question: question, Notes: notes, TimingsMS: map[string]float64{}}
	if s.query != question {
		ans.Notes = append(ans.Notes, fmt.Sprintf("searched for: %s", s.query))
	}
	llm := b.opts.Completer != nil && !q.NoLLM
	passages, err := b.passages(ctx, ans, &s, llm)
	if err != nil {
		return nil, err
	}
	ans.TimingsMS["retrieve"] = ms(time.Since(t0))
	t1 := time.Now()
	if llm {
		b.answerLLM(ctx, ans, s, q, passages)
	} else {
		b.answerExtractive(ctx, ans, s, passages)
	}
	ans.TimingsMS["answer"] = ms(time.Since(t1))
	finish(ans, t0)
	return ans, nil
}

// passages returns the passages an answer to s reads: with an LLM (llm), the
// opening of the document s asks to summarize (openingPassages), with a note
// on ans saying so; otherwise what search finds for s.query, once a question
// for what a short form stands for is asked as one for what it is, and one
// for how many people live somewhere as one for its population (readAs:
// "what does FAST stand for" → "what is FAST?", which becomes s.query,
// with a note "read as: …"), or, when a word of it abbreviates a
// name those passages spell out (spellOut), what search finds for s.query
// with the name spelt out, which becomes s.query, with a note "read as: …";
// the passages of the documents a question names by their file's name or
// their author alone (namedOnly: "does gpl3 let me sublicense"), with a note
// saying so; and the opening of a document a question for an author or a
// date names by its ID (withNamed). An overview asked of one document
// (s.within) reads its passages alone, when search finds any.
func (b *Bot) passages(ctx context.Context, ans *citebot.Answer, s *sought, llm bool) ([]citebot.Passage, error) {
	if llm {
		if ps := b.openingPassages(s.summary); len(ps) > 0 {
			ans.Notes = append(ans.Notes, "a summary of the document's opening passages")
			return ps, nil
		}
	}
	k := b.pool()
	if s.byDocument || s.within != nil {
		k = max(k, byDocumentPool)
	}
	if d := b.readAs(s.query); d != "" {
		s.query = d
		ans.Notes = append(ans.Notes, "read as: "+d)
	}
	ps, err := b.ret.Search(ctx, s.query, k)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if spelt, more := b.spellOut(ctx, s.query, ps, k); spelt != "" {
		s.query, ps = spelt, more
		ans.Notes = append(ans.Notes, "read as: "+spelt)
	}
	if s.within != nil {
		if in := within(ps, s.within.Path, b.pool()); len(in) > 0 {
			ps = in
			ans.Notes = append(ans.Notes, fmt.Sprintf("searched in “%s” only", cmp.Or(s.within.Title, s.within.Path)))
		}
	} else if !s.byDocument {
		sc := b.scope(s.query)
		var ok bool
		if ps, ok = b.namedOnly(ctx, sc, ps, k); ok {
			ans.Notes = append(ans.Notes, "searched in "+strings.Join(sc.names, ", ")+" only")
		}
	}
	s.parsed = b.parse(s.query)
	return b.withNamed(s.parsed, ps), nil
}

// sought is what Ask looks for, read once from a message (shortcut).
type sought struct {
	// query is what is searched: the message without the chatter of a
	// chat ("hey bot, ... thanks!"), or a follow-up rewritten to stand
	// alone.
	query string
	// summary is the document the message asks to have summarized, named
	// by its title (asked.Message.Summary, summarized); nil when none.
	summary *citebot.Source
	// overview says query is the topic of a request for a summary that
	// names no document ("give me an overview of the pipeline deal" →
	// "the pipeline deal"): an extractive answer gives an overview
	// (extract.Request.Overview).
	overview bool
	// points is how many sentences an overview gives (asked.Message.Points);
	// zero means the default.
	points int
	// within is the document a topic overview is asked of ("what does the
	// malik article say about defence?"); nil for all of them.
	within *citebot.Source
	// parsed is query as the answerer reads it (parse), set by passages
	// once query is final; nil before, and for an LLM's summary.
	parsed *asked.Question
	// byDocument says query is what the message asks which documents
	// speak of ("which articles mention the SCO?" → "the SCO"): an
	// extractive answer lists them (extract.Request.ByDocument).
	byDocument bool
}

// shortcut answers message msg without searching when it asks nothing of
// the documents (aboutBot), asks for more of the last answer
// (continuation) or where it comes from (whence), asks for a summary of
// a document it points at without naming it (whichDocument), or, with no LLM to answer, asks for a summary
// of a document it names by its title (leadSummary), with the rewritten
// follow-up it was read as ("" when not rewritten); otherwise it returns
// what to look for. With an LLM, a summary is answered from the passages
// that passages picks.
func (b *Bot) shortcut(ctx context.Context, msg asked.Message, q citebot.Question) (s sought, ans *citebot.Answer, readAs string) {
	if ans := b.aboutBot(msg); ans != nil {
		return s, ans, ""
	}
	if ans := b.continuation(msg, q.History); ans != nil {
		return s, ans, ""
	}
	if ans := b.whence(msg, q.History); ans != nil {
		return s, ans, ""
	}
	s.query = b.standalone(ctx, msg.Plain, q.History)
	rewritten := s.query != msg.Plain
	read := msg
	if rewritten {
		read = asked.ReadMessage(s.query) // a rewritten follow-up
	}
	if title, ok := read.Summary(); ok {
		one, all := docMention(title)
		switch s.summary = b.summarized(title); {
		case s.summary != nil:
		case one || all: // "summarize it", "the 9th article" of five, "describe the documents"
			if ans := b.whichDocument(msg.Text, all); ans != nil {
				return s, ans, ""
			}
		default:
			s.query, s.overview, s.points = topicOf(title), true, read.Points() // a topic, not a document
			where, _ := read.SummaryIn()
			s.within = b.namedIn(where)
		}
	} else if topic, ok := read.DocumentsAbout(); ok {
		s.query, s.byDocument = topic, true
	} else if where, topic := read.SummaryIn(); topic != "" {
		if src := b.namedIn(where); src != nil { // "what does npr say about X"
			s.query, s.overview, s.within = topic, true, src
		}
	}
	if b.opts.Completer == nil || q.NoLLM {
		if ans := b.leadSummary(s.summary); ans != nil {
			if rewritten {
				readAs = s.query
			}
			return s, ans, readAs
		}
	}
	return s, nil, ""
}

// direct finishes an answer given without searching (aboutBot,
// continuation, leadSummary) to question: the notes of preparing the
// question come first, then "read as: …" when a follow-up was rewritten
// into readAs ("" when it was not).
func direct(ans *citebot.Answer, question, readAs string, notes []string, t0 time.Time) *citebot.Answer {
	ans.Question = question
	if readAs != "" {
		notes = append(notes, "read as: "+readAs)
	}
	ans.Notes = append(notes, ans.Notes...)
	finish(ans, t0)
	return ans
}

// finish sets the answer's total time since t0 and its empty lists to
// [] (never nil).
func finish(ans *citebot.Answer, t0 time.Time) {
	if ans.TimingsMS == nil {
		ans.TimingsMS = map[string]float64{}
	}
	ans.TimingsMS["total"] = ms(time.Since(t0))
	if ans.Citations == nil {
		ans.Citations = []citebot.Citation{}
	}
	if ans.Passages == nil {
		ans.Passages = []citebot.Passage{}
	}
	if ans.Notes == nil {
		ans.Notes = []string{}
	}
	if ans.Conflicts == nil {
		ans.Conflicts = []citebot.Conflict{}
	}
}

// DefaultPool is how many passages an answer reads when Options.Pool is
// zero. Measured with go run ./eval/cmd/fit -pool N over the fitted sets,
// cross-validated correct (with the second look) and leave-one-set-out:
// 6 passages .653 and .655, 8 .653 and .650, 10 .651 and .656, 14 .621
// and .617. Past 10 the passages that search adds mislead more answers
// than they save, below 8 the gain is within noise.
const DefaultPool = 8

// pool is how many passages are retrieved: more than are shown, so the
// answerer has candidates to choose from.
func (b *Bot) pool() int {
	if b.opts.Pool <= 0 {
		return max(b.opts.K, DefaultPool)
	}
	return max(b.opts.K, b.opts.Pool)
}

// prepare cleans a question and reports what it changed.
func prepare(q string) (string, []string, error) {
	var notes []string
	q, changed := text.Clean(q)
	if changed {
		notes = append(notes, "control characters or invalid UTF-8 were removed from the question")
	}
	if q == "" {
		return "", nil, citebot.ErrEmptyQuestion
	}
	if len(q) > citebot.MaxQuestionBytes {
		cut := citebot.MaxQuestionBytes
		for cut > 0 && !utf8.RuneStart(q[cut]) {
			cut--
		}
		q = q[:cut]
		notes = append(notes, fmt.Sprintf("the question was cut to its first %d bytes", cut))
	}
	return q, notes, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// lead returns the k passages an extractive answer shows, ranked from 1:
// first those its citations quote, in the order of the citations, then
// the rest of pool in search order. more are passages the answerer read
// besides pool (the search for a metadata line), shown only when quoted.
// A user who opens the answer's first source finds it first, even when
// search ranked it lower, or below the k shown.
func lead(cs []citebot.Citation, pool, more []citebot.Passage, k int) []citebot.Passage {
	type place struct {
		doc        string
		start, end int
	}
	out := make([]citebot.Passage, 0, k)
	shown := map[place]bool{}
	add := func(p citebot.Passage) {
		if at := (place{p.Doc, p.Start, p.End}); len(out) < k && !shown[at] {
			shown[at] = true
			out = append(out, p)
		}
	}
	read := slices.Concat(pool, more)
	for _, c := range cs {
		for _, p := range read {
			if p.Doc == c.Doc && p.Start <= c.Start && c.End <= p.End {
				add(p)
				break
			}
		}
	}
	for _, p := range pool {
		add(p)
	}
	return rank(out, k)
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
