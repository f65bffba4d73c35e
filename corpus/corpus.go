// Package corpus embeds citebot's default documents.
package corpus

import (
	"embed"
	"io/fs"
)

//go:embed *.txt
var files embed.FS

// FS returns the default corpus: the documents at the root of the returned
// file system.
func FS() fs.FS { return files }
