// Package citebot is the domain of citebot, a question-answering assistant
// over a folder of documents whose every answer carries citations that
// resolve to exact byte spans of the source files.
//
// It defines the types every other package speaks (Source, Passage,
// Citation, Answer), the small interfaces consumers need (Retriever,
// Library, Completer), the sentinel errors, and the one set of Defaults.
// Packages below it implement or consume these: bot answers, retrieval
// searches, ingest reads documents, openai and discord are adapters, and
// cmd/citebot wires them by hand.
package citebot

import (
	"context"
	"errors"
	"time"
)

// Defaults used wherever a setting is left at zero. They live here, once,
// so that the CLI, the bot and the prompts agree.
const (
	// DefaultK is how many passages an answer shows.
	DefaultK = 5
	// DefaultLLMTimeout bounds a whole LLM answer, retries included.
	DefaultLLMTimeout = 60 * time.Second
	// DefaultLLMContext is the model's context window in tokens.
	DefaultLLMContext = 8192
)

// LowConfidence is the Answer.Confidence below which the CLI and Discord
// mark an answer "low confidence": at 0.5 the answer is as likely wrong as
// right. (Extractive answers below the fitted model's threshold, lower
// still, are refused.)
const LowConfidence = 0.5

// Answer modes.
const (
	ModeExtractive = "extractive"
	ModeLLM        = "llm"
)

// Sentinel errors for expected cases.
var (
	// ErrEmptyQuestion is returned when a question is empty or blank.
	ErrEmptyQuestion = errors.New("empty question")
	// ErrNotFound is returned by a Library when a chunk ID or document is unknown.
	ErrNotFound = errors.New("not found")
	// ErrBadRef is returned by a Library for a reference it cannot parse
	// or that points outside the corpus.
	ErrBadRef = errors.New("bad reference")
)

// MaxQuestionBytes is the longest question that is used as it is; a longer
// one is cut (on a rune boundary) and a note says so.
const MaxQuestionBytes = 2000

// Question is what an answerer is asked (bot.Bot.Ask).
type Question struct {
	Text string
	// History is the conversation so far, oldest first; follow-up questions
	// are rewritten into standalone queries with it.
	History []Turn
	// NoLLM forces the extractive answerer.
	NoLLM bool
	// OnDelta, when not nil and an LLM answers, receives the answer text as
	// it streams in (before verification).
	OnDelta func(string)
}

// Errors a Completer wraps so that the note of a fallback answer can say
// why the LLM did not answer. A Completer may return other errors too; a
// context error means the answer ran out of time.
var (
	// ErrRateLimited: the server kept answering 429 until retries or time ran out.
	ErrRateLimited = errors.New("llm rate limited")
	// ErrUnavailable: the server could not be reached or kept failing (5xx).
	// A Retriever or Library over a server (retrieval/weaviate) wraps it
	// too when the index cannot be reached.
	ErrUnavailable = errors.New("llm unavailable")
	// ErrRejected: the server refused the request (401, 403, 404, 400...).
	ErrRejected = errors.New("llm rejected the request")
	// ErrBadResponse: the server's response could not be understood.
	ErrBadResponse = errors.New("llm response malformed")
	// ErrStreamCut: a streamed answer ended before it was complete.
	ErrStreamCut = errors.New("llm stream cut")
	// ErrReplyTooLong: the reply passed the Completer's size cap and was
	// cut there; the text up to the cap is returned with it.
	ErrReplyTooLong = errors.New("llm reply too long")
)

// Source describes one document of the corpus.
type Source struct {
	ID        string `json:"id"`   // short, human-typeable document ID, e.g. "dawn"
	Path      string `json:"path"` // path relative to the corpus root, slash-separated
	Title     string `json:"title,omitempty"`
	Author    string `json:"author,omitempty"`
	Date      string `json:"date,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Chunks    int    `json:"chunks"`
	Bytes     int    `json:"bytes"`
}

// Passage is a retrieved span of a document. Text is exactly the document's
// bytes[Start:End] (for HTML and PDF, of the extracted text).
type Passage struct {
	Rank  int     `json:"rank"`
	ID    string  `json:"id"`  // chunk ID, e.g. "dawn#12"
	Doc   string  `json:"doc"` // path relative to the corpus root
	Start int     `json:"start"`
	End   int     `json:"end"`
	Score float64 `json:"score"`
	Text  string  `json:"text"`
	// Line is the 1-based line of Start; zero when unknown.
	Line int `json:"line,omitempty"`
	// Source is the passage's document metadata; nil when unknown.
	Source *Source `json:"-"`
	// Sentences are the sentences of Text (text.Sentences), split once by
	// whoever first needs them, for the later readers of the passage
	// (text.SentencesOf); nil when not split yet. The slice may be shared
	// with other passages of the same text (an index hands out the split
	// it keeps for a chunk): read it, never modify it; set a new slice or
	// nil instead.
	Sentences []Span `json:"-"`
}

// Span is a byte range [Start, End) of a string.
type Span struct{ Start, End int }

// Citation ties an answer sentence to an exact span of a document:
// Quote == bytes[Start:End] of Doc.
type Citation struct {
	N         int    `json:"n"`
	ID        string `json:"id"`
	Doc       string `json:"doc"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Quote     string `json:"quote"`
	Supported bool   `json:"supported"`
	Title     string `json:"title,omitempty"`
	Author    string `json:"author,omitempty"`
	Date      string `json:"date,omitempty"`
	// Line is the 1-based line of Start; zero when unknown.
	Line int `json:"line,omitempty"`
}

