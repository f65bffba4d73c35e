package asked

import (
	"regexp"
	"strings"
)

// The words of a request for a summary, shared by reSummary, reExplain
// and reBareSummary: a polite opening ("can you", "pls"), a verb that asks
// for one ("summarize", "tl;dr") and a noun phrase that names one ("a
// quick overview").
const (
	requestLead  = `(?:(?:can|could|would|will) (?:you|u) (?:please |pls )?|please |pls )?`
	summaryVerbs = `summari[sz]e|sum up|recap|tl;? ?dr`
	summaryNoun  = `(?:give me |write |i want |i need |can i (?:get|have) )?(?:a |an |the )?(?:short |quick |brief |general |high[- ]level )?` +
		`(?:summary|gist|tl;? ?dr|overview|rundown|run-down|outline)`
)

// reSummary asks for a summary of something it names: "summarize X",
// "sum up X", "tl;dr of X", "give me a quick summary of X", "an overview
// of X", "a rundown on X", "what is X about?", "what do the articles say
// about X?".
var reSummary = regexp.MustCompile(`(?i)^(?:` + requestLead + `(?:(?:` + summaryVerbs + `)(?: of)?|` + summaryNoun + ` (?:of|on|about))\s+(.+?)` +
	`|what(?:['’]s| is| was) (.+?) about` +
	`|what (?:do|does|did) (?:(?:the|these|those|this|that|your) )?(?:articles?|documents?|docs?|sources|papers?|posts?|texts?|files?|pages?|they|it) (?:say|said|tell us|write|mention) (?:about|on|regarding) (.+?))\s*[?.!]*$`)

// reExplain asks to have something explained or described ("explain the
// pipeline deal"); a question after it ("explain why it failed") asks
// for no summary (reQuestionWord).
var reExplain = regexp.MustCompile(`(?i)^` + requestLead + `(?:explain|describe)\s+(.+?)\s*[?.!]*$`)

// reQuestionWord opens a question.
var reQuestionWord = regexp.MustCompile(`(?i)^(?:why|how|what|when|where|who|whom|whose|which|whether|if)\b`)

// reDocLead is a noun that names the kind of document before its title,
// or before a lower-case "on" or "about" and its topic: "the article",
// "the post", "the article on" (but not the "On" of "the article On
// Liberty").
var reDocLead = regexp.MustCompile(`(?i)^(?:the |this |that )?(?:article|document|doc|post|story|paper|piece|page|report|file)\s+(?:(?-i:on|about)\s+)?`)

// summaryOf is Message.Summary of a message that says plain without its
// chatter.
func summaryOf(plain string) (string, bool) {
	plain = strings.TrimSpace(plain)
	target := ""
	if m := reSummary.FindStringSubmatch(plain); m != nil {
		target = m[1] + m[2] + m[3]
	} else if m := reExplain.FindStringSubmatch(plain); m != nil && !reQuestionWord.MatchString(m[1]) {
		target = m[1]
	}
	target = strings.TrimSpace(target)
	target = reDocLead.ReplaceAllString(target, "")
	target = strings.Trim(target, `"'“”‘’ `)
	return target, target != ""
}
