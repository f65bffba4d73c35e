package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/citebot/citebot/openai/openaitest"
)

// TestMain lets a test run this test binary as the citebot command itself
// (CITEBOT_TEST_AS_MAIN=1, arguments after "--"), to see real signals and
// exit codes.
func TestMain(m *testing.M) {
	if os.Getenv("CITEBOT_TEST_AS_MAIN") == "1" {
		for i, a := range os.Args {
			if a == "--" {
				os.Args = append([]string{"citebot"}, os.Args[i+1:]...)
				break
			}
		}
		main()
		return
	}
	os.Exit(m.Run())
}

// asMain returns the command that runs this test binary as citebot with
// args (see TestMain), its data folder data, and env added to the
// environment.
func asMain(data string, env []string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^$", "--"}, args...)...)
	cmd.Env = append(append(os.Environ(), "CITEBOT_TEST_AS_MAIN=1", "CITEBOT_DATA="+data), env...)
	return cmd
}

// TestSignalsExitCodes: SIGINT and SIGTERM stop a command that is waiting
// for work, with exit codes 130 and 143.
func TestSignalsExitCodes(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("The bridge was built in 1932 by the council.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		t.Run(tt.sig.String(), func(t *testing.T) {
			cmd := asMain(t.TempDir(), nil, "ask", "--json", "--corpus", dir, "-")
			stdin, _ := cmd.StdinPipe()
			stdout, _ := cmd.StdoutPipe()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()
			if _, err := stdin.Write([]byte("When was the bridge built?\n")); err != nil {
				t.Fatal(err)
			}
			line, err := bufio.NewReader(stdout).ReadBytes('\n') // the first answer: now waiting on stdin
			if err != nil || !json.Valid(line) {
				t.Fatalf("first answer: %v %q", err, line)
			}
			if err := cmd.Process.Signal(tt.sig); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			select {
			case <-exited:
			case <-time.After(30 * time.Second): // a failure guard, not a measure
				t.Fatalf("still running after %v", tt.sig)
			}
			if got := cmd.ProcessState.ExitCode(); got != tt.code {
				t.Errorf("exit code %d after %v, want %d", got, tt.sig, tt.code)
			}
		})
	}
}

// TestIndexInterrupted: SIGINT while `index` is embedding stops it with
// exit 130 and leaves the stored index as it was.
func TestIndexInterrupted(t *testing.T) {
	srv := openaitest.New()
	defer srv.Close()
	srv.EmbedGate = make(chan struct{}) // every embeddings request waits: indexing is under way
	corpus, data := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(corpus, "a.txt"), []byte("The bridge was built in 1932 by the council.\n"), 0o644)
	env := []string{"CITEBOT_EMBEDDER=openai", "CITEBOT_EMBED_BASE_URL=" + srv.URL(), "CITEBOT_EMBED_MODEL=m"}
	first := asMain(data, env, "index", "--corpus", corpus)
	go func() { <-srv.Arrived(); srv.EmbedGate <- struct{}{} }()
	if out, err := first.CombinedOutput(); err != nil {
		t.Fatalf("first index: %v\n%s", err, out)
	}
	before, err := os.ReadFile(filepath.Join(data, "index.gob"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(corpus, "b.txt"), []byte("The tower was built in 1950 by the city.\n"), 0o644)
	cmd := asMain(data, env, "index", "--corpus", corpus)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	<-srv.Arrived() // the second index is embedding b.txt
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case <-exited:
	case <-time.After(30 * time.Second): // a failure guard, not a measure
		t.Fatal("index still running after SIGINT")
	}
	if got := cmd.ProcessState.ExitCode(); got != 130 {
		t.Errorf("exit code %d, want 130", got)
	}
	after, _ := os.ReadFile(filepath.Join(data, "index.gob"))
	if !bytes.Equal(before, after) {
		t.Error("the stored index changed")
	}
}
