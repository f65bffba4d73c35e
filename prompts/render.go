package prompts

import (
	"strings"
	"unicode/utf8"

	"github.com/citebot/citebot"
)

// Budget bounds the size of a prompt, in estimated tokens.
type Budget struct {
	// Window is the model's context window; zero means citebot.DefaultLLMContext.
	Window int
	// Reserve is what is kept free for the answer; zero means 1024.
	Reserve int
	// MaxSentences is the answer length the prompt asks for; zero means 6.
	MaxSentences int
}

func (b Budget) withDefaults() Budget {
	if b.Window <= 0 {
		b.Window = citebot.DefaultLLMContext
	}
	if b.Reserve <= 0 {
		b.Reserve = 1024
	}
	if b.MaxSentences <= 0 {
		b.MaxSentences = 6
	}
	return b
}

// EstimateTokens over-estimates how many tokens s takes for a BPE tokenizer
// of the GPT, Llama or Mistral families, without a vocabulary: a token per
// three ASCII bytes (English averages four or more) and one per other rune
// (a CJK character is one or two tokens, accented Latin letters are usually
// part of a longer token). Per-message overhead is left to Budget.Reserve.
func EstimateTokens(s string) int {
	ascii, other := 0, 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			ascii++
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		other++
		i += n
	}
	return (ascii+2)/3 + other
}

// Passage is a passage as a prompt shows it, numbered from 1.
type Passage struct {
	N      int
	Title  string
	Source string // document path
	Date   string
	Text   string
}

// Turn is an earlier exchange of a conversation.
type Turn struct {
	Question string
	Answer   string
}

// AnswerData is what the answer prompt is rendered from.
type AnswerData struct {
	Question string
	// Query is what was searched for: the question without the chatter
	// around it (text.Unchatter), and for a follow-up its standalone
	// form; it is shown only when it differs from Question.
	Query    string
	Passages []Passage
}

// answerSystem is the data of the answer system template.
type answerSystem struct {
	Passages      int
	DontKnow      string
	MaxSentences  int
	SourcesDiffer string
}

// Answer renders the answer prompt. Passages that do not fit the budget are
// dropped from the end, and when the first alone is too long its text is
// cut; Answer returns the passages as the prompt shows them: a prefix of
// d.Passages whose last Text may be a prefix (on a rune boundary) of the
// original. The texts are defused for the prompt but returned unchanged.
// It returns ErrBudget when even the question alone does not fit.
func (s *Set) Answer(d AnswerData) (Prompt, []Passage, error) {
	shown := append([]Passage(nil), d.Passages...)
	for {
		p, err := s.renderAnswer(d, shown)
		if err != nil {
			return Prompt{}, nil, err
		}
		over := EstimateTokens(p.System) + EstimateTokens(p.User) - (s.budget.Window - s.budget.Reserve)
		if over <= 0 {
			return p, shown, nil
		}
		switch {
		case len(shown) > 1:
			shown = shown[:len(shown)-1]
		case len(shown) == 1 && shown[0].Text != "":
			shown[0].Text = cut(shown[0].Text, over)
			if shown[0].Text == "" {
				shown = shown[:0]
			}
		default:
			return Prompt{}, nil, ErrBudget
		}
	}
}

func (s *Set) renderAnswer(d AnswerData, shown []Passage) (Prompt, error) {
	sys, err := s.execute(AnswerSystem, answerSystem{Passages: len(shown), DontKnow: DontKnow, MaxSentences: s.budget.MaxSentences, SourcesDiffer: citebot.SourcesDiffer})
	if err != nil {
		return Prompt{}, err
	}
	view := AnswerData{Question: Defuse(d.Question)}
	if strings.TrimSpace(d.Query) != strings.TrimSpace(d.Question) {
		view.Query = Defuse(d.Query)
	}
	for _, p := range shown {
		view.Passages = append(view.Passages, Passage{N: p.N, Title: attr(p.Title), Source: attr(p.Source), Date: attr(p.Date), Text: Defuse(p.Text)})
	}
	user, err := s.execute(AnswerUser, view)
	if err != nil {
		return Prompt{}, err
	}
	return Prompt{System: sys, User: user}, nil
}

// cut shortens s by at least over tokens (by estimate), at a rune boundary,
// preferring the end of a word.
func cut(s string, over int) string {
	n := len(s) - over*3 - 1
	if n <= 0 {
		return ""
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	if i := strings.LastIndexAny(s[:n], " \n\t"); i > n/2 {
		n = i
	}
	return s[:n]
}

// RewriteData is what the follow-up rewriting prompt is rendered from.
type RewriteData struct {
	Question string
	History  []Turn // oldest first
}

// maxHistoryAnswer bounds how much of an earlier answer the rewriting
// prompt shows.
const maxHistoryAnswer = 400

// Rewrite renders the prompt that turns a follow-up question into a
// standalone query. Earlier answers are shortened; the oldest turns are
// dropped when the prompt would not fit the budget.
func (s *Set) Rewrite(d RewriteData) (Prompt, error) {
	hist := make([]Turn, 0, len(d.History))
	for _, t := range d.History {
		a := t.Answer
		if len(a) > maxHistoryAnswer {
			a = cut(a, (len(a)-maxHistoryAnswer)/3) + " …"
		}
		hist = append(hist, Turn{Question: Defuse(t.Question), Answer: Defuse(a)})
	}
	for {
		sys, err := s.execute(RewriteSystem, nil)
		if err != nil {
			return Prompt{}, err
		}
		user, err := s.execute(RewriteUser, RewriteData{Question: Defuse(d.Question), History: hist})
		if err != nil {
			return Prompt{}, err
		}
		if EstimateTokens(sys)+EstimateTokens(user) <= s.budget.Window-s.budget.Reserve {
			return Prompt{System: sys, User: user}, nil
		}
		if len(hist) == 0 {
			return Prompt{}, ErrBudget
		}
		hist = hist[1:]
	}
}

// Budget returns the budget of s, defaults filled in.
func (s *Set) Budget() Budget { return s.budget }
