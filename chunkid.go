package citebot

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// ChunkID formats the ID of chunk n (1-based) of the document with ID
// doc: "dawn#12". ParseChunkID reads it back.
func ChunkID(doc string, n int) string { return doc + "#" + strconv.Itoa(n) }

// ParseChunkID splits a chunk ID such as "dawn#12" into its document ID and
// chunk number. Surrounding space and case are forgiven. It returns an error
// wrapping ErrBadRef for anything else.
func ParseChunkID(ref string) (doc string, n int, err error) {
	ref = strings.ToLower(strings.TrimSpace(ref))
	i := strings.LastIndexByte(ref, '#')
	if i <= 0 || i == len(ref)-1 {
		return "", 0, fmt.Errorf("%w: %q is not a chunk ID like doc#3", ErrBadRef, ref)
	}
	doc = ref[:i]
	for _, r := range doc {
		if !(r == '-' || r == '_' || r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			return "", 0, fmt.Errorf("%w: %q is not a chunk ID like doc#3", ErrBadRef, ref)
		}
	}
	n, err = strconv.Atoi(ref[i+1:])
	switch {
	case err == nil && n < 1:
		return "", 0, fmt.Errorf("%w: %q: chunk numbers start at 1", ErrBadRef, ref)
	case err != nil || n > 1<<30:
		return "", 0, fmt.Errorf("%w: %q has no chunk number after #", ErrBadRef, ref)
	}
	return doc, n, nil
}
