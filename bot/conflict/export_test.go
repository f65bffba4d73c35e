package conflict

import (
	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
)

// Prepared is a question's gathered statements, to try many tunings on.
type Prepared struct {
	q   question
	all []stmt
	ps  []citebot.Passage
}

// Prepare gathers the statements of a question once.
func Prepare(f *Finder, question string, passages []citebot.Passage) Prepared {
	r := f.Read(asked.Parse(question))
	if r.q.kind == asked.KindNone || len(r.q.terms) == 0 {
		return Prepared{}
	}
	return Prepared{q: r.q, all: r.gather(passages, 0, 2), ps: passages}
}

// Resolve is Find under tuning t on prepared statements.
func (p Prepared) Resolve(t Tuning) []Value {
	if p.all == nil {
		return nil
	}
	return resolve(p.q, t, p.all, p.ps)
}

// Reads is how many passages r has read.
func Reads(r *Reading) int { return len(r.read) }
