package bot

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/cite"
	"github.com/citebot/citebot/prompts"
	"github.com/citebot/citebot/text"
)

// rewriteTurns is how many earlier turns the rewriting prompt shows.
const rewriteTurns = 4

// standalone rewrites a follow-up question into a query that stands on its
// own, using the conversation history. Without history it returns
// question. A reference to a document the last answers listed ("the
// second one") becomes its title (resolveListRef); with no such list, a
// reference to a document by its place in the collection ("the first
// article") does (resolveDocRef). Otherwise, with a Completer the LLM
// rewrites a follow-up, within a quarter of LLMTimeout; when the LLM
// fails or says nothing usable, and without a Completer, a heuristic does.
func (b *Bot) standalone(ctx context.Context, question string, history []citebot.Turn) string {
	if q, ok := resolveListRef(question, history); ok {
		return q // "the second one" of the documents just listed, by its title
	}
	lib, _ := b.ret.(citebot.Library)
	if q, ok := resolveDocRef(question, lib); ok {
		return q // "the first article" of the collection, by its title
	}
	if len(history) == 0 {
		return question
	}
	if b.opts.Completer != nil {
		if q, ok := b.rewriteLLM(ctx, question, history); ok {
			return q
		}
	}
	return rewriteHeuristic(question, history)
}

// rewriteLLM asks the Completer for the standalone query.
func (b *Bot) rewriteLLM(ctx context.Context, question string, history []citebot.Turn) (string, bool) {
	hist := history[max(0, len(history)-rewriteTurns):]
	turns := make([]prompts.Turn, len(hist))
	for i, t := range hist {
		turns[i] = prompts.Turn{Question: t.Question, Answer: t.Answer}
	}
	p, err := b.promptSet().Rewrite(prompts.RewriteData{Question: question, History: turns})
	if err != nil {
		b.opts.Logger.Info("rewrite prompt", "err", err)
		return "", false
	}
	ctx, cancel := context.WithTimeout(ctx, b.opts.LLMTimeout/4)
	defer cancel()
	req := citebot.CompletionRequest{Messages: []citebot.Message{{Role: "system", Content: p.System}, {Role: "user", Content: p.User}}, MaxTokens: 100}
	out, err := b.opts.Completer.Complete(ctx, req, nil)
	if err != nil {
		b.opts.Logger.Info("llm rewrite failed; heuristic used", "err", err)
		return "", false
	}
	q := cleanQuery(out)
	if q == "" || len(q) > citebot.MaxQuestionBytes || cite.DontKnow(q) {
		b.opts.Logger.Info("llm rewrite unusable; heuristic used", "rewrite", out)
		return "", false
	}
	return q, true
}

// cleanQuery takes the query out of a model's reply: its first non-blank
// line, without a label or quotes.
func cleanQuery(s string) string {
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		for _, label := range []string{"standalone query:", "query:", "rewritten question:", "question:"} {
			if len(line) >= len(label) && strings.EqualFold(line[:len(label)], label) {
				line = strings.TrimSpace(line[len(label):])
			}
		}
		line = strings.Trim(line, "\"'`“”‘’ ")
		if line != "" {
			clean, _ := text.Clean(line)
			return clean
		}
	}
	return ""
}

// followUpLeads are openings that mark a question as a follow-up and are
// dropped from it when it is joined to the earlier question; bareWh are
// questions that are nothing but a question word.
var (
	followUpLeads = []string{"and ", "what about ", "how about ", "also ", "then ", "but ", "so "}
	bareWh        = []string{"why?", "when?", "where?", "who?", "how?"}
)

// rewriteHeuristic joins a follow-up to the last question of the history
// that stood on its own: "When did NATO leave Afghanistan?" then "and what
// about 2014?" searches for "When did NATO leave Afghanistan? 2014?"; a
// follow-up with a question word of its own comes first ("who went
// then?" searches for "who went then? When did …"). A question that
// stands on its own is returned unchanged. The earlier questions are read
// without their chatter (text.Unchatter), as question already is.
func rewriteHeuristic(question string, history []citebot.Turn) string {
	if !isFollowUp(question) {
		return question
	}
	topic := lastStanding(history)
	rest := stripLead(question)
	if asksOwn(rest) { // "who went then?" asks who, not the earlier question's when
		return strings.TrimSpace(rest + " " + topic)
	}
	return strings.TrimSpace(topic + " " + rest)
}

// lastStanding returns the last question of history (which is not empty)
// that stands on its own, or the last question when every one is a
// follow-up. Each is read without its chatter, once, as the question
// itself comes (Ask): "hey bot, when did ...? thanks" stands on its own.
func lastStanding(history []citebot.Turn) string {
	last := text.Unchatter(history[len(history)-1].Question)
	if !isFollowUp(last) {
		return last
	}
	for i := len(history) - 2; i >= 0; i-- {
		if q := text.Unchatter(history[i].Question); !isFollowUp(q) {
			return q
		}
	}
	return last
}

// asksOwn reports whether a follow-up opens with a question word of its
// own; the answer type is read from the start of the query.
func asksOwn(q string) bool {
	w, _, _ := strings.Cut(text.Fold(q), " ")
	switch strings.TrimRight(w, "?") {
	case "who", "whom", "whose", "what", "when", "where", "why", "how", "which":
		return true
	}
	return false
}

// stripLead removes follow-up openings ("and what about ...").
func stripLead(q string) string {
	for changed := true; changed; {
		changed = false
		f := strings.ToLower(q)
		for _, p := range followUpLeads {
			if strings.HasPrefix(f, p) && len(q) > len(p) {
				q, changed = strings.TrimSpace(q[len(p):]), true
				break
			}
		}
	}
	return q
}

// isFollowUp reports whether a question leans on what came before: it
// starts with a connective, refers back with a pronoun, or is short and
// names nothing of its own (no proper name after its first word).
func isFollowUp(q string) bool {
	f := text.Fold(q)
	for _, p := range followUpLeads {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	for _, p := range bareWh {
		if f == p {
			return true
		}
	}
	toks := text.Tokens(q)
	for _, t := range toks {
		switch t.Norm {
		case "it", "its", "they", "them", "their", "he", "she", "him", "her", "his", "that", "this", "those", "these", "there":
			return true
		}
	}
	if len(text.Terms(q)) > 2 {
		return false
	}
	for i, t := range toks {
		if r, _ := utf8.DecodeRuneInString(q[t.Start:]); i > 0 && unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
