package asked

import (
	"regexp"
	"strings"

	"github.com/citebot/citebot/text"
)

// reAsksSource is a folded message that asks where the last answer comes
// from, and nothing else: "source?", "what's your source", "link pls",
// "which article is that from?", "where did you get that?", "who wrote
// that?", "says who?".
var reAsksSource = regexp.MustCompile(`^(?:(?:and|so|ok|but) )?(?:` +
	`(?:(?:what(?: is|'s| are)|whats|wats) (?:the|your|ur) )?(?:sources?|citations?|refs?|references?|links?)(?: (?:for|of|on) (?:that|this|it))?(?: (?:pls|please|plz))?` +
	`|where(?: is|'s| does| did) (?:that|this|it) (?:from|come from|say that|say so)` +
	`|where did (?:you|u) (?:get|read|find|see) (?:that|this|it)` +
	`|(?:which|what) ` + docNounPattern + ` (?:is|was|did) (?:that|this|it) (?:from|in|come from)` +
	`|who (?:wrote|said|says) (?:that|this|it)` +
	`|(?:can|could) (?:you|u) (?:cite|source|link) (?:that|this|it)` +
	`|says who|according to (?:who|whom|what))\s*[?!.]*$`)

// asksSource is Message.AsksSource of a message saying plain without its
// chatter.
func asksSource(plain string) bool {
	return reAsksSource.MatchString(strings.TrimSpace(text.Fold(plain)))
}
