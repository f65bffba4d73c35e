package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/citebot/citebot/retrieval"
)

// lines delivers the lines of r on a channel, closed at the end.
func lines(r io.Reader) <-chan string {
	ch := make(chan string, 10000) // roomy: a process blocked on a full pipe would stall the test
	go func() {
		defer close(ch)
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			ch <- sc.Text()
		}
	}()
	return ch
}

// waitLine waits for a line of ch containing s and returns it; the lines
// before it are passed over.
func waitLine(t *testing.T, ch <-chan string, s string) string {
	t.Helper()
	guard := time.After(60 * time.Second) // a failure guard, not a measure
	for {
		select {
		case l, ok := <-ch:
			if !ok {
				t.Fatalf("output ended before a line with %q", s)
			}
			if strings.Contains(l, s) {
				return l
			}
		case <-guard:
			t.Fatalf("no line with %q", s)
		}
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestIndexWatch runs `citebot index --watch` as a process: it indexes,
// reports each change of the corpus folder (a new file, a file in a new
// folder, a removal) as index does, keeps watching after a change it
// cannot index, and ends on SIGINT with exit 130.
func TestIndexWatch(t *testing.T) {
	corpus := t.TempDir()
	writeFile(t, filepath.Join(corpus, "rivers.md"), "# Rivers\n\nThe Indus river rises in Tibet.\n")
	cmd := asMain(t.TempDir(), nil, "index", "--watch", "--corpus", corpus)
	stdout, _ := cmd.StdoutPipe()
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	out, errs := lines(stdout), lines(stderr)
	waitLine(t, out, "added    rivers.md")
	waitLine(t, errs, "watching "+corpus)

	// as editors save: a hidden temporary file renamed into place, so that
	// no update sees the file half written
	tmp := filepath.Join(corpus, ".towns.md.tmp")
	writeFile(t, tmp, "# Towns\n\nKarachi is a port on the Arabian Sea.\n")
	if err := os.Rename(tmp, filepath.Join(corpus, "towns.md")); err != nil {
		t.Fatal(err)
	}
	if l := waitLine(t, out, "documents indexed"); !strings.HasPrefix(l, "2 documents indexed: 1 added") {
		t.Errorf("report %q", l)
	}
	waitLine(t, out, "added    towns.md")

	if err := os.MkdirAll(filepath.Join(corpus, "new", "deep"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(corpus, "new", "deep", "hills.md"), "# Hills\n\nThe Margalla Hills stand north of Islamabad.\n")
	waitLine(t, out, "added    new/deep/hills.md")
	writeFile(t, filepath.Join(corpus, "new", "deep", "lakes.txt"), "Lake Saiful Muluk lies in the Kaghan Valley.\n")
	waitLine(t, out, "added    new/deep/lakes.txt")

	writeFile(t, filepath.Join(corpus, "blob.bin"), "\x00\x01")
	if err := os.Remove(filepath.Join(corpus, "rivers.md")); err != nil {
		t.Fatal(err)
	}
	waitLine(t, out, "removed  rivers.md")
	waitLine(t, out, "skipped  blob.bin")

	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case <-exited:
	case <-time.After(30 * time.Second): // a failure guard
		t.Fatal("still running after SIGINT")
	}
	if got := cmd.ProcessState.ExitCode(); got != 130 {
		t.Errorf("exit code %d after SIGINT, want 130", got)
	}
}

// TestChatWatchesTheCorpus: `citebot chat` answers from a file added to
// the corpus folder while it runs, and with --watch=false it does not.
func TestChatWatchesTheCorpus(t *testing.T) {
	for _, watch := range []bool{true, false} {
		corpus := t.TempDir()
		writeFile(t, filepath.Join(corpus, "rivers.md"), "# Rivers\n\nThe Indus river rises in Tibet.\n")
		args := []string{"chat", "--json", "--no-llm", "--corpus", corpus}
		if !watch {
			args = append(args, "--watch=false")
		}
		cmd := asMain(t.TempDir(), []string{"CITEBOT_DEBUG=1"}, args...)
		stdin, _ := cmd.StdinPipe()
		stdout, _ := cmd.StdoutPipe()
		stderr, _ := cmd.StderrPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		out, errs := lines(stdout), lines(stderr)
		ask := func(q string) chatAnswer {
			t.Helper()
			if _, err := io.WriteString(stdin, q+"\n"); err != nil {
				t.Fatal(err)
			}
			var a chatAnswer
			if err := json.Unmarshal([]byte(waitLine(t, out, "{")), &a); err != nil {
				t.Fatal(err)
			}
			return a
		}
		if a := ask("Where does the Indus rise?"); !strings.Contains(a.Answer, "Tibet") {
			t.Fatalf("first answer %q", a.Answer)
		}
		writeFile(t, filepath.Join(corpus, "hills.md"), "# Hills\n\nThe Margalla Hills stand north of Islamabad.\n")
		if watch {
			waitLine(t, errs, "index updated")
		}
		a := ask("Where do the Margalla Hills stand?")
		if got := strings.Contains(a.Answer, "north of Islamabad"); got != watch {
			t.Errorf("watch %v: answer %q", watch, a.Answer)
		}
		stdin.Close()
		if err := cmd.Wait(); err != nil {
			t.Errorf("chat: %v", err)
		}
	}
}

type chatAnswer struct {
	Answer string `json:"answer"`
}

// logged is a slog.Handler that sends each record's message on a channel.
type logged chan string

func (l logged) Enabled(context.Context, slog.Level) bool { return true }
func (l logged) Handle(_ context.Context, r slog.Record) error {
	select {
	case l <- r.Message:
	default: // nobody waits for it
	}
	return nil
}
func (l logged) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l logged) WithGroup(string) slog.Handler      { return l }

// waitLog waits for a record whose message contains s.
func waitLog(t *testing.T, l logged, s string) {
	t.Helper()
	guard := time.After(60 * time.Second) // a failure guard, not a measure
	for {
		select {
		case m := <-l:
			if strings.Contains(m, s) {
				return
			}
		case <-guard:
			t.Fatalf("nothing logged with %q", s)
		}
	}
}

// TestBackgroundUpdateKeepsAnswering: while the index of a folder corpus
// is updated in the background, searches keep answering (run it with
// -race); each update makes the new document searchable, and an update
// that fails leaves the previous index serving.
func TestBackgroundUpdateKeepsAnswering(t *testing.T) {
	ctx := context.Background()
	corpus := t.TempDir()
	writeFile(t, filepath.Join(corpus, "rivers.md"), "# Rivers\n\nThe Indus river rises in Tibet.\n")
	cfg := Config{Corpus: corpus, Data: t.TempDir()}
	events := make(logged, 100)
	log := slog.New(events)
	bg := newBackground(cfg, true, log)
	defer func() { bg.stop() }()
	// an embedder whose vectors the index keeps, so that an update
	// embeds, and a failing embedder can make one fail
	kept := retrieval.HashEmbedder(retrieval.DefaultDim)
	kept.Local = false
	c := retrieval.Corpus{FS: os.DirFS(corpus), Name: corpus}
	opts := retrieval.Options{Embedder: kept, DataDir: cfg.Data, Logger: log}
	ix, _, err := retrieval.Open(ctx, c, opts)
	if err != nil {
		t.Fatal(err)
	}
	lx := &localIndex{Index: ix, corpus: c, opts: opts}
	bg.start(ctx, lx)

	stop, failed := make(chan struct{}), make(chan string, 1)
	searched := make(chan struct{})
	go func() {
		defer close(searched)
		for {
			select {
			case <-stop:
				return
			default:
			}
			ps, err := lx.Search(ctx, "Indus river Tibet", 3)
			if err != nil || len(ps) == 0 || ps[0].Doc != "rivers.md" {
				failed <- fmt.Sprintf("search during an update: %v %v", err, ps)
				return
			}
		}
	}()
	for i := range 3 {
		name := fmt.Sprintf("town%d.md", i)
		writeFile(t, filepath.Join(corpus, name), fmt.Sprintf("# Town %d\n\nThe town of Zarqun%d lies by the river.\n", i, i))
		waitLog(t, events, "index updated")
		ps, err := lx.Search(ctx, fmt.Sprintf("Zarqun%d", i), 1)
		if err != nil || len(ps) == 0 || ps[0].Doc != name {
			t.Fatalf("after the update: %v %v", err, ps)
		}
	}

	// an update that fails: the previous index keeps serving
	broken := kept
	broken.Embed = func(context.Context, []string) ([][]float32, error) { return nil, errors.New("embedder down") }
	bg.stop()
	lx.opts.Embedder = broken
	bg = newBackground(cfg, true, log)
	bg.start(ctx, lx)
	writeFile(t, filepath.Join(corpus, "late.md"), "# Late\n\nThe village of Quorvel is new.\n")
	waitLog(t, events, "the previous one keeps serving")
	if ps, err := lx.Search(ctx, "Quorvel", 3); err != nil || len(ps) > 0 && ps[0].Doc == "late.md" {
		t.Errorf("a failed update changed the index: %v %v", err, ps)
	}
	close(stop)
	<-searched
	select {
	case msg := <-failed:
		t.Error(msg)
	default:
	}
}

// TestIndexWatchNeedsAFolder: --watch over the embedded corpus or a
// missing folder is refused before anything is indexed.
func TestIndexWatchNeedsAFolder(t *testing.T) {
	r := runCLI(t, t.TempDir(), "", nil, "index", "--watch")
	if r.code != 2 || !strings.Contains(r.stderr, "--watch needs a corpus folder") {
		t.Errorf("embedded: exit %d, stderr %q", r.code, r.stderr)
	}
	r = runCLI(t, t.TempDir(), "", nil, "index", "--watch", "--corpus", "/nonexistent/citebot")
	if r.code != 1 || !strings.Contains(r.stderr, "no such directory") || r.stdout != "" {
		t.Errorf("missing folder: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}
