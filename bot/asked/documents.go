package asked

import (
	"regexp"
	"strings"
)

// docNounPattern are the nouns a message names the documents by, singular or
// plural.
const docNounPattern = `(?:articles?|documents?|docs?|sources?|papers?|posts?|pieces?|texts?|files?|pages?|reports?|stor(?:y|ies))`

// mentionVerbs are the verbs of a document speaking of something.
const mentionVerbs = `(?:mention(?:s|ed)?|talks? about|talked about|discuss(?:es|ed)?|cover(?:s|ed)?|says? (?:anything |something )?about|said (?:anything |something )?about|refers? to|referred to|deals? with|(?:is|are|was|were) about|names?|named)`

// reWhichDocuments asks which of the documents speak of something: "which
// articles mention X?", "how many docs talk about X", "what source covers
// X", "do any of the articles mention X?", "in which article is X
// mentioned?".
var reWhichDocuments = regexp.MustCompile(`(?i)^(?:` +
	`(?:which|what|how many)(?: of the| of these| of your)? ` + docNounPattern + ` (?:\w+ )?` + mentionVerbs + ` (.+?)` +
	`|(?:do|does|did) (?:any|some)(?: of)?(?: the| these| your)? ` + docNounPattern + ` ` + mentionVerbs + ` (.+?)` +
	`|(?:in )?(?:which|what) ` + docNounPattern + ` (?:is|are|was|were) (.+?) (?:mentioned|discussed|covered|named)` +
	`)\s*[?.!]*$`)

// documentsAbout is Message.DocumentsAbout of a message saying plain
// without its chatter.
func documentsAbout(plain string) (string, bool) {
	m := reWhichDocuments.FindStringSubmatch(strings.TrimSpace(plain))
	if m == nil {
		return "", false
	}
	topic := strings.Trim(strings.TrimSpace(m[1]+m[2]+m[3]), `"'“”‘’ `)
	return topic, topic != ""
}
