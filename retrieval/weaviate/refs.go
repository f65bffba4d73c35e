package weaviate

import (
	"fmt"
	"strings"
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
