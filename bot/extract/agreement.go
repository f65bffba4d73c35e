package extract

import (
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// agreement is the share of the other retrieved passages that repeat one
// of the candidate's new names or numbers: sources agreeing on a value.
func (sc *scorer) agreement(c *candidate) float64 {
	k := agreeKey{c.p, c.start, c.end}
	if v, ok := sc.agree[k]; ok {
		return v
	}
	v := sc.agreementOf(c)
	sc.agree[k] = v
	return v
}

type agreeKey struct {
	p          *citebot.Passage
	start, end int
}

// agreementOf computes agreement.
func (sc *scorer) agreementOf(c *candidate) float64 {
	passages := sc.passages
	if len(passages) < 2 {
		return 0
	}
	vals := sc.a.newNames(c.text, sc.q)
	for _, t := range sc.q.tokens(c.text) {
		if text.IsDigit(t.Norm[0]) && !sc.q.words[t.Norm] {
			vals = append(vals, c.text[t.Start:t.End])
		}
	}
	if len(vals) == 0 {
		return 0
	}
	n := 0
	for i := range passages {
		p := &passages[i]
		if p == c.p {
			continue
		}
		for _, v := range vals {
			if strings.Contains(p.Text, v) {
				n++
				break
			}
		}
	}
	return float64(n) / float64(len(passages)-1)
}
