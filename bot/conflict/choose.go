package conflict

import (
	"strconv"
	"strings"

	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// valuesOf returns the values of the asked kind that sentence s gives and
// the question does not already state.
func valuesOf(q question, s string, toks []text.Token) []value {
	var vals []value
	switch q.kind {
	case asked.KindDate:
		vals = dates(s, toks)
	case asked.KindNumber:
		vals = fitting(q, numbers(s, toks, q.measure == "count"))
	case asked.KindRank:
		vals = ranks(s, toks)
	case asked.KindName:
		vals = about(q, names(s, toks))
	case asked.KindStanding:
		vals = placings(s, toks)
	case asked.KindPeriod:
		vals = periods(s, toks)
	case asked.KindPost:
		vals = posts(s, toks, q.says)
	case asked.KindPlace:
		vals = places(s, toks)
	}
	out := vals[:0]
	for _, v := range vals {
		if !stated(q, s, v) {
			out = append(out, v)
		}
	}
	return out
}

// about keeps, of the names of a sentence, those that have a word of the
// question ("Lavrov's first name": "Sergey Lavrov"), when there are any.
func about(q question, vals []value) []value {
	var out []value
	for _, v := range vals {
		for _, t := range v.name {
			if q.says(t) {
				out = append(out, v)
				break
			}
		}
	}
	if out == nil {
		return vals
	}
	return out
}

// stated reports whether the question already says v, or v is not what
// the question asks for (a percentage when it asks for an amount, a date
// of another year than the one the question names).
func stated(q question, s string, v value) bool {
	switch q.kind {
	case asked.KindDate:
		if v.year != 0 && len(q.years) > 0 && !q.years[strconv.Itoa(v.year)] {
			return true // another year than the one asked about
		}
		return (v.year == 0 || q.years[strconv.Itoa(v.year)]) && (v.month == 0 || q.month(v.month))
	case asked.KindNumber:
		if (v.unit == "%") != q.share {
			return true
		}
		for _, w := range strings.FieldsFunc(s[v.start:v.end], func(r rune) bool { return !text.IsDigit(byte(r)) && r != ',' && r != '.' }) {
			if q.words[strings.ReplaceAll(strings.Trim(w, ".,"), ",", "")] {
				return true
			}
		}
		return false
	case asked.KindRank, asked.KindPost, asked.KindPlace:
		for _, w := range v.words {
			if !q.words[w] {
				return false
			}
		}
		return true
	case asked.KindName:
		for _, t := range v.name {
			if !q.says(t) {
				return false
			}
		}
		return true
	case asked.KindStanding:
		return q.words[text.Fold(s[v.start:v.end])]
	case asked.KindPeriod:
		return q.years[strconv.Itoa(v.first)] && q.years[strconv.Itoa(v.last)]
	}
	return false
}

// says reports whether the question has word t or another spelling of it.
func (q question) says(t text.Token) bool {
	for _, u := range q.terms {
		if matches(u, t) || variant(u, t) {
			return true
		}
	}
	return false
}

// month reports whether the question names month m ("aug", "August").
func (q question) month(m int) bool {
	for w := range q.words {
		for name, n := range months {
			if n == m && len(w) >= 3 && strings.HasPrefix(name, w) {
				return true
			}
		}
	}
	return false
}

// choose sets each statement's value and drops those whose value stays
// ambiguous. A statement with one value gives it. Of several numbers, the
// one whose year the question names is taken ("in 2008"); failing that,
// the one whose year qualifies another statement's value, so that a
// series ("92 million in 2003 ... 630 million in 2008") is read at the
// same year as a single figure ("570 million ... prior to 2008"). The
// statements left all measure what the best one measures.
func choose(q question, t Tuning, sts []stmt) []stmt {
	quals := map[string]bool{}
	ok := make([]bool, len(sts))
	for i := range sts {
		s := &sts[i]
		if v, found := only(s.vals, func(v value) bool { return true }); found {
			s.val, ok[i] = v, true
		} else if v, found := only(s.vals, func(v value) bool { return q.kind == asked.KindNumber && q.years[v.qual] }); found {
			s.val, ok[i] = v, true
		} else if v, found := local(s.vals, t.LocalMargin); found && q.kind != asked.KindNumber {
			s.val, ok[i] = v, true
		}
		if ok[i] && s.val.qual != "" {
			quals[s.val.unit+" "+s.val.qual] = true
		}
	}
	for i := range sts {
		if !ok[i] && q.kind == asked.KindNumber {
			sts[i].val, ok[i] = only(sts[i].vals, func(v value) bool { return v.qual != "" && quals[v.unit+" "+v.qual] })
		}
	}
	counted := false
	for i, s := range sts {
		counted = counted || ok[i] && q.measure == "count" && s.val.fit
	}
	var out []stmt
	for i, s := range sts {
		if ok[i] && (!counted || s.val.fit) && (len(out) == 0 || comparable(q.kind, out[0].val, s.val)) {
			out = append(out, s)
		}
	}
	return out
}

// onEvent keeps, when some statement gives a value next to the
// question's event word ("founded in 1928"), only such values: the
// others are dates of other events of the same subject ("reopened in
// May 2024"). It returns a new slice and does not change sts.
func onEvent(sts []stmt) []stmt {
	var out []stmt
	for _, s := range sts {
		var vals []value
		for _, v := range s.vals {
			if v.event {
				vals = append(vals, v)
			}
		}
		if vals != nil {
			s.vals = vals
			out = append(out, s)
		}
	}
	if out == nil {
		return append([]stmt(nil), sts...)
	}
	return out
}

// local returns the value whose part of its sentence says more of the
// question than any other value's part by margin, if one does.
func local(vals []value, margin float64) (value, bool) {
	best, second := -1, -1.0
	for i, v := range vals {
		switch {
		case best < 0 || v.local > vals[best].local:
			if best >= 0 {
				second = vals[best].local
			}
			best = i
		case v.local > second:
			second = v.local
		}
	}
	if best < 0 || vals[best].local < second+margin {
		return value{}, false
	}
	return vals[best], true
}

// only returns the one value of vals that keep accepts, if exactly one does.
func only(vals []value, keep func(value) bool) (value, bool) {
	var got []value
	for _, v := range vals {
		if keep(v) {
			got = append(got, v)
		}
	}
	if len(got) != 1 {
		return value{}, false
	}
	return got[0], true
}

// cluster groups statements whose values agree. It returns nil when the
// grouping is ambiguous (a value that agrees with two groups that
// disagree: "2003" beside "February 2003" and "March 2003") or when two
// groups are too far apart to be reports of one fact.
func cluster(k asked.Kind, t Tuning, sts []stmt) [][]stmt {
	var groups [][]stmt
	for _, s := range sts {
		placed := false
		for i, g := range groups {
			if agreesAll(k, s, g) {
				groups[i] = append(groups[i], s)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []stmt{s})
		}
	}
	for i := range groups {
		for j := range groups {
			if i == j {
				continue
			}
			for _, s := range groups[i] {
				for _, u := range groups[j] {
					if agree(k, s.val, u.val) || !close(k, t, s.val, u.val) {
						return nil
					}
				}
			}
		}
	}
	return groups
}

func agreesAll(k asked.Kind, s stmt, g []stmt) bool {
	for _, t := range g {
		if !agree(k, s.val, t.val) {
			return false
		}
	}
	return true
}
