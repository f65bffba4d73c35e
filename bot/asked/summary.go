package asked

import (
	"regexp"
	"strings"

	"github.com/citebot/citebot/text"
)

// reSummary asks for a summary of something it names: "summarize X",
// "sum up X", "tl;dr of X", "give me a quick summary of X", "what is X
// about?".
var reSummary = regexp.MustCompile(`(?i)^(?:(?:(?:can|could|would|will) (?:you|u) (?:please |pls )?|please |pls )?(?:summari[sz]e|sum up|recap|tl;?dr(?: of)?|` +
	`(?:give me |write |i want |i need )?(?:a |the )?(?:short |quick |brief )?(?:summary|gist|tl;?dr) of)\s+(.+?)` +
	`|what(?:['’]s| is| was) (.+?) about)\s*[?.!]*$`)

// reDocLead is a noun that names the kind of document before its title:
// "the article", "the post".
var reDocLead = regexp.MustCompile(`(?i)^(?:the |this |that )?(?:article|document|doc|post|story|paper|piece|page|report|file)\s+`)

// SummaryOf returns what message q (as typed) asks to have summarized,
// without the chatter around it, a leading "the article" and quotes
// ("summarize the article “Old Ferries”" → "Old Ferries"), and false
// when it asks for no summary.
func SummaryOf(q string) (string, bool) {
	m := reSummary.FindStringSubmatch(strings.TrimSpace(text.Unchatter(q)))
	if m == nil {
		return "", false
	}
	target := strings.TrimSpace(m[1] + m[2])
	target = reDocLead.ReplaceAllString(target, "")
	target = strings.Trim(target, `"'“”‘’ `)
	return target, target != ""
}
