package fsnotify_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/citebot/citebot/fsnotify"
)

// guard bounds every wait for an event: a failure guard, not a measure.
const guard = 20 * time.Second

// watched is a Watcher running on a temporary folder; calls receives a
// value for each call back.
type watched struct {
	dir   string
	calls chan struct{}
	done  chan error // Run's result
	stop  context.CancelFunc
}

func watch(t *testing.T, debounce time.Duration) *watched {
	t.Helper()
	return watchDir(t, t.TempDir(), debounce)
}

// watchDir is watch on a folder the test has filled.
func watchDir(t *testing.T, dir string, debounce time.Duration) *watched {
	t.Helper()
	w, err := fsnotify.New(dir, fsnotify.Options{Debounce: debounce, OnError: func(err error) { t.Logf("watch error: %v", err) }})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	tw := &watched{dir: dir, calls: make(chan struct{}, 100), done: make(chan error, 1), stop: cancel}
	go func() { tw.done <- w.Run(ctx, func() { tw.calls <- struct{}{} }) }()
	t.Cleanup(func() {
		cancel()
		<-tw.done
	})
	return tw
}

// call waits for the next call back, after what did.
func (tw *watched) call(t *testing.T, did string) {
	t.Helper()
	select {
	case <-tw.calls:
	case err := <-tw.done:
		t.Fatalf("%s: Run ended: %v", did, err)
	case <-time.After(guard):
		t.Fatalf("%s: no call back", did)
	}
}

// quiet checks that no call back comes within d: the only waits on time,
// for the absence of an event.
func (tw *watched) quiet(t *testing.T, d time.Duration, did string) {
	t.Helper()
	select {
	case <-tw.calls:
		t.Fatalf("%s: called back", did)
	case <-time.After(d):
	}
}

func (tw *watched) path(name string) string { return filepath.Join(tw.dir, filepath.FromSlash(name)) }

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func write(t *testing.T, p, text string) { t.Helper(); must(t, os.WriteFile(p, []byte(text), 0o644)) }

func TestCreateModifyRenameDelete(t *testing.T) {
	tw := watch(t, 30*time.Millisecond)
	a := tw.path("a.md")
	write(t, a, "one")
	tw.call(t, "create")
	write(t, a, "two")
	tw.call(t, "modify")
	must(t, os.Rename(a, tw.path("b.md")))
	tw.call(t, "rename")
	must(t, os.Remove(tw.path("b.md")))
	tw.call(t, "delete")
}

func TestNewFoldersAreWatched(t *testing.T) {
	tw := watch(t, 30*time.Millisecond)
	must(t, os.Mkdir(tw.path("sub"), 0o755))
	tw.call(t, "mkdir")
	write(t, tw.path("sub/a.md"), "x")
	tw.call(t, "file in a new folder")

	// folders made at once, a file written in the deepest before any call
	must(t, os.MkdirAll(tw.path("x/y/z"), 0o755))
	write(t, tw.path("x/y/z/a.md"), "x")
	tw.call(t, "mkdir -p")
	write(t, tw.path("x/y/z/b.md"), "x")
	tw.call(t, "file in a deep new folder")

	// a folder moved within the tree is watched under its new name
	must(t, os.Rename(tw.path("x"), tw.path("w")))
	tw.call(t, "folder renamed")
	write(t, tw.path("w/y/z/c.md"), "x")
	tw.call(t, "file in a renamed folder")
}

func TestFolderDeletedAndRecreated(t *testing.T) {
	tw := watch(t, 30*time.Millisecond)
	must(t, os.MkdirAll(tw.path("sub/deep"), 0o755))
	write(t, tw.path("sub/deep/a.md"), "x")
	tw.call(t, "mkdir")
	must(t, os.RemoveAll(tw.path("sub")))
	tw.call(t, "rm -r")
	must(t, os.MkdirAll(tw.path("sub/deep"), 0o755))
	tw.call(t, "mkdir again")
	write(t, tw.path("sub/deep/b.md"), "x")
	tw.call(t, "file in the recreated folder")
}

