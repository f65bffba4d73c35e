package retrieval

import (
	"errors"
	"path"
	"strings"
)

// errUnsupported marks a file whose kind is not indexed.
var errUnsupported = errors.New("unsupported file type")

// extractText returns the text of a file that is indexed and cited: for
// .txt and .md the file's bytes as they are. (Placeholder: HTML and PDF
// extraction land separately.)
func extractText(name string, data []byte) (string, error) {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".md":
		return string(data), nil
	}
	return "", errUnsupported
}
