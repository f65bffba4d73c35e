package bot

import (
	"context"
	"strings"

	"github.com/citebot/citebot/bot/text"
)

// standalone rewrites a follow-up question into a query that stands on its
// own, using the conversation history. Without history it returns question.
func (b *Bot) standalone(_ context.Context, question string, history []Turn) string {
	if len(history) == 0 || !isFollowUp(question) {
		return question
	}
	prev := history[len(history)-1].Question
	return strings.TrimSpace(prev + " " + question)
}

// isFollowUp reports whether a question leans on what came before: it is
// short, or starts with a connective, or refers back with a pronoun.
func isFollowUp(q string) bool {
	f := text.Fold(q)
	for _, p := range []string{"and ", "what about", "how about", "also ", "then ", "why?", "when?", "where?", "who?"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	terms := text.Terms(q)
	if len(terms) <= 2 {
		return true
	}
	for _, t := range text.Tokens(q) {
		switch t.Norm {
		case "it", "they", "them", "he", "she", "him", "her", "that", "this", "those", "these", "there":
			return true
		}
	}
	return false
}
