package extract

import (
	"regexp"
	"strings"

	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// rePosterLine is the line that heads a post in a forum thread or a
// comment section: a name, then a separator and when it was posted
// ("Phillipa12 · 20/07/2021 11:53", "jdoe • 3 years ago",
// "Ann Roe | March 3, 2013"), or a name saying or writing what follows
// ("Ann Roe says:", "jdoe wrote:").
var rePosterLine = regexp.MustCompile(`^\S+(?: \S+){0,3}(?: [·•|] (?:.*\d.*|.*\bago)| (?:says|said|wrote|writes|replied):)$`)

// maxPosterBytes is the longest line read as a post's heading.
const maxPosterBytes = 80

// postedBy returns, when the question asks who or which person (a kind
// of person as its focus: "which poster", "which reader") and the best
// candidate names no person but opens a post whose heading line names its
// poster (rePosterLine, the line above it in its passage), that line and
// the best: in a thread, who said something is the heading above what
// was said. It reports false otherwise, or when the heading line is no
// candidate.
func (a *Answerer) postedBy(cands []candidate, q question) ([]candidate, bool) {
	best := cands[0]
	who := asksPerson(q.typ) && best.feat[fPersonMissing] == 1 ||
		q.typ == typeEntity && namesOne(strings.ToLower(q.focusWord)) && !a.personNamed(best.view, q)
	if !who || best.answer != "" {
		return nil, false
	}
	above := strings.TrimRight(best.p.Text[:best.start-best.p.Start], " \t\r\n")
	line := strings.TrimLeft(above[strings.LastIndexByte(above, '\n')+1:], " \t")
	if len(line) > maxPosterBytes || !rePosterLine.MatchString(line) {
		return nil, false
	}
	start := best.p.Start + len(above) - len(line) // where the heading line's sentence starts
	for _, c := range cands[1:] {
		if c.p == best.p && !c.pair && c.start == start {
			c.prob = best.prob
			return []candidate{c, best}, true
		}
	}
	return nil, false
}

// namesOne reports whether the folded noun w names a kind of person
// (asked.IsPersonNoun: "reader", "user") or one who does what an English
// verb says ("poster", "commenter").
func namesOne(w string) bool {
	base, ok := strings.CutSuffix(w, "er")
	return asked.IsPersonNoun(w) || ok && len(base) >= 4 && text.English(text.Stem(base))
}
