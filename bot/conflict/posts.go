package conflict

import (
	"strings"

	"github.com/citebot/citebot/text"
)

// postHeads are folded English nouns that end the name of a post or a job
// ("museum director", "Chief curator", "Commander-in-Chief").
var postHeads = map[string]bool{
	"director": true, "curator": true, "chief": true, "manager": true, "minister": true, "president": true,
	"secretary": true, "chairman": true, "chairwoman": true, "chairperson": true, "chair": true, "commander": true,
	"head": true, "editor": true, "coach": true, "captain": true, "officer": true, "governor": true,
	"ambassador": true, "envoy": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "adviser": true,
	"advisor": true, "founder": true, "owner": true, "professor": true, "dean": true, "principal": true, "mayor": true,
	"treasurer": true, "trustee": true, "executive": true, "ceo": true, "premier": true, "deputy": true, "leader": true,
	"inspector": true, "superintendent": true, "librarian": true, "conductor": true, "producer": true, "analyst": true,
	"researcher": true, "fellow": true, "consultant": true, "lecturer": true, "administrator": true,
	"commissioner": true, "registrar": true, "chancellor": true, "keeper": true, "warden": true, "representative": true,
}

// honorifics are folded words that may stand between a post and a name.
var honorifics = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "miss": true, "prof": true, "sir": true, "dame": true}

// connectors are folded words that may join the words of a post
// ("Commander-in-Chief of the Russian Ground Forces").
var connectors = map[string]bool{"of": true, "the": true, "in": true, "for": true, "and": true}

// posts returns the posts that sentence s gives the person the question
// names (a capitalised word that named accepts): the words before the
// name, past its ranks and honorifics, that end in a post ("Russian
// Military Chief Col-Gen Alexander Postnikov", "Chief curator Dr Priya
// Rahman"), or after it in apposition ("Priya Raman, the museum's
// director").
func posts(s string, toks []text.Token, named func(text.Token) bool) []value {
	var out []value
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !text.Capitalised(s[t.Start:t.End]) || !named(t) || honorifics[t.Norm] || postHeads[t.Norm] || rankWords[t.Norm] {
			continue
		}
		first, last := nameSpan(s, toks, i)
		if v, ok := postBefore(s, toks, first); ok {
			out = append(out, v)
		}
		if v, ok := postAfter(s, toks, last); ok {
			out = append(out, v)
		}
		i = last
	}
	return out
}

// nameSpan returns the first and last tokens of the name around toks[i]:
// the capitalised words next to it that are no post, rank or honorific.
func nameSpan(s string, toks []text.Token, i int) (first, last int) {
	inName := func(k int) bool {
		t := toks[k]
		return text.Capitalised(s[t.Start:t.End]) && !postHeads[t.Norm] && !rankWords[t.Norm] && !honorifics[t.Norm] && !rankModifiers[t.Norm]
	}
	first, last = i, i
	for first > 0 && inName(first-1) && nearName(s, toks[first-1], toks[first]) {
		first--
	}
	for last+1 < len(toks) && inName(last+1) && nearName(s, toks[last], toks[last+1]) {
		last++
	}
	return first, last
}

// nearName reports whether two tokens of a name are joined by a space or
// the full stop of an initial ("A.N. Postnikov").
func nearName(s string, a, b text.Token) bool {
	gap := strings.TrimSpace(s[a.End:b.Start])
	return gap == "" || gap == "."
}

// postBefore reads a post just before the name at toks[first], past
// ranks and honorifics: a run of capitalised words, post nouns and
// connectors with a post noun in it.
func postBefore(s string, toks []text.Token, first int) (value, bool) {
	k := first - 1
	for k >= 0 && (rankWords[toks[k].Norm] || honorifics[toks[k].Norm] || rankModifiers[toks[k].Norm] && !postHeads[toks[k].Norm]) {
		k--
	}
	if k < 0 || !postJoined(s, toks[k], toks[k+1]) || !text.Capitalised(s[toks[k].Start:toks[k].End]) && !postHeads[toks[k].Norm] {
		return value{}, false
	}
	end, start, head := k, k, postHeads[toks[k].Norm]
	for start > 0 && postJoined(s, toks[start-1], toks[start]) {
		u := toks[start-1]
		if !text.Capitalised(s[u.Start:u.End]) && !postHeads[u.Norm] && !connectors[u.Norm] {
			break
		}
		start--
		head = head || postHeads[u.Norm]
	}
	for start < end && connectors[toks[start].Norm] {
		start++
	}
	if !head {
		return value{}, false
	}
	return postValue(s, toks, start, end), true
}

// postAfter reads a post in apposition after the name ending at
// toks[last]: ", the museum's director".
func postAfter(s string, toks []text.Token, last int) (value, bool) {
	if last+1 >= len(toks) || strings.TrimSpace(s[toks[last].End:toks[last+1].Start]) != "," {
		return value{}, false
	}
	start := last + 1
	if toks[start].Norm == "the" || toks[start].Norm == "a" || toks[start].Norm == "an" {
		start++
	}
	for k := start; k < min(len(toks), start+4); k++ {
		if k > start && !postJoined(s, toks[k-1], toks[k]) {
			return value{}, false
		}
		if postHeads[toks[k].Norm] {
			if k+1 < len(toks) && postJoined(s, toks[k], toks[k+1]) && text.Capitalised(s[toks[k+1].Start:toks[k+1].End]) {
				return value{}, false // the post of the name after it
			}
			return postValue(s, toks, start, k), true
		}
	}
	return value{}, false
}

// postJoined reports whether two tokens of a post are joined by a space, a
// hyphen or an apostrophe ("Commander-in-Chief", "museum's").
func postJoined(s string, a, b text.Token) bool {
	gap := strings.TrimSpace(s[a.End:b.Start])
	return gap == "" || gap == "-" || gap == "'" || gap == "’"
}

// postValue is the post toks[start..end] with its folded words.
func postValue(s string, toks []text.Token, start, end int) value {
	v := value{start: toks[start].Start, end: toks[end].End}
	for _, t := range toks[start : end+1] {
		if !connectors[t.Norm] && t.Norm != "s" {
			v.words = append(v.words, t.Norm)
		}
	}
	return v
}
