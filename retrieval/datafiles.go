package retrieval

import "strings"

// Prefixes of the temporary files a large build spills its texts and
// postings to in the data dir (spill_unix.go). They are unlinked as soon
// as they are created; only a crash in between leaves one behind.
const (
	spillTextsPrefix = "texts.tmp-"
	spillBuildPrefix = "build.tmp-"
)

// OwnsFile reports whether name, a file of a data dir, is one an index
// writes there: the index, its manifest, its damage note, its vector
// graph, or a temporary sibling of one of them or of the spilled texts
// and postings, which a crash can leave behind. `citebot data clean`
// removes such files and no others.
func OwnsFile(name string) bool {
	for _, f := range []string{indexFile, manifestFile, corruptFile, graphFile} {
		if name == f || strings.HasPrefix(name, f+".tmp-") {
			return true
		}
	}
	return strings.HasPrefix(name, spillTextsPrefix) || strings.HasPrefix(name, spillBuildPrefix)
}