// TestEditorSave: a save by a temporary file renamed over the old one is
// one change; a change of mode only, and hidden files (swap files,
// .git), are none.
func TestEditorSave(t *testing.T) {
	const d = 100 * time.Millisecond
	dir := t.TempDir()
	write(t, filepath.Join(dir, "notes.md"), "v1") // before watching: every step below is one event at most
	tw := watchDir(t, dir, d)
	a := tw.path("notes.md")

	tmp := tw.path(".notes.md.tmp")
	write(t, tmp, "v2")
	must(t, os.Chmod(tmp, 0o600))
	must(t, os.Rename(tmp, a))
	tw.call(t, "temp file renamed over")

	must(t, os.Chmod(a, 0o644))
	now := time.Now()
	must(t, os.Chtimes(a, now, now))
	write(t, tw.path(".notes.md.swp"), "swap")
	must(t, os.MkdirAll(tw.path(".git/objects"), 0o755))
	write(t, tw.path(".git/objects/x"), "x")
	tw.quiet(t, 5*d, "chmod, touch and hidden files")
	write(t, a, "v3")
	tw.call(t, "write after them")
}

// TestBurstIsOneCall: many changes within the quiet period make one call.
func TestBurstIsOneCall(t *testing.T) {
	const d = 300 * time.Millisecond
	tw := watch(t, d)
	must(t, os.Mkdir(tw.path("burst"), 0o755))
	for i := range 30 {
		write(t, tw.path("burst/"+string(rune('a'+i%26))+".md"), "x")
	}
	tw.call(t, "burst")
	tw.quiet(t, 3*d, "after the burst's call")
}

// TestChangesDuringACall: a call is never overlapped; changes made while
// it runs lead to one more call after it returns.
func TestChangesDuringACall(t *testing.T) {
	dir := t.TempDir()
	w, err := fsnotify.New(dir, fsnotify.Options{Debounce: 20 * time.Millisecond})
	must(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	entered, release := make(chan int, 10), make(chan struct{})
	n := 0
	done := make(chan error, 1)
	go func() {
		done <- w.Run(ctx, func() {
			n++
			entered <- n
			if n == 1 {
				<-release
			}
		})
	}()
	write(t, filepath.Join(dir, "a.md"), "x")
	if got := <-entered; got != 1 {
		t.Fatalf("call %d", got)
	}
	write(t, filepath.Join(dir, "b.md"), "x") // during the first call
	write(t, filepath.Join(dir, "c.md"), "x")
	close(release)
	select {
	case got := <-entered:
		if got != 2 {
			t.Fatalf("call %d", got)
		}
	case <-time.After(guard):
		t.Fatal("no call after the changes made during the first")
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run: %v", err)
	}
}

// TestStopWaitsForTheCall: when ctx ends during a call, Run returns after
// the call does, with nil.
func TestStopWaitsForTheCall(t *testing.T) {
	dir := t.TempDir()
	w, err := fsnotify.New(dir, fsnotify.Options{Debounce: 10 * time.Millisecond})
	must(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	entered, release := make(chan struct{}), make(chan struct{})
	finished := false
	done := make(chan error, 1)
	go func() {
		done <- w.Run(ctx, func() {
			close(entered)
			<-release
			finished = true
		})
	}()
	write(t, filepath.Join(dir, "a.md"), "x")
	<-entered
	cancel()
	close(release)
	if err := <-done; err != nil || !finished {
		t.Errorf("Run: %v; call finished: %v", err, finished)
	}
}

func TestRootGone(t *testing.T) {
	tw := watch(t, 10*time.Millisecond)
	must(t, os.RemoveAll(tw.dir))
	select {
	case err := <-tw.done:
		if !errors.Is(err, fsnotify.ErrRootGone) {
			t.Errorf("Run: %v, want ErrRootGone", err)
		}
		tw.done <- err // for the cleanup
	case <-time.After(guard):
		t.Fatal("Run did not end when its folder was removed")
	}
}

func TestNewRefusesAFile(t *testing.T) {
	f := filepath.Join(t.TempDir(), "file")
	write(t, f, "x")
	if _, err := fsnotify.New(f, fsnotify.Options{}); err == nil {
		t.Error("New on a file: no error")
	}
	if _, err := fsnotify.New(filepath.Join(t.TempDir(), "none"), fsnotify.Options{}); err == nil {
		t.Error("New on a missing folder: no error")
	}
}

func TestCloseEndsRun(t *testing.T) {
	w, err := fsnotify.New(t.TempDir(), fsnotify.Options{})
	must(t, err)
	done := make(chan error, 1)
	go func() { done <- w.Run(context.Background(), func() {}) }()
	must(t, w.Close())
	select {
	case err := <-done:
		if !errors.Is(err, fsnotify.ErrClosed) {
			t.Errorf("Run after Close: %v", err)
		}
	case <-time.After(guard):
		t.Fatal("Run did not end on Close")
	}
	must(t, w.Close()) // again: nothing
}
