//go:build linux || darwin

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// ptyOutput collects what a pseudo-terminal prints and lets a test wait
// for text to appear.
type ptyOutput struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	changed chan struct{}
}

func (o *ptyOutput) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.buf.Write(p)
	select {
	case o.changed <- struct{}{}:
	default:
	}
	return len(p), nil
}

// waitFor waits until s occurs n times in the output.
func (o *ptyOutput) waitFor(t *testing.T, s string, n int) {
	t.Helper()
	guard := time.After(60 * time.Second) // a failure guard, not a measure
	for {
		o.mu.Lock()
		got := strings.Count(o.buf.String(), s)
		out := o.buf.String()
		o.mu.Unlock()
		if got >= n {
			return
		}
		select {
		case <-o.changed:
		case <-guard:
			t.Fatalf("waited for %q ×%d; output so far:\n%q", s, n, out)
		}
	}
}

// TestChatTerminal drives `citebot chat` through a pseudo-terminal: a
// banner and prompt, Ctrl-C clearing the line, arrow keys editing it and
// recalling the history (kept in the data folder), Ctrl-D ending.
func TestChatTerminal(t *testing.T) {
	data := t.TempDir()
	cmd := asMain(data, []string{"TERM=xterm", "NO_COLOR=1"}, "chat", "--no-llm")
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 50, Cols: 200})
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer tty.Close()
	defer cmd.Process.Kill()
	out := &ptyOutput{changed: make(chan struct{}, 1)}
	go func() { _, _ = copyAll(out, tty) }()
	out.waitFor(t, "Ask a question", 1)
	out.waitFor(t, "> ", 1)
	type_ := func(s string) {
		if _, err := tty.Write([]byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	type_("What is the population of Karachi")
	out.waitFor(t, "Karachi", 1) // echoed: the editor reads keys, so Ctrl-C is a key, not a signal
	type_("\x03")                // Ctrl-C: the line is dropped, a new prompt shown
	out.waitFor(t, "^C", 1)
	out.waitFor(t, "> ", 2)
	type_("When did Musharraf visit Moscw?")
	type_("\x1b[D\x1b[D") // two steps left, before "w?"
	type_("o\r")
	out.waitFor(t, "2003", 1)
	out.waitFor(t, "> ", 3)
	type_("\x1b[A\r") // up: the last question again
	out.waitFor(t, "Sources:", 2)
	out.waitFor(t, "> ", 4)
	type_("/help\r")
	out.waitFor(t, "/cite REF", 1)
	type_("\x04") // Ctrl-D ends
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("chat ended with %v", err)
		}
	case <-time.After(60 * time.Second): // a failure guard
		t.Fatal("chat did not end on Ctrl-D")
	}
	out.mu.Lock()
	o := out.buf.String()
	out.mu.Unlock()
	if strings.Contains(o, "Karachi?") || strings.Contains(o, "population") && strings.Count(o, "Closest passages") > 0 {
		t.Errorf("the line cleared by Ctrl-C was answered:\n%s", o)
	}
	hist, err := os.ReadFile(filepath.Join(data, historyFile))
	if err != nil || !strings.Contains(string(hist), "When did Musharraf visit Moscow?") || strings.Contains(string(hist), "Karachi") {
		t.Errorf("history %q, %v", hist, err)
	}
}

// copyAll copies src to dst until src fails (the terminal closes).
func copyAll(dst *ptyOutput, src *os.File) (int64, error) {
	buf := make([]byte, 4096)
	var n int64
	for {
		k, err := src.Read(buf)
		if k > 0 {
			dst.Write(buf[:k])
			n += int64(k)
		}
		if err != nil {
			return n, err
		}
	}
}
