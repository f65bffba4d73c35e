package text

import (
	_ "embed"
	"strings"
	"sync"
)

// givenNameList is the folded given names ("tom", "mary", "joyce") of
// given-names.txt, written by internal/givengen from the npm package
// human-names (MIT licence: given-names.LICENSE).
//
//go:embed given-names.txt
var givenNameList string

// givenNames is the set of givenNameList, made on first use; read-only.
var givenNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(givenNameList, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
})

// GivenName reports whether the folded word w (a Token's Norm) is a
// popular given name in English or a neighbouring language ("patrick",
// "joyce", "mark"): a run of capitalised words that opens with one names
// a person even when every word of it is also an English word ("Mark
// Twain"). It is safe for concurrent use.
func GivenName(w string) bool { return givenNames()[w] }
