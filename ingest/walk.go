package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// File is a file of a corpus read whole, ready for Parse.
type File struct {
	Path string // slash-separated, relative to the corpus root
	Hash string // hex SHA-256 of Data
	Data []byte
	// ModTime is the file's modification time as Walk listed it, before
	// it was read; zero when unknown (see Read).
	ModTime time.Time
}

// Entry is a file that Walk lists as indexable by its name and metadata
// alone: it has not been read, so Read may still skip it.
type Entry struct {
	Path    string    // slash-separated, relative to the corpus root
	Size    int64     // in bytes, as listed
	ModTime time.Time // as listed; zero when fsys does not tell (embed.FS)
	target  string    // the file to read: "" for Path, or where the link at Path leads
}

// Skip is a file that was not indexed, and why: Reason is one line without
// the path ("empty file", "unsupported file type .docx", "permission
// denied", "binary file (NUL byte at 1)", ...).
type Skip struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Walk lists the files of fsys that can be indexed, in path order, with
// their size and modification time, and the files it skipped with
// reasons: unsupported extensions (see Parse), files that are empty,
// larger than MaxFileBytes, unreadable or not regular, broken links and
// links to folders. It reads no file: Read does, and skips what proves
// empty or too large then. Hidden files and folders (names starting with
// '.') are passed over silently; it never follows a link to a folder, so
// link loops cannot trap it. When fsys can read links (it is an
// fs.ReadLinkFS, as os.DirFS and fs.Sub are) a link is listed, under its
// own name, only when it leads to a regular file inside fsys that is not
// hidden: links that lead out of fsys ("link points outside the corpus"),
// have an absolute target, or lead to hidden files are skipped. Without
// fs.ReadLinkFS links to files are followed wherever they lead (embed.FS
// has no links). It fails only when the root of fsys cannot be read. It
// reads folders and stats files concurrently, so fsys must be safe for
// concurrent use (os.DirFS, os.Root's FS, embed.FS and fstest.MapFS are);
// it may be called concurrently too.
func Walk(fsys fs.FS) ([]Entry, []Skip, error) {
	top, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, nil, fmt.Errorf("read corpus: %w", err)
	}
	found := listTree(fsys, ".", top, make(chan struct{}, 4*runtime.GOMAXPROCS(0)))
	statAll(fsys, found)
	var files []Entry
	var skips []Skip
	for _, l := range found {
		if l.reason != "" {
			skips = append(skips, Skip{Path: l.path, Reason: l.reason})
		} else {
			files = append(files, l.e)
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, skips, nil
}

// listTree returns the files below dir, whose entries are given, as
// fs.WalkDir would visit them (hidden files and folders passed over, a
// folder that cannot be read listed with the reason), reading the folders
// concurrently, at most cap(sem) at once: on an os.Root, ReadDir also
// stats every entry.
func listTree(fsys fs.FS, dir string, entries []fs.DirEntry, sem chan struct{}) []listed {
	parts := make([][]listed, len(entries))
	var wg sync.WaitGroup
	for i, d := range entries {
		if strings.HasPrefix(d.Name(), ".") {
			continue
		}
		p := path.Join(dir, d.Name())
		if !d.IsDir() {
			parts[i] = []listed{{path: p, d: d}}
			continue
		}
		wg.Go(func() {
			sem <- struct{}{}
			sub, err := fs.ReadDir(fsys, p)
			<-sem
			if err != nil {
				parts[i] = []listed{{path: p, reason: shortErr(err)}}
				return
			}
			parts[i] = listTree(fsys, p, sub, sem)
		})
	}
	wg.Wait()
	return slices.Concat(parts...)
}

// listed is a file that Walk found: its entry, or why it is skipped.
type listed struct {
	path   string
	d      fs.DirEntry // nil when reason is already known
	e      Entry
	reason string
}

// statAll fills in the entries of found by statEntry, on every processor
// when there are many: a stat is a system call each, and a corpus that
// has not changed costs little else to list.
func statAll(fsys fs.FS, found []listed) {
	stat := func(part []listed) {
		for i := range part {
			if l := &part[i]; l.d != nil {
				l.e, l.reason = statEntry(fsys, l.path, l.d)
			}
		}
	}
	parts := min(runtime.GOMAXPROCS(0), len(found)/256)
	if parts < 2 {
		stat(found)
		return
	}
	var wg sync.WaitGroup
	for p := range parts {
		part := found[p*len(found)/parts : (p+1)*len(found)/parts]
		wg.Go(func() { stat(part) })
	}
	wg.Wait()
}

// statEntry lists one file by its metadata, or says why it is skipped. A
// link is listed under its own name when linkTarget follows it.
func statEntry(fsys fs.FS, p string, d fs.DirEntry) (Entry, string) {
	target := p
	if d.Type()&fs.ModeSymlink != 0 {
		var reason string
		if target, reason = linkTarget(fsys, p); reason != "" {
			return Entry{}, reason
		}
	}
	if !supported(p) {
		ext := path.Ext(p)
		if ext == "" {
			return Entry{}, "unsupported file type (no extension)"
		}
		return Entry{}, "unsupported file type " + ext
	}
	info, err := fileInfo(fsys, target, d)
	switch {
	case err != nil:
		return Entry{}, shortErr(err)
	case !info.Mode().IsRegular():
		return Entry{}, "not a regular file"
	}
	if reason := sizeReason(info.Size()); reason != "" {
		return Entry{}, reason
	}
	e := Entry{Path: p, Size: info.Size(), ModTime: info.ModTime()}
	if target != p {
		e.target = target
	}
	return e, ""
}

// fileInfo returns the metadata of the file at target, which the link p
// leads to or which is p itself, of entry d. For a p that is not a link,
// when fsys has a Stat of its own (an fs.StatFS), they are the entry's:
// the same, and already read by an os.Root's ReadDir, whose Stat would
// look p up again, folder by folder. Otherwise fs.Stat opens the file
// (following a link that fsys cannot read), which also tells whether it
// can be opened.
func fileInfo(fsys fs.FS, target string, d fs.DirEntry) (fs.FileInfo, error) {
	if _, ok := fsys.(fs.StatFS); ok && d.Type()&fs.ModeSymlink == 0 {
		return d.Info()
	}
	return fs.Stat(fsys, target)
}

// sizeReason says why a file of n bytes is skipped, or "" when it is not.
func sizeReason(n int64) string {
	switch {
	case n > MaxFileBytes:
		return fmt.Sprintf("too large (%d MB > %d MB)", n>>20, MaxFileBytes>>20)
	case n == 0:
		return "empty file"
	}
	return ""
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
