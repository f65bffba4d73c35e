package ingest

import (
	"errors"
	"io/fs"
	"path"
	"path/filepath"
	"strings"
)

// maxLinkHops is how many links are followed to resolve one path, as an
// operating system bounds them (ELOOP).
const maxLinkHops = 40

// Why a link is not followed; the messages are skip reasons.
var (
	errLinkOutside  = errors.New("link points outside the corpus")
	errLinkAbsolute = errors.New("link to an absolute path (not followed)")
	errLinkLoop     = errors.New("too many levels of symbolic links")
)

// resolveLink returns the path in fsys that name leads to once each link
// on it is followed, as filepath.EvalSymlinks does, but inside fsys: a
// link whose target is absolute is errLinkAbsolute, a ".." that would
// climb above the root is errLinkOutside, more than maxLinkHops links are
// errLinkLoop. A missing file on the way is the error of fsys.Lstat. The
// result has no links on it and is "." for the root.
func resolveLink(fsys fs.ReadLinkFS, name string) (string, error) {
	done, todo := "", name // resolved part, without links; what is left
	hops := 0
	for todo != "" {
		var elem string
		elem, todo, _ = strings.Cut(todo, "/")
		switch elem {
		case "", ".":
			continue
		case "..":
			if done == "" {
				return "", errLinkOutside
			}
			done = strings.TrimSuffix(path.Dir(done), ".")
			continue
		}
		next := path.Join(done, elem)
		info, err := fsys.Lstat(next)
		if err != nil {
			return "", err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			done = next
			continue
		}
		if hops++; hops > maxLinkHops {
			return "", errLinkLoop
		}
		target, err := fsys.ReadLink(next)
		if err != nil {
			return "", err
		}
		if target = filepath.ToSlash(target); path.IsAbs(target) || filepath.VolumeName(target) != "" {
			return "", errLinkAbsolute
		}
		todo = strings.TrimSuffix(target+"/"+todo, "/")
	}
	if done == "" {
		return ".", nil
	}
	return done, nil
}

// hiddenPath reports whether a path has a file or folder whose name starts
// with '.' on it.
func hiddenPath(p string) bool {
	for _, elem := range strings.Split(p, "/") {
		if strings.HasPrefix(elem, ".") && elem != "." {
			return true
		}
	}
	return false
}
