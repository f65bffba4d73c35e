package bot

import "context"

// answerLLM answers with the Completer. Placeholder until the LLM path
// lands: it falls back to the extractive answer.
func (b *Bot) answerLLM(ctx context.Context, ans *Answer, query string, q Question, passages []Passage) {
	ans.Notes = append(ans.Notes, "LLM answers are not available yet; extractive answer shown")
	b.answerExtractive(ans, query, passages)
}
