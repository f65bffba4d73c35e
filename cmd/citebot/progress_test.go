package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
)

// bigCorpus writes a corpus of about n chunks into a new folder: enough
// for a progress bar (minProgress).
func bigCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	months := []string{"January", "March", "May", "July", "September", "November"}
	for f := 0; f*30 < n; f++ {
		var b strings.Builder
		fmt.Fprintf(&b, "# Station log %d\n\n", f)
		for p := range 30 {
			for s := range 8 {
				k := (f*30+p)*8 + s
				fmt.Fprintf(&b, "Record %d notes that station %d measured %d millimetres of rain in %s. ", k, f, k%97, months[k%len(months)])
			}
			b.WriteString("\n\n")
		}
		name := filepath.Join(dir, fmt.Sprintf("log%02d.md", f))
		writeFile(t, name, b.String())
		// a time well past, which the index trusts (a file written in
		// the last moments is hashed again on every run)
		old := time.Now().Add(-time.Hour)
		if err := os.Chtimes(name, old, old); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestProgressOnTerminal: the first command over a new corpus shows the
// progress of indexing when stderr is a terminal, and not when it is a
// pipe, nor with --json, nor once the index is up to date.
func TestProgressOnTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes a corpus of 600 chunks, several times")
	}
	corpus := bigCorpus(t, 600)
	runOn := func(tty bool, data string, args ...string) result {
		var out, errb bytes.Buffer
		e := &env{syn: sharedSynonyms(), stdin: strings.NewReader(""), stdout: &out, stderr: &errb, stderrTTY: tty,
			getenv: func(k string) string {
				if k == "CITEBOT_DATA" {
					return data
				}
				return ""
			}}
		code := run(context.Background(), append([]string{"--corpus", corpus}, args...), e)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errb.String())
		}
		return result{code, out.String(), errb.String()}
	}
	data := t.TempDir()
	first := runOn(true, data, "search", "rain in May")
	if !strings.Contains(first.stderr, "reading") || !strings.Contains(first.stderr, "100%") {
		t.Errorf("no progress on a terminal:\n%q", first.stderr)
	}
	if again := runOn(true, data, "search", "rain in May"); again.stderr != "" {
		t.Errorf("progress with the index up to date:\n%q", again.stderr)
	}
	piped := runOn(false, t.TempDir(), "search", "rain in May")
	asJSON := runOn(true, t.TempDir(), "search", "--json", "rain in May")
	if piped.stderr != "" || asJSON.stderr != "" {
		t.Errorf("progress on a pipe or with --json:\n%q\n%q", piped.stderr, asJSON.stderr)
	}
	if piped.stdout != first.stdout {
		t.Errorf("the output differs with progress shown:\n%s\n%s", piped.stdout, first.stdout)
	}
}

// TestAskProgressPty: `citebot ask` on a new corpus in a terminal shows
// the progress of indexing, then the answer; with NO_COLOR no colour.
func TestAskProgressPty(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes a corpus of 600 chunks")
	}
	corpus := bigCorpus(t, 600)
	cmd := asMain(t.TempDir(), []string{"TERM=xterm", "NO_COLOR=1"}, "ask", "--no-llm", "--corpus", corpus, "How much rain did record 41 note?")
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 50, Cols: 120})
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer tty.Close()
	defer cmd.Process.Kill()
	out := &ptyOutput{changed: make(chan struct{}, 1)}
	go func() { _, _ = copyAll(out, tty) }()
	out.waitFor(t, "reading", 1)
	out.waitFor(t, "100%", 1)
	out.waitFor(t, "Sources:", 1)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("ask ended with %v", err)
		}
	case <-time.After(60 * time.Second): // a failure guard
		t.Fatal("ask did not end")
	}
	out.mu.Lock()
	o := out.buf.String()
	out.mu.Unlock()
	if strings.Contains(o, "\x1b[") {
		t.Errorf("escape sequences with NO_COLOR:\n%q", o)
	}
}
