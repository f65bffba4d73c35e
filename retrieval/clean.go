package retrieval

import "github.com/citebot/citebot/bot/text"

// Block is a paragraph or line of a document's text and whether it is
// content (indexed and citable) or boilerplate (navigation, comments,
// sidebars, share buttons, ...).
type Block struct {
	Start, End int // byte offsets in the document text
	Content    bool
	Reason     string // why it was judged boilerplate; "" for content
}

// classify splits doc into blocks and classifies each. (Placeholder: every
// block is content until the paragraph classifier lands.)
func classify(doc string) []Block {
	var out []Block
	for _, sp := range text.Blocks(doc) {
		out = append(out, Block{Start: sp.Start, End: sp.End, Content: true})
	}
	return out
}
