// Package extract is citebot's offline extractive answerer: it answers a
// question with the sentence (or two) of the retrieved passages that a
// fitted model (Model, over features such as how much of the question a
// sentence carries, by word, synonym or near spelling, whether it holds an
// answer of the asked kind, and how sure retrieval is of its passage)
// finds most likely to answer, cited as exact document bytes, and refuses
// when the model's confidence is below its threshold.
//
// It reads no files and calls no server: the Retriever's search stays with
// the caller, who asks Lookup whether one more search is wanted.
package extract

import (
	"context"
	"log/slog"
	"sync"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text/synonyms"
	"github.com/citebot/citebot/text/uselite"
)

// Options configure an Answerer. The zero value is useful.
type Options struct {
	// Synonyms relates the words of a question to those of a passage; nil
	// means the embedded WordNet table, loaded by New (about 10 ms).
	Synonyms *synonyms.Table
	// Tuning holds the weights that define the features; nil means
	// DefaultTuning().
	Tuning *Tuning
	// Model is the confidence model that ranks candidates and decides
	// refusals; nil means the embedded fitted model (DefaultModel).
	Model *Model
	// IDF weighs a stem by its rarity in the corpus and returns a negative
	// number for a stem the corpus never has (retrieval.Index.TermWeight);
	// nil means terms are weighed by their rarity among the passages.
	// It must be safe for concurrent use.
	IDF func(stem string) float64
	// DocFreq returns how many chunks of the corpus contain a stem, and
	// how many chunks the corpus has (retrieval.Index.DocFreq). A word IDF
	// finds common counts as common only in at least
	// Tuning.CommonMinChunks of them: in a corpus of one or two chunks
	// every word is in most of them, names too. A word the corpus lacks
	// weighs no more than one it has in a single chunk: in a corpus of a
	// few chunks most English words are missing, and missing says little.
	// Nil means IDF alone decides. It must be safe for concurrent use.
	DocFreq func(stem string) (df, chunks int)
	// Logger receives the best candidates at debug level; nil means
	// slog.Default().
	Logger *slog.Logger
	// Sentences embeds texts for the second look at questions the words
	// leave unsure (Meaning); nil means the embedded Universal Sentence
	// Encoder Lite (package uselite), loaded on the first such question
	// (about 90 ms, 28 MB).
	Sentences EmbedFunc
}

// Answerer answers questions from passages. It is safe for concurrent use.
type Answerer struct {
	syn   *synonyms.Table
	lex   lexicon
	tun   Tuning
	model Model
	idf   func(stem string) float64
	df    func(stem string) (int, int)
	log   *slog.Logger
	vec   *vectors
}

// New returns an Answerer. It panics if its embedded word lists, the
// embedded synonym table when Options.Synonyms is nil, or the confidence
// model are corrupt or do not fit the answerer's features, which the
// tests rule out.
func New(opts Options) *Answerer {
	lex, err := loadLexicon()
	if err != nil {
		panic("extract: " + err.Error())
	}
	a := &Answerer{syn: opts.Synonyms, lex: lex, tun: DefaultTuning(), idf: opts.IDF, df: opts.DocFreq, log: opts.Logger}
	if a.syn == nil {
		t, err := synonyms.Load()
		if err != nil {
			panic("extract: embedded synonym table: " + err.Error())
		}
		a.syn = t
	}
	if opts.Tuning != nil {
		a.tun = *opts.Tuning
	}
	if opts.Model != nil {
		if err := opts.Model.check(); err != nil {
			panic("extract: " + err.Error())
		}
		a.model = *opts.Model
	} else if a.model, err = DefaultModel(); err != nil {
		panic("extract: embedded " + err.Error())
	}
	if a.log == nil {
		a.log = slog.Default()
	}
	a.vec = &vectors{embed: opts.Sentences}
	if a.vec.embed == nil {
		load := sync.OnceValues(uselite.Load)
		a.vec.embed = func(ctx context.Context, texts []string) ([][]float32, error) {
			m, err := load()
			if err != nil {
				return nil, err
			}
			return m.EmbedAll(ctx, texts)
		}
	}
	return a
}

// Request is a question to answer and the passages to answer it from.
type Request struct {
	// Question is the question, parsed (a follow-up already rewritten to
	// stand alone).
	Question *asked.Question
	// Passages are the retrieved passages, best first; an answer cites
	// them, and earlier ones win near ties.
	Passages []citebot.Passage
	// More are passages found by searching for what Lookup returned. They
	// are used only to cite the line that states a document's metadata.
	More []citebot.Passage
	// Overview says the question asks for an account of a topic rather
	// than a fact ("summarize the pipeline deal", "give me an overview of
	// the talks"): the answer then gives up to OverviewSentences
	// sentences, each from another passage. False: one sentence, or two
	// when the runner-up is nearly as good.
	Overview bool
	// Sentences is how many sentences an overview gives at most; zero
	// means OverviewSentences.
	Sentences int
	// ByDocument says the question asks which documents speak of its
	// topic ("which articles mention the pipeline?"): the answer gives
	// the best sentence of each document that has one at or above the
	// refusal threshold, up to MaxDocuments, best first. It overrides
	// Overview.
	ByDocument bool
}

// OverviewSentences is how many sentences an overview (Request.Overview)
// gives at most: as many as a summary by a document's opening.
const OverviewSentences = 3

// MaxDocuments is how many documents an answer by document
// (Request.ByDocument) cites at most.
const MaxDocuments = 10

// Result is an extractive answer.
type Result struct {
	// Answered is false when the passages do not answer the question.
	Answered bool
	// Text is the answer, each sentence followed by its marker ([1], [2]),
	// or, when not answered, a sentence saying so.
	Text string
	// Citations cite the answer's sentences, exact document bytes, in the
	// order of their markers.
	Citations []citebot.Citation
	// Why says, when not answered, why not: "no passage carries enough of
	// the question (best 31% of its weight) (confidence 0.12, below 0.30)".
	Why string
	// Confidence is the model's probability, from 0 to 1, that the answer
	// (when not answered: the best candidate) is correct; 0 when there was
	// nothing to answer from.
	Confidence float64
}

// Lookup returns what to search the corpus for before answering query from
// passages, or "" when nothing: when the question asks for the author,
// publisher, date or title of a document it names, the value to search
// for (the author's name, say), so that the answer can cite the line that
// states it first (its byline) even when no passage holds that line. Pass
// what the search finds to Answer as Request.More.
func (a *Answerer) Lookup(p *asked.Question, passages []citebot.Passage) string {
	field := metaFieldOf(p.Folded, p.Type)
	if field == metaNone {
		return "" // most questions: not read for nothing
	}
	_, v, ok := a.metaSource(a.read(p), field, passages)
	if !ok {
		return ""
	}
	return v
}
