package cite

import (
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// differs reports whether a claim is the answer's sentence that lists
// the differing values of a conflict ("Sources differ: A [1]; B [2].").
func differs(c claim) bool {
	return strings.HasPrefix(text.Fold(c.text), text.Fold(citebot.SourcesDiffer))
}

// valueClaims splits the answer's "Sources differ:" sentence into one
// claim per value: the text before each marker, which must name the
// value as the cited passage states it. Adjacent markers ("A [1][3]")
// cite one value. It returns nil when the answer has no such sentence.
func valueClaims(answer string, marks []Mark) []claim {
	i := strings.Index(strings.ToLower(answer), strings.ToLower(citebot.SourcesDiffer))
	if i < 0 {
		return nil
	}
	at := i + len(citebot.SourcesDiffer)
	var out []claim
	for _, m := range marks {
		if m.Start < at {
			continue
		}
		v := strings.TrimSpace(strings.Trim(answer[at:m.Start], " ;,:\t"))
		v = strings.TrimSpace(strings.TrimPrefix(v, "and "))
		if v == "" && len(out) > 0 {
			out[len(out)-1].cites = append(out[len(out)-1].cites, m.Cites...)
			at = m.End
			continue
		}
		if v == "" || strings.Contains(v, "\n") || strings.Contains(v, ". ") {
			break // the sentence ended before this marker
		}
		out = append(out, claim{text: v, cites: m.Cites})
		at = m.End
	}
	return out
}

// checkConflict cites each value of the "Sources differ:" sentence from
// the passages its marker names, and returns the values that each cited
// passage gives by itself, with notes on those it does not. A conflict of fewer
// than two supported values is not reported.
func checkConflict(values []claim, d Draft, shown []citebot.Passage) ([]citebot.Citation, []citebot.Conflict, []string) {
	var cits []citebot.Citation
	var out []citebot.Conflict
	var notes []string
	for _, v := range values {
		ok := true
		for _, n := range v.cites { // each passage must give the value itself
			cs, why := check(claim{text: v.text, cites: []int{n}}, []citebot.Passage{shown[d.Passages[n-1]-1]})
			cits = append(cits, cs...)
			ok = ok && why == "" && cs[0].Supported
		}
		if !ok {
			notes = append(notes, numbers("citation", v.cites)+" unverified: the cited text does not give "+v.text)
			continue
		}
		out = append(out, citebot.Conflict{Value: v.text, Citations: append([]int(nil), v.cites...)})
	}
	if len(out) < 2 {
		out = nil
	}
	return cits, out, notes
}
