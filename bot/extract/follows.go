package extract

// followsBest returns the runner-up when it is the very next sentence of
// the best one in its passage (nextTo), alone (not the pair of the two),
// says something of the question (soft coverage above zero: not a "Reply"
// under a post), and the two fit an answer (Tuning.MaxAnswerBytes). The
// ranker putting the sentence after the best one second, above the pair
// that joins them, says the text goes on answering there ("A native Go
// clean room implementation of the Porter Stemming Algorithm." / "This
// algorithm is of interest to people doing Machine Learning …").
func (a *Answerer) followsBest(cands []candidate) (candidate, bool) {
	if len(cands) < 2 {
		return candidate{}, false
	}
	best, c := cands[0], cands[1]
	if best.pair || c.pair || best.meta || c.meta || c.soft == 0 || c.p != best.p || !nextTo(best, c) {
		return candidate{}, false
	}
	return c, visibleLen(best.text)+visibleLen(c.text) <= a.tun.MaxAnswerBytes
}
