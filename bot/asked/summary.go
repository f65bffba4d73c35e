package asked

import (
	"regexp"
	"strings"
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

// summaryOf is Message.Summary of a message that says plain without its
// chatter.
func summaryOf(plain string) (string, bool) {
	m := reSummary.FindStringSubmatch(strings.TrimSpace(plain))
	if m == nil {
		return "", false
	}
	target := strings.TrimSpace(m[1] + m[2])
	target = reDocLead.ReplaceAllString(target, "")
	target = strings.Trim(target, `"'“”‘’ `)
	return target, target != ""
}
