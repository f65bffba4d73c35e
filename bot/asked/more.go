package asked

import (
	"regexp"
	"strings"
)

// reMore is a whole message, chatter removed, that asks for more of the
// last answer: "tell me more", "go on", "more details pls", "what else?".
var reMore = regexp.MustCompile(`(?i)^(?:(?:can|could|would) (?:you|u) |pls |please )?(?:(?:tell me|say|give me|show me) (?:a (?:bit|little) )?more(?: about (?:it|that|this))?|` +
	`more(?: details| detail| info| information| context| please| pls| about (?:it|that|this))?|(?:go|keep) (?:on|going)|continue|and then|what else|anything else|` +
	`elaborate(?: on (?:it|that|this))?|expand on (?:it|that|this)|more on (?:it|that|this))[\s?!.]*$`)

// asksMore is Message.AsksMore of a message that says plain without its
// chatter.
func asksMore(plain string) bool {
	return reMore.MatchString(strings.TrimSpace(plain))
}
