package bot

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/cite"
	"github.com/citebot/citebot/prompts"
	"github.com/citebot/citebot/text"
)

// errEmptyAnswer is the cause of a fallback when the LLM wrote nothing.
var errEmptyAnswer = errors.New("empty answer")

// Prompter is implemented by a Completer that brings its own prompt
// templates (e.g. loaded from the user's override directory); the Bot uses
// prompts.Default() with other Completers.
type Prompter interface {
	Prompts() *prompts.Set
}

// promptSet returns the templates the Completer brings, or the defaults.
func (b *Bot) promptSet() *prompts.Set {
	if p, ok := b.opts.Completer.(Prompter); ok && p.Prompts() != nil {
		return p.Prompts()
	}
	return prompts.Default()
}

// answerLLM answers with the Completer from the first K passages, streams
// the answer to q.OnDelta, and verifies every citation. The whole answer,
// retries included, gets what is left of LLMTimeout after retrieval (which
// includes the rewriting of a follow-up); on any failure it falls back to
// the extractive answer with a note saying why.
func (b *Bot) answerLLM(ctx context.Context, ans *citebot.Answer, s sought, q citebot.Question, passages []citebot.Passage) {
	query := s.query
	timeout := b.opts.LLMTimeout - time.Duration(ans.TimingsMS["retrieve"]*float64(time.Millisecond))
	if timeout <= 0 {
		b.fallBack(ctx, ans, s, passages, context.DeadlineExceeded)
		return
	}
	llmCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	set := b.promptSet()
	prompt, shown, err := b.renderAnswer(set, ans.Question, query, rank(passages, b.opts.K))
	if err != nil {
		b.fallBack(ctx, ans, s, passages, err)
		return
	}
	rw := cite.NewRewriter(len(shown))
	raw, err := b.complete(llmCtx, set, prompt, rw, q.OnDelta)
	if errors.Is(err, citebot.ErrReplyTooLong) {
		ans.Notes = append(ans.Notes, "the LLM's answer was too long and was cut")
	} else if err != nil {
		b.fallBack(ctx, ans, s, passages, err)
		return
	}
	d := rw.Draft()
	if d.Text == "" {
		b.opts.Logger.Info("llm: empty answer", "raw", raw)
		b.fallBack(ctx, ans, s, passages, errEmptyAnswer)
		return
	}
	ans.Mode, ans.Answer, ans.Passages = citebot.ModeLLM, d.Text, shown
	text.Split(shown) // once, for the checks of every claim that cites them
	res := cite.Verify(d, shown)
	ans.Citations = append(ans.Citations, res.Citations...)
	ans.Passages = lead(ans.Citations, shown, nil, len(shown)) // the model's passages, those it cites first
	ans.Notes = append(ans.Notes, res.Notes...)
	ans.Answered = res.Answered
	ans.Conflicts = res.Conflicts
	ans.Confidence = supportedShare(res.Citations)
}

// renderAnswer renders the answer prompt for passages and returns the
// passages as the prompt shows them (the budget may drop some and cut the
// last): still exact document bytes.
func (b *Bot) renderAnswer(set *prompts.Set, question, query string, passages []citebot.Passage) (prompts.Prompt, []citebot.Passage, error) {
	in := make([]prompts.Passage, len(passages))
	for i, p := range passages {
		in[i] = prompts.Passage{N: i + 1, Source: p.Doc, Text: p.Text}
		if s := p.Source; s != nil {
			in[i].Title, in[i].Date = s.Title, s.Date
		}
	}
	prompt, fit, err := set.Answer(prompts.AnswerData{Question: question, Query: query, Passages: in})
	if err != nil {
		return prompts.Prompt{}, nil, err
	}
	shown := append([]citebot.Passage(nil), passages[:len(fit)]...)
	if n := len(fit); n > 0 && len(fit[n-1].Text) < len(shown[n-1].Text) {
		shown[n-1].Text = fit[n-1].Text
		shown[n-1].End = shown[n-1].Start + len(fit[n-1].Text)
		shown[n-1].Sentences = nil // spans of the longer text: split again
	}
	return prompt, shown, nil
}

// complete calls the Completer, feeding its text through the marker
// rewriter and, when onDelta is set, streaming the rewritten text to it.
func (b *Bot) complete(ctx context.Context, set *prompts.Set, p prompts.Prompt, rw *cite.Rewriter, onDelta func(string)) (string, error) {
	req := citebot.CompletionRequest{
		Messages:  []citebot.Message{{Role: "system", Content: p.System}, {Role: "user", Content: p.User}},
		MaxTokens: set.Budget().Reserve,
	}
	fed := false
	var on func(string)
	if onDelta != nil {
		on = func(d string) {
			fed = true
			if s := rw.Write(d); s != "" {
				onDelta(s)
			}
		}
	}
	raw, err := b.opts.Completer.Complete(ctx, req, on)
	if err != nil && !(errors.Is(err, citebot.ErrReplyTooLong) && raw != "") {
		return raw, err
	}
	if !fed {
		rw.Write(raw)
	}
	if s := rw.Flush(); s != "" && onDelta != nil {
		onDelta(s)
	}
	return raw, err // nil, or ErrReplyTooLong with the text up to the cap
}

// fallBack answers extractively, with a note saying why the LLM did not;
// the cause goes to the log only. ctx is the caller's, not the LLM's: the
// fallback runs after the LLM's time ran out, but the one search it may
// make (for a metadata line) stops when the caller cancels.
func (b *Bot) fallBack(ctx context.Context, ans *citebot.Answer, s sought, passages []citebot.Passage, cause error) {
	b.opts.Logger.Info("llm answer failed; extractive answer used", "err", cause)
	ans.Notes = append(ans.Notes, whyNot(cause, b.opts.LLMTimeout)+"; the extractive answer is shown instead")
	if lead := b.leadSummary(s.summary); lead != nil { // a summary falls back to the document's opening sentences
		ans.Mode, ans.Answer, ans.Answered, ans.Citations = lead.Mode, lead.Answer, lead.Answered, lead.Citations
		ans.Passages = rank(passages, b.opts.K)
		return
	}
	b.answerExtractive(ctx, ans, s, passages)
}

// whyNot says, for a user, why the LLM gave no answer.
func whyNot(err error, timeout time.Duration) string {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Sprintf("the LLM did not answer within %s (CITEBOT_LLM_TIMEOUT)", timeout)
	case errors.Is(err, context.Canceled):
		return "the LLM answer was cancelled"
	case errors.Is(err, citebot.ErrStreamCut):
		return "the LLM's answer was cut off mid-stream"
	case errors.Is(err, citebot.ErrRateLimited):
		return "the LLM server is rate limiting requests"
	case errors.Is(err, citebot.ErrUnavailable):
		return "the LLM server could not be reached or failed"
	case errors.Is(err, citebot.ErrRejected):
		return "the LLM server refused the request (check the model name, base URL and API key)"
	case errors.Is(err, citebot.ErrBadResponse):
		return "the LLM server sent a response citebot could not read"
	case errors.Is(err, citebot.ErrReplyTooLong):
		return "the LLM's answer was too long"
	case errors.Is(err, errEmptyAnswer):
		return "the LLM returned an empty answer"
	case errors.Is(err, prompts.ErrBudget):
		return "the question does not fit the LLM's context window"
	}
	return "the LLM request failed"
}
