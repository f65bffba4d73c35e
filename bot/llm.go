package bot

import (
	"context"
	"errors"
)

// Errors a Completer wraps so that the note of a fallback answer can say
// why the LLM did not answer. A Completer may return other errors too; a
// context error means the answer ran out of time.
var (
	// ErrRateLimited: the server kept answering 429 until retries or time ran out.
	ErrRateLimited = errors.New("llm rate limited")
	// ErrUnavailable: the server could not be reached or kept failing (5xx).
	ErrUnavailable = errors.New("llm unavailable")
	// ErrRejected: the server refused the request (401, 403, 404, 400...).
	ErrRejected = errors.New("llm rejected the request")
	// ErrBadResponse: the server's response could not be understood.
	ErrBadResponse = errors.New("llm response malformed")
	// ErrStreamCut: a streamed answer ended before it was complete.
	ErrStreamCut = errors.New("llm stream cut")
)

// answerLLM answers with the Completer. Placeholder until the LLM path
// lands: it falls back to the extractive answer.
func (b *Bot) answerLLM(ctx context.Context, ans *Answer, query string, q Question, passages []Passage) {
	ans.Notes = append(ans.Notes, "LLM answers are not available yet; extractive answer shown")
	b.answerExtractive(ans, query, passages)
}
