package ingest

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

// File is a file of a corpus that can be parsed.
type File struct {
	Path string // slash-separated, relative to the corpus root
	Hash string // hex SHA-256 of Data
	Data []byte
}

// Skip is a file that was not indexed, and why: Reason is one line without
// the path ("empty file", "unsupported file type .docx", "permission
// denied", "binary file (NUL byte at 1)", ...).
type Skip struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Walk lists the files of fsys that can be indexed, in path order, and the
// files it skipped with reasons: unsupported extensions (see Parse), files
// that are empty, larger than MaxFileBytes, unreadable or not regular,
// broken links and links to folders. Hidden files and folders (names
// starting with '.') are passed over silently; it never follows a link to
// a folder, so link loops cannot trap it. When fsys can read links (it is
// an fs.ReadLinkFS, as os.DirFS and fs.Sub are) a link is read, under its
// own name, only when it leads to a regular file inside fsys that is not
// hidden: links that lead out of fsys ("link points outside the corpus"),
// have an absolute target, or lead to hidden files are skipped. Without
// fs.ReadLinkFS links to files are followed wherever they lead (embed.FS
// has no links). It fails only when the root of fsys cannot be read. It
// reads every file whole; it may be called concurrently if fsys may.
func Walk(fsys fs.FS) ([]File, []Skip, error) {
	var docs []File
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

// readDoc reads one file, or says why it is skipped. A link is read
// under its own name when linkTarget follows it.
func readDoc(fsys fs.FS, p string, d fs.DirEntry) (File, string) {
	target := p
	if d.Type()&fs.ModeSymlink != 0 {
		var reason string
		if target, reason = linkTarget(fsys, p); reason != "" {
			return File{}, reason
		}
	}
	if !supported(p) {
		ext := path.Ext(p)
		if ext == "" {
			return File{}, "unsupported file type (no extension)"
		}
		return File{}, "unsupported file type " + ext
	}
	info, err := fs.Stat(fsys, target)
	switch {
	case err != nil:
		return File{}, shortErr(err)
	case !info.Mode().IsRegular():
		return File{}, "not a regular file"
	case info.Size() > MaxFileBytes:
		return File{}, fmt.Sprintf("too large (%d MB > %d MB)", info.Size()>>20, MaxFileBytes>>20)
	case info.Size() == 0:
		return File{}, "empty file"
	}
	data, err := fs.ReadFile(fsys, target)
	if err != nil {
		return File{}, shortErr(err)
	}
	sum := sha256.Sum256(data)
	return File{Path: p, Hash: hex.EncodeToString(sum[:]), Data: data}, ""
}

// linkTarget returns the file the link p leads to, or why it is not
// followed: it leads out of fsys, to a hidden file, to a folder, or
// nowhere. When fsys cannot read links (it is not an fs.ReadLinkFS) it can
// only tell folders and broken links, and the target is p.
func linkTarget(fsys fs.FS, p string) (string, string) {
	target := p
	if lfs, ok := fsys.(fs.ReadLinkFS); ok {
		t, err := resolveLink(lfs, p)
		switch {
		case errors.Is(err, errLinkOutside), errors.Is(err, errLinkAbsolute), errors.Is(err, errLinkLoop):
			return "", err.Error()
		case err != nil:
			return "", shortErr(err)
		case hiddenPath(t):
			return "", "link to a hidden file (not followed)"
		}
		target = t
	}
	info, err := fs.Stat(fsys, target)
	if err != nil {
		return "", shortErr(err)
	}
	if info.IsDir() {
		return "", "link to a folder (not followed)"
	}
	return target, ""
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
