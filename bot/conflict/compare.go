package conflict

import (
	"math"

	"github.com/citebot/citebot/bot/asked"
)

// agree reports whether two values of a kind can be the same fact stated
// at different precision: "2014" and "November 2014", "600 million" and
// "630 million" (rounded), "Marshal" and "Air Marshal".
func agree(k asked.Kind, a, b value) bool {
	switch k {
	case asked.KindDate:
		return same(a.year, b.year) && same(a.month, b.month) && same(a.day, b.day)
	case asked.KindNumber:
		p := math.Max(a.prec, b.prec)
		return math.Round(a.num/p) == math.Round(b.num/p)
	case asked.KindRank, asked.KindPost, asked.KindPlace:
		return contiguous(a.words, b.words) || contiguous(b.words, a.words)
	case asked.KindName:
		return spelledAlike(a.name, b.name)
	case asked.KindStanding:
		return a.num == b.num
	case asked.KindPeriod:
		return a.first == b.first && a.last == b.last
	}
	return true
}

// same reports whether two parts of a date agree; zero is unknown.
func same(a, b int) bool { return a == 0 || b == 0 || a == b }

// contiguous reports whether short is a run of words of long.
func contiguous(short, long []string) bool {
	for i := 0; i+len(short) <= len(long); i++ {
		ok := true
		for j, w := range short {
			if long[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// comparable reports whether two values can be of the same fact: numbers
// in the same unit, ranks of the same person (a word of the name in
// common, maybe spelt otherwise: "Tahir Rafiq Butt", "Tahir Rafique
// Butt"), names that may be one name spelt otherwise.
func comparable(k asked.Kind, a, b value) bool {
	switch k {
	case asked.KindNumber:
		return a.unit == b.unit
	case asked.KindRank:
		for _, w := range a.name {
			for _, u := range b.name {
				if len(w.Norm) >= 3 && wordOf(w, u) {
					return true
				}
			}
		}
		return false
	case asked.KindName:
		return sameName(a.name, b.name)
	}
	return true
}

// close reports whether two disagreeing values are near enough to be two
// reports of one fact rather than two facts: years at most t.MaxYearGap
// apart, numbers within a factor of t.MaxRatio, ranks of one title
// ("Air Marshal", "Air Chief Marshal": the same last word).
func close(k asked.Kind, t Tuning, a, b value) bool {
	switch k {
	case asked.KindDate:
		return a.year == 0 || b.year == 0 || math.Abs(float64(a.year-b.year)) <= float64(t.MaxYearGap)
	case asked.KindNumber:
		lo, hi := math.Min(a.num, b.num), math.Max(a.num, b.num)
		return lo > 0 && hi/lo <= t.MaxRatio
	case asked.KindRank:
		return a.words[len(a.words)-1] == b.words[len(b.words)-1]
	case asked.KindPeriod:
		return a.first <= b.last+t.MaxYearGap && b.first <= a.last+t.MaxYearGap
	}
	return true
}

// aligned reports whether b is tied to the same fact as a by more than
// the question's words: the same person's rank or name, a figure given
// for the same year or of the same thing ("six new stations", "seven new
// stations"), a date said of the same named subject or next to the
// question's event word ("founded in 1928").
func aligned(k asked.Kind, a, b value) bool {
	switch k {
	case asked.KindNumber:
		return a.qual != "" && a.qual == b.qual || sameContext(a, b)
	case asked.KindStanding, asked.KindPlace:
		return sameContext(a, b)
	case asked.KindRank, asked.KindName:
		return comparable(k, a, b)
	case asked.KindDate:
		return a.subject != "" && a.subject == b.subject || a.event && b.event
	}
	return false
}
