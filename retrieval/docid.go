package retrieval

import (
	"path"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// docIDs gives each path a short, human-typeable ID: the shortest run of
// leading words of its file name that no other file shares ("dawn" for
// dawn-2019-03.txt when no other name starts with "dawn"), lower case,
// words joined by '-'. IDs depend only on the set of paths, so the same
// corpus always gets the same IDs.
func docIDs(paths []string) map[string]string {
	words := make([][]string, len(paths))
	for i, p := range paths {
		words[i] = nameWords(p)
	}
	ids := make(map[string]string, len(paths))
	used := make(map[string]bool)
	for i, p := range paths {
		id := ""
		for n := 1; n <= len(words[i]); n++ {
			cand := strings.Join(words[i][:n], "-")
			if !sharedPrefix(words, i, n) {
				id = cand
				break
			}
		}
		if id == "" {
			id = strings.Join(words[i], "-")
		}
		for base, k := id, 2; used[id]; k++ {
			id = base + "-" + strconv.Itoa(k)
		}
		used[id] = true
		ids[p] = id
	}
	return ids
}

// sharedPrefix reports whether another name begins with the first n words
// of name i.
func sharedPrefix(words [][]string, i, n int) bool {
	for j := range words {
		if j == i || len(words[j]) < n {
			continue
		}
		same := true
		for w := 0; w < n; w++ {
			if words[j][w] != words[i][w] {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// nameWords splits a file name (without extension) into lower-case words.
func nameWords(p string) []string {
	base := path.Base(p)
	base = strings.TrimSuffix(base, path.Ext(base))
	// drop diacritics so that IDs stay typeable: "Ñame" → "name"
	base = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, norm.NFD.String(base))
	ws := strings.FieldsFunc(strings.ToLower(base), func(r rune) bool {
		return !(r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)))
	})
	if len(ws) == 0 {
		return []string{"doc"}
	}
	return ws
}

// DocIDs returns the document ID of every path, as the in-process index
// assigns them (the shortest distinguishing prefix of the file name), for
// other Backends to assign the same chunk IDs.
func DocIDs(paths []string) map[string]string { return docIDs(paths) }
