package bot

// answerExtractive picks and cites answer sentences from passages.
func (b *Bot) answerExtractive(ans *Answer, query string, passages []Passage) {
	ans.Mode = ModeExtractive
	ans.Passages = rank(passages, b.opts.K)
}

// rank returns the first k passages with their ranks set from 1.
func rank(ps []Passage, k int) []Passage {
	if len(ps) > k {
		ps = ps[:k]
	}
	out := make([]Passage, len(ps))
	for i, p := range ps {
		p.Rank = i + 1
		out[i] = p
	}
	return out
}
