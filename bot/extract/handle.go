package extract

import (
	"regexp"

	"github.com/citebot/citebot/text"
)

// reHandleSays opens a line of a thread or a comment section with a
// user's handle, in lower case as handles often are, and what the user
// did with a post: "greelgorke reblogged this from izs and added:",
// "jdoe_42 replied".
var reHandleSays = regexp.MustCompile(`(?m)^\s*([a-z][a-z0-9_.-]{2,29})\s+(?:reblogged|posted|wrote|writes|replied|replies|commented|comments|said|says|added|shared|tweeted|retweeted)\b`)

// handleSays reports whether s opens a line with a user's handle doing
// something with a post (reHandleSays): a handle no dictionary lists, no
// stop word and not the question's own word names a person as a capital
// name does.
func handleSays(s string, q question) bool {
	for _, m := range reHandleSays.FindAllStringSubmatch(s, -1) {
		h := m[1]
		if !text.IsStop(h) && !text.English(text.Stem(h)) && !q.words[h] {
			return true
		}
	}
	return false
}
