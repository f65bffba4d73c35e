// Package fsnotify watches a folder tree for changes over
// github.com/fsnotify/fsnotify, which watches one folder at a time: it adds
// every folder below the root, including ones created later, passes over
// hidden files and folders (names starting with '.', as ingest does), and
// turns a burst of events into one call once the folder has been quiet for
// a while.
package fsnotify

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	gofsnotify "github.com/fsnotify/fsnotify"
)

// DefaultDebounce is the quiet period when Options.Debounce is zero: long
// enough to cover an editor's save (write a temporary file, rename it over
// the old one, set its mode) and a `cp -r` of a few files, short enough to
// feel immediate.
const DefaultDebounce = 400 * time.Millisecond

// maxDelayFactor bounds how long a stream of changes that never pauses
// (a log written every 100 ms) delays the call: at most this many quiet
// periods after its first change.
const maxDelayFactor = 20

// ErrRootGone is returned by Run when the watched folder itself was
// removed or moved away: its watch is gone with it.
var ErrRootGone = errors.New("the watched folder was removed or moved")

// ErrClosed is returned by Run when the watcher was closed by Close.
var ErrClosed = errors.New("the watcher was closed")

// Options configure a Watcher. The zero value waits DefaultDebounce and
// drops errors that do not stop watching.
type Options struct {
	// Debounce is how long the tree must be quiet after a change before
	// Run calls back; zero means DefaultDebounce.
	Debounce time.Duration
	// OnError, when not nil, receives the errors that do not stop
	// watching: a new folder that cannot be watched (e.g. the system's
	// limit of watches is reached), or an error the watcher reports. It is
	// called from Run's goroutine, possibly while a call back runs.
	OnError func(error)
}

// Watcher watches a folder and every folder below it, except hidden ones.
// Its methods may be called from one goroutine at a time; Close may be
// called from any goroutine.
type Watcher struct {
	root string
	dir  os.FileInfo // the root when New was called, to tell a new folder of the same name
	opts Options
	fw   *gofsnotify.Watcher
	once sync.Once
}

// New starts watching dir and the folders below it (not hidden ones, and
// not links to folders): events from then on are kept for Run. It fails
// when dir is not a folder or a folder cannot be watched, e.g. because
// the system's limit of watches is reached (on Linux,
// fs.inotify.max_user_watches). Close, or the end of Run, releases it.
func New(dir string, opts Options) (*Watcher, error) {
	if opts.Debounce <= 0 {
		opts.Debounce = DefaultDebounce
	}
	root, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("watch %s: %w", dir, err)
	}
	st, err := os.Stat(root)
	if err != nil || !st.IsDir() {
		return nil, fmt.Errorf("watch %s: not a folder", dir)
	}
	fw, err := gofsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watch %s: %w", dir, explain(err))
	}
	w := &Watcher{root: root, dir: st, opts: opts, fw: fw}
	if err := w.resync(func(err error) error { return err }); err != nil {
		w.Close()
		return nil, err
	}
	return w, nil
}

// Close stops watching and releases the watches; Run then returns
// ErrClosed.
// Calling it again does nothing.
func (w *Watcher) Close() error {
	var err error
	w.once.Do(func() { err = w.fw.Close() })
	return err
}

// Run calls changed once after each burst of changes in the tree, when no
// change has come for the Debounce period (or at most 20 periods after
// the burst began, should changes never pause), until ctx is done; then it
// waits for a call in progress to return, closes the watcher and returns
// nil. Calls come from one goroutine, one at a time: changes during a call
// lead to one more call after it. Changes to hidden files and folders, and
// changes of mode or times only (chmod, touch), are passed over; new
// folders are watched before the call that follows their creation. Run
// returns ErrRootGone when the folder itself goes away, ErrClosed after
// Close, and an error when the watcher stops for another reason. It is
// called once.
func (w *Watcher) Run(ctx context.Context, changed func()) error {
	defer w.Close()
	l := loop{w: w, changed: changed}
	defer l.wait()
	return l.run(ctx)
}

// loop is the state of one Run.
type loop struct {
	w       *Watcher
	changed func()
	timer   *time.Timer
	first   time.Time     // when the pending burst began; zero when none is pending
	running chan struct{} // closed when the call in progress returns; nil when none runs
}