// Holds reports whether c quotes the exact bytes of its document in lib:
// Quote is the document's text from Start to End. A document lib cannot
// give, or offsets outside it, do not hold.
func (c Citation) Holds(lib Library) bool {
	doc, err := lib.Text(c.Doc)
	return err == nil && 0 <= c.Start && c.Start <= c.End && c.End <= len(doc) && doc[c.Start:c.End] == c.Quote
}

// Answer is the result of a question; its JSON form is the contract of
// `citebot ask --json`.
type Answer struct {
	Question string `json:"question"`
	Answered bool   `json:"answered"`
	Answer   string `json:"answer"`
	Mode     string `json:"mode"`
	// Confidence is how likely the answer is to be correct, from 0 to 1:
	// for an extractive answer the fitted model's probability (the
	// refused answer's best candidate when not answered), for an LLM
	// answer the share of its citations that verification supports.
	// Below LowConfidence, user interfaces mark the answer.
	Confidence float64            `json:"confidence"`
	Citations  []Citation         `json:"citations"`
	Passages   []Passage          `json:"passages"`
	Notes      []string           `json:"notes"`
	TimingsMS  map[string]float64 `json:"timings_ms"`
	// Conflicts are the values that the sources give differently for the
	// fact asked about, each with the citations (Citation.N) that give it;
	// empty, never null, when the sources agree.
	Conflicts []Conflict `json:"conflicts"`
}

// SourcesDiffer opens the sentence of an answer that lists the differing
// values of a conflict, each with its citation: "Sources differ: Air
// Marshal [1]; Air Chief Marshal [2]." The answer prompt asks an LLM for
// it, the extractive answer writes it, and verification reads it.
const SourcesDiffer = "Sources differ:"

// Conflict is one of the differing values the sources give for the fact
// a question asks about ("Air Marshal" in one article, "Air Chief
// Marshal" in another).
type Conflict struct {
	Value     string `json:"value"`
	Citations []int  `json:"citations"`
}

// Turn is one exchange of a conversation, oldest first in a history.
type Turn struct {
	Question string
	Answer   string
	// Citations are the answer's citations, for a follow-up that asks for
	// more ("tell me more"); nil when they were not kept.
	Citations []Citation
}

// Retriever finds the passages most relevant to a query, best first.
// Implementations must be safe for concurrent use.
type Retriever interface {
	Search(ctx context.Context, query string, k int) ([]Passage, error)
}

// ChunkContext is a chunk shown with its surroundings, for `cite`; its
// JSON form is the contract of `citebot cite --json CHUNK-ID`.
type ChunkContext struct {
	Passage Passage `json:"passage"`
	Source  Source  `json:"source"`
	Before  string  `json:"before"` // document text just before the passage
	After   string  `json:"after"`  // document text just after the passage
	// StartLine and EndLine are the 1-based lines of the passage.
	StartLine int `json:"start_line"`
	EndLine   int `json:"end_line"`
}

// Library gives access to the corpus behind a Retriever: its documents,
// chunks by ID, and where a quote occurs. Implementations must be safe for
// concurrent use and must never read outside the corpus.
type Library interface {
	Sources() []Source
	// Chunk returns the chunk with the given ID and its context;
	// ErrNotFound when there is none, ErrBadRef when id is malformed.
	Chunk(id string) (ChunkContext, error)
	// FindQuote returns up to k spans where quote, or a near match, occurs,
	// best first; an empty result is not an error.
	FindQuote(quote string, k int) ([]Passage, error)
	// Text returns the (extracted) text of a document by its path.
	Text(doc string) (string, error)
}

// Message is one chat message sent to a Completer.
type Message struct {
	Role    string // "system", "user" or "assistant"
	Content string
}

// CompletionRequest is what a Completer is asked to complete.
type CompletionRequest struct {
	Messages    []Message
	MaxTokens   int     // zero means the Completer's default
	Temperature float32 // zero is sent as zero
}

// Completer produces a chat completion. When onDelta is not nil the
// completion is streamed and onDelta is called with each piece of text as it
// arrives; the full text is returned either way. Deadlines come from ctx.
// Implementations must be safe for concurrent use.
type Completer interface {
	Complete(ctx context.Context, req CompletionRequest, onDelta func(string)) (string, error)
}
