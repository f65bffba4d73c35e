package text

import (
	"regexp"
	"strings"
)

// The chatter around a question typed in a chat: greetings and addresses
// before it, a request frame ("can you tell me", "does anyone know"),
// thanks after it, and "please" anywhere. Everyday English only; nothing
// from a particular corpus. Each is matched case-insensitively.
var (
	reMention   = regexp.MustCompile(`<[@#][!&]?\d+>|(?:^|\s)@\S+`)
	reGreeting  = regexp.MustCompile(`(?i)^(?:(?:hey|hi|hello|hiya|yo|howdy|greetings|good (?:morning|afternoon|evening))(?:\s+(?:there|all|everyone|everybody|guys|folks|team|bot|citebot|friends?|y'?all))?|ok(?:ay)?|so|well|um+|uh+m*|hmm+|quick question|question)\b[\s,!.:;–—-]*`)
	reAskFrame  = regexp.MustCompile(`(?i)^(?:(?:can|could|would|will) (?:you|u|ya|someone|somebody|anyone|anybody)(?: please| pls| plz)? (?:tell|show|remind) me|(?:does|do|did) (?:anyone|anybody|someone|somebody|any ?one|you|u|ya) (?:know|remember)|(?:i|we) (?:want|wanna|would like|need|'?d like) to know|(?:i'?m|i am|i was|just) (?:curious|wondering)|(?:please |pls |plz )?tell me|any ?(?:one|body) know|i wonder)(?: about| whether| if)?\b[\s,:]*`)
	reThanks    = regexp.MustCompile(`(?i)[\s,.!;:–—-]*\b(?:thanks|thank (?:you|u)|thx|ty|tia|cheers|pls|please|plz|lol|lmao|haha)(?: (?:a lot|so much|in advance|again))?[\s!.]*([?]?)[\s!.]*$`)
	rePlease    = regexp.MustCompile(`(?i)\b(?:please|pls|plz|kindly)\b[\s,]*`)
	reHasLetter = regexp.MustCompile(`\pL`)
)

// Unchatter returns question q without the chatter around it: mentions
// ("@everyone", "<@123>"), greetings and addresses before it ("hey bot,"),
// request frames ("can you tell me", "does anyone know"), thanks after it
// ("thanks!"), and "please" anywhere. "hey bot, can you tell me when
// Musharraf visited Moscow? thanks!" → "when Musharraf visited Moscow?".
// What is left is q's own text, trimmed; q is returned as is when nothing
// would be left.
func Unchatter(q string) string {
	s := reMention.ReplaceAllString(q, " ")
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimSpace(reGreeting.ReplaceAllString(s, ""))
		t = strings.TrimSpace(reAskFrame.ReplaceAllString(t, ""))
		if m := reThanks.FindStringSubmatchIndex(t); m != nil && m[0] > 0 {
			t = strings.TrimSpace(t[:m[0]] + t[m[2]:m[3]])
		}
		if t == s {
			break
		}
		s = t
	}
	s = strings.TrimSpace(rePlease.ReplaceAllString(s, ""))
	if !reHasLetter.MatchString(s) {
		return strings.TrimSpace(q)
	}
	return s
}
