package bot

import (
	"fmt"
	"strings"

	"github.com/citebot/citebot"
)

// byDocumentPool is how many passages are searched for a question asking
// which documents speak of something: more than for a fact
// (DefaultPool), so that a document whose passages rank below another's
// many is still read.
const byDocumentPool = 24

// byDocumentText is the extractive answer to which documents speak of
// topic: a line per document that cites, its title (its path when it has
// none) and its best sentence, after how many of the documents do.
func (b *Bot) byDocumentText(topic string, cits []citebot.Citation) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "Documents that speak of “%s” (%d", topic, len(cits))
	if lib, ok := b.ret.(citebot.Library); ok {
		fmt.Fprintf(&sb, " of %d", len(lib.Sources()))
	}
	sb.WriteString("):")
	for _, c := range cits {
		title := c.Title
		if title == "" {
			title = c.Doc
		}
		fmt.Fprintf(&sb, "\n- “%s”: %s [%d]", title, strings.Join(strings.Fields(c.Quote), " "), c.N)
	}
	return sb.String()
}
