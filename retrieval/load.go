package retrieval

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// MaxFileBytes is the largest file that is read for indexing.
const MaxFileBytes = 20 << 20

// rawDoc is a file of the corpus that can be indexed.
type rawDoc struct {
	Path string // slash-separated, relative to the corpus root
	Hash string // hex SHA-256 of the file's bytes
	Data []byte
}

// walk lists the indexable files of fsys in path order and the files it
// skipped, with reasons. Hidden files and folders are passed over silently;
// it never follows a link to a folder, so link loops cannot trap it.
func walk(fsys fs.FS) ([]rawDoc, []Skip, error) {
	var docs []rawDoc
	var skips []Skip
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			skips = append(skips, Skip{Path: p, Reason: shortErr(err)})
			return nil
		}
		name := d.Name()
		if p != "." && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		doc, reason := readDoc(fsys, p, d)
		if reason != "" {
			skips = append(skips, Skip{Path: p, Reason: reason})
			return nil
		}
		docs = append(docs, doc)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read corpus: %w", err)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].Path < docs[j].Path })
	return docs, skips, nil
}

// readDoc reads one file, or says why it is skipped.
func readDoc(fsys fs.FS, p string, d fs.DirEntry) (rawDoc, string) {
	if !supported(p) {
		ext := path.Ext(p)
		if ext == "" {
			return rawDoc{}, "unsupported file type (no extension)"
		}
		return rawDoc{}, "unsupported file type " + ext
	}
	if d.Type()&fs.ModeType != 0 && d.Type()&fs.ModeSymlink == 0 {
		return rawDoc{}, "not a regular file"
	}
	if info, err := fs.Stat(fsys, p); err != nil {
		return rawDoc{}, shortErr(err)
	} else if info.IsDir() {
		return rawDoc{}, "link to a folder (not followed)"
	} else if info.Size() > MaxFileBytes {
		return rawDoc{}, fmt.Sprintf("too large (%d MB > %d MB)", info.Size()>>20, MaxFileBytes>>20)
	} else if info.Size() == 0 {
		return rawDoc{}, "empty file"
	}
	data, err := fs.ReadFile(fsys, p)
	if err != nil {
		return rawDoc{}, shortErr(err)
	}
	sum := sha256.Sum256(data)
	return rawDoc{Path: p, Hash: hex.EncodeToString(sum[:]), Data: data}, ""
}

// supported reports whether a file name has an extension that is indexed.
func supported(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".md", ".markdown", ".html", ".htm", ".pdf":
		return true
	}
	return false
}

// shortErr turns a file error into a short reason without the path.
func shortErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, fs.ErrNotExist):
		return "does not exist (broken link?)"
	}
	return err.Error()
}