func (l *loop) run(ctx context.Context) error {
	l.timer = time.NewTimer(time.Hour)
	l.timer.Stop()
	defer l.timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-l.w.fw.Events:
			if !ok {
				return ErrClosed
			}
			if l.w.relevant(ev) {
				l.note()
			}
		case err, ok := <-l.w.fw.Errors:
			if !ok {
				return ErrClosed
			}
			l.w.failed(err)
			if errors.Is(err, gofsnotify.ErrEventOverflow) {
				l.note() // events were lost: assume anything changed
			}
		case <-l.timer.C:
			if err := l.fire(); err != nil {
				return err
			}
		case <-l.running:
			l.running = nil
			if !l.first.IsZero() {
				l.timer.Reset(l.w.opts.Debounce)
			}
		}
	}
}

// note records a change: the call waits for Debounce more of quiet, but
// not beyond maxDelayFactor periods after the burst began.
func (l *loop) note() {
	now := time.Now()
	if l.first.IsZero() {
		l.first = now
	}
	if l.running != nil {
		return // the timer is started again when the call returns
	}
	d := l.w.opts.Debounce
	if deadline := l.first.Add(maxDelayFactor * d); now.Add(d).After(deadline) {
		d = max(deadline.Sub(now), 0)
	}
	l.timer.Reset(d)
}

// fire watches folders created since the last call and starts the call.
func (l *loop) fire() error {
	if l.running != nil || l.first.IsZero() {
		return nil
	}
	if err := l.w.resync(func(err error) error { l.w.failed(err); return nil }); err != nil {
		return err
	}
	l.first = time.Time{}
	done := make(chan struct{})
	l.running = done
	go func() {
		defer close(done)
		l.changed()
	}()
	return nil
}

// wait waits for the call in progress, if any.
func (l *loop) wait() {
	if l.running != nil {
		<-l.running
	}
}

// relevant reports whether ev may change what the tree holds: not a change
// of mode or times only, and not under a hidden name.
func (w *Watcher) relevant(ev gofsnotify.Event) bool {
	if !ev.Has(gofsnotify.Create | gofsnotify.Write | gofsnotify.Remove | gofsnotify.Rename) {
		return false
	}
	rel, err := filepath.Rel(w.root, ev.Name)
	if err != nil || rel == "." {
		return true // the root itself: fire, and resync finds out whether it is gone
	}
	return !hidden(rel)
}

// failed passes err, which does not stop watching, to OnError.
func (w *Watcher) failed(err error) {
	if w.opts.OnError != nil && err != nil {
		w.opts.OnError(explain(err))
	}
}

// resync brings the watches in line with the folders of the tree: it
// drops the watches of folders that are gone or were moved (a moved
// folder's watch would report its old name) and watches every folder not
// yet watched. An error watching a folder goes to addErr, which may stop
// the walk by returning it; resync returns ErrRootGone when the root is
// gone, or is another folder of the same name.
func (w *Watcher) resync(addErr func(error) error) error {
	if st, err := os.Stat(w.root); err != nil || !os.SameFile(st, w.dir) {
		return fmt.Errorf("watch %s: %w", w.root, ErrRootGone)
	}
	for _, p := range w.fw.WatchList() {
		if st, err := os.Lstat(p); err != nil || !st.IsDir() {
			_ = w.fw.Remove(p)
		}
	}
	watched := make(map[string]bool)
	for _, p := range w.fw.WatchList() {
		watched[p] = true
	}
	return filepath.WalkDir(w.root, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil && p == w.root:
			return fmt.Errorf("watch %s: %w", w.root, err)
		case err != nil || !d.IsDir():
			return nil // an unreadable folder: ingest reports it
		case p != w.root && strings.HasPrefix(d.Name(), "."):
			return fs.SkipDir
		case watched[p]:
			return nil
		}
		if err := w.fw.Add(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return addErr(fmt.Errorf("watch %s: %w", p, explain(err)))
		}
		return nil
	})
}

// hidden reports whether a slash- or separator-separated relative path
// has an element starting with '.'.
func hidden(rel string) bool {
	for _, elem := range strings.Split(filepath.ToSlash(rel), "/") {
		if strings.HasPrefix(elem, ".") && elem != "." && elem != ".." {
			return true
		}
	}
	return false
}

// explain adds what to do to the errors of a system out of watches.
func explain(err error) error {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("%w (the system's limit of watched folders is reached; on Linux raise fs.inotify.max_user_watches)", err)
	case errors.Is(err, syscall.EMFILE):
		return fmt.Errorf("%w (the system's limit of watchers is reached; on Linux raise fs.inotify.max_user_instances)", err)
	}
	return err
}
