package conflict

import "github.com/citebot/citebot/text"

// coverageOf is the weighted share of the question's words that s, whose
// words are toks, says.
func coverageOf(q question, w []float64, s string, toks []text.Token) float64 {
	var got, total float64
	for i, t := range q.terms {
		total += w[i]
		if says(q, t, toks, s) {
			got += w[i]
		}
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// says reports whether the tokens of s say question word t: a word that
// matches it, a capitalised word that spells the same name otherwise
// ("Shareef" for "sharif"), capitalised words whose initials spell it,
// or, for the word by which the question asks for a plan ("supposed"),
// any word that speaks of a plan ("will", "planned").
func says(q question, t text.Token, toks []text.Token, s string) bool {
	for _, u := range toks {
		if matches(t, u) || variant(t, u) && text.Capitalised(s[u.Start:u.End]) || q.plan != "" && t.Norm == q.plan && planWords[u.Norm] {
			return true
		}
	}
	return maybeAcronym(t.Norm) && spelled(t.Norm, toks, s)
}

// maybeAcronym reports whether a folded word may be an acronym: two to
// five letters.
func maybeAcronym(w string) bool {
	return len(w) >= 2 && len(w) <= 5 && letters(w)
}

// spelled reports whether consecutive capitalised words of s have the
// letters of acronym as their initials.
func spelled(acronym string, toks []text.Token, s string) bool {
	n := len(acronym)
	for i := 0; i+n <= len(toks); i++ {
		ok := true
		for j := 0; j < n && ok; j++ {
			t := toks[i+j]
			ok = t.Norm[0] == acronym[j] && text.Capitalised(s[t.Start:t.End]) && (j == 0 || near(s, toks[i+j-1], t))
		}
		if ok {
			return true
		}
	}
	return false
}

// locals sets, for a sentence s that gives several values, each value's
// local coverage of the question (the share said by its part of the
// sentence), its subject (the question's rarest word said by a
// capitalised word of that part: a name) and whether that part says the
// question's event word and more of the question ("the museum, which was
// founded in 1928"; not "Rovers, founded in 1897", another subject's).
// A sentence that opens with its first value ("In June 2015, X ... in April 2018, Y ...") gives each
// value the words after it up to the next; otherwise each value takes the
// words before it back to the previous one ("X visited in 2003 and Y in
// 2011"). A sentence's only value takes the whole sentence.
func locals(q question, w []float64, s string, toks []text.Token, vals []value) {
	lead := len(vals) > 1 && before(toks, vals[0].start) <= 2
	for i := range vals {
		from, to := 0, len(s)
		switch {
		case len(vals) == 1:
		case lead && i+1 < len(vals):
			from, to = vals[i].start, vals[i+1].start
		case lead:
			from = vals[i].start
		case i > 0:
			from, to = vals[i-1].end, vals[i].end
		default:
			to = vals[i].end
		}
		part := s[from:to]
		pt := words(part)
		vals[i].local = coverageOf(q, w, part, pt)
		vals[i].subject = subject(q, w, part, pt)
		vals[i].event = q.event >= 0 && vals[i].local > share(w, q.event) && says(q, q.terms[q.event], pt, part)
	}
}

// share is the share of the question's word weight that word i carries.
func share(w []float64, i int) float64 {
	total := 0.0
	for _, x := range w {
		total += x
	}
	if total == 0 {
		return 0
	}
	return w[i] / total
}

// before counts the tokens that start before offset.
func before(toks []text.Token, offset int) int {
	n := 0
	for _, t := range toks {
		if t.Start < offset {
			n++
		}
	}
	return n
}

// subject returns the heaviest question word that a capitalised word of s
// says, or "" when none of the question's rare words (weighing at least
// half as much as its heaviest) is said so.
func subject(q question, w []float64, s string, toks []text.Token) string {
	top := 0.0
	for _, x := range w {
		top = max(top, x)
	}
	best, bw := "", 0.0
	for i, t := range q.terms {
		if w[i] <= bw || w[i] < top/2 {
			continue
		}
		for _, u := range toks {
			if text.Capitalised(s[u.Start:u.End]) && (matches(t, u) || variant(t, u)) {
				best, bw = t.Stem, w[i]
				break
			}
		}
	}
	return best
}
