package asked

import (
	"regexp"
	"strconv"
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
// of X", "a rundown on X", "what is X about?" ("whats X about", as typed
// in a chat), "what do the articles say about X?", or for an account of
// it (topicAsk).
var reSummary = regexp.MustCompile(`(?i)^(?:` + requestLead + `(?:(?:` + summaryVerbs + `)(?: of)?|` + summaryNoun + ` (?:of|on|about)|` + topicAsk + `)\s+(.+?)` +
	`|what(?:['’]?s| is| was) (.+?) about` +
	`|what (?:do|does|did) (?:(?:the|these|those|this|that|your) )?(?:` + docNounPattern + `|they|it) (?:say|said|tell us|write|mention) (?:about|on|regarding) (.+?))\s*[?.!]*$`)

// reSaysAbout is a question for what a document says about something,
// naming the document: "what does the malik article say about defence",
// "what did npr say about binge-watching".
var reSaysAbout = regexp.MustCompile(`(?i)^what (?:do|does|did) (.+?) (?:say|said|tell us|write|mention) (?:about|on|regarding) (.+?)\s*[?.!]*$`)

// topicAsk asks for an account of a topic, as people ask it in a chat:
// "what do you know about X", "what can you tell me about X", "any info
// on X", "do you have anything on X", "is there anything about X", "fill
// me in on X", "3 key facts about X", "the main points of X", "highlights
// of X", "what's the deal with X", "what's going on with X", and what
// Unchatter leaves of "tell me more about X" ("more about X").
const topicAsk = `(?:what (?:do|can) (?:you|u|ya|we) (?:know|tell (?:me|us)|find|say) (?:about|on|regarding)` +
	`|(?:any|some|more) (?:info|information|details|background|facts|news) (?:on|about|regarding)` +
	`|(?:do|can|could) (?:you|u|ya) (?:have|find|give me|know) (?:anything|something|any ?thing|any info|info|stuff|more) (?:on|about|regarding)` +
	`|(?:is|was) there (?:anything|something|any ?thing|any info|info|stuff|much) (?:on|about|regarding)` +
	`|(?:fill|brief|catch) (?:me|us) (?:in )?(?:up )?on` +
	`|(?:more|everything|something|anything|a (?:bit|little|lot)) (?:about|on|regarding)` +
	`|(?:(?:give me|list|what are|tell me) )?(?:the )?(?:(?:[1-9]|two|three|four|five|a few|some) )?(?:key|main|important|major|interesting|top) ` +
	`(?:facts|points|takeaways|highlights|things) (?:about|on|of|regarding|from)` +
	`|highlights of` +
	`|what(?:['’]?s| is) (?:the (?:deal|story|situation|latest) (?:with|on)|up with|going on with|happening with))`

// rePoints asks for a number of points ("5 key facts", "three main
// takeaways", "in 4 bullet points").
var rePoints = regexp.MustCompile(`(?i)\b([1-9]|10|two|three|four|five|six|seven|eight|nine|ten) (?:key |main |important |major |interesting |top |quick |short )?` +
	`(?:facts|points|things|takeaways|highlights|bullets|bullet points|sentences|lines)\b`)

// numberWords are the numbers rePoints reads in words.
var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// pointsOf is Message.Points of a message saying plain without its
// chatter.
func pointsOf(plain string) int {
	m := rePoints.FindStringSubmatch(plain)
	if m == nil {
		return 0
	}
	if n, ok := numberWords[strings.ToLower(m[1])]; ok {
		return n
	}
	n, _ := strconv.Atoi(m[1]) // 1 to 10: rePoints reads no other
	return n
}

// reFramedAbout is what is left before a message's question when its
// request frame ends in "about" ("can you tell me about", "i'm curious
// about"), which Unchatter removes.
var reFramedAbout = regexp.MustCompile(`(?i)\babout[\s,:]*$`)

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

// aboutIn is Message.SummaryIn of a message saying plain without its
// chatter.
func aboutIn(plain string) (where, topic string) {
	if m := reSaysAbout.FindStringSubmatch(strings.TrimSpace(plain)); m != nil {
		return m[1], m[2]
	}
	return "", ""
}

// summaryOf is Message.Summary of a message typed as text that says
// plain without its chatter. A message whose request frame asked about
// what plain names ("tell me about the pipeline deal" → "the pipeline
// deal") asks for an account of it too, unless plain is a question ("tell
// me about how it failed").
func summaryOf(text, plain string) (string, bool) {
	plain = strings.TrimSpace(plain)
	target := ""
	if m := reSummary.FindStringSubmatch(plain); m != nil {
		target = m[1] + m[2] + m[3]
	} else if m := reExplain.FindStringSubmatch(plain); m != nil && !reQuestionWord.MatchString(m[1]) {
		target = m[1]
	} else if i := strings.Index(text, plain); i > 0 && plain != "" && reFramedAbout.MatchString(text[:i]) && !reQuestionWord.MatchString(plain) {
		target = strings.TrimRight(plain, "?.! ")
	}
	target = strings.TrimSpace(target)
	target = reDocLead.ReplaceAllString(target, "")
	target = strings.Trim(target, `"'“”‘’ `)
	return target, target != ""
}
