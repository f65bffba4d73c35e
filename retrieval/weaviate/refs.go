package weaviate

import (
	"fmt"
	"strings"

	"github.com/citebot/citebot"
)

// chunkRef formats the ID of chunk n of a document.
func chunkRef(docID string, n int) string { return fmt.Sprintf("%s#%d", docID, n) }

// runeFloor moves i back to the start of the rune it falls in.
func runeFloor(s string, i int) int {
	for i > 0 && i < len(s) && s[i]&0xC0 == 0x80 {
		i--
	}
	return i
}

// lineAt is the 1-based line of byte offset off of s.
func lineAt(s string, off int) int { return 1 + strings.Count(s[:off], "\n") }

func covered(ps []citebot.Passage, doc string, s, e int) bool {
	for _, p := range ps {
		if p.Doc == doc && p.Start < e && s < p.End {
			return true
		}
	}
	return false
}

func uniq(ts []string) []string {
	seen := make(map[string]bool, len(ts))
	out := ts[:0:0]
	for _, t := range ts {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}
