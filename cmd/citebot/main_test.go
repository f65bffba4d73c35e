package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/citebot/citebot/retrieval"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// result is what one in-process run of citebot produced.
type result struct {
	code           int
	stdout, stderr string
}

// runCLI runs citebot in-process with args, an index in data, no .env
// influence and only the given environment.
func runCLI(t *testing.T, data string, stdin string, vars map[string]string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{syn: sharedSynonyms(), stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(k string) string {
		if k == "CITEBOT_DATA" {
			return data
		}
		return vars[k]
	}}
	code := run(context.Background(), args, e)
	return result{code, out.String(), errb.String()}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/citebot -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s (run with -update if the change is intended):\n--- got\n%s\n--- want\n%s", name, path, got, want)
	}
}

var reTimings = regexp.MustCompile(`"timings_ms":\{[^}]*\}`)

func TestGoldenOutput(t *testing.T) {
	data := t.TempDir()
	tests := []struct {
		name string
		args []string
	}{
		{"ask", []string{"ask", "When did Musharraf visit Moscow?"}},
		{"ask-json", []string{"ask", "--json", "How many Mi-35 helicopters did Pakistan end up getting?"}},
		{"ask-refused", []string{"ask", "What is the speed of light?"}},
		{"ask-collection", []string{"ask", "what is this collection about?"}},
		{"ask-greeting", []string{"ask", "hi!"}},
		{"search", []string{"search", "--k", "3", "RD-93 engines"}},
		{"sources", []string{"sources"}},
		{"cite-quote", []string{"cite", "an old friend is better than two new friends"}},
		{"help", []string{"--help"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, data, "", nil, tt.args...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			golden(t, tt.name, reTimings.ReplaceAllString(r.stdout, `"timings_ms":{}`))
		})
	}
}

func TestExitCodesAndMessages(t *testing.T) {
	data := t.TempDir()
	tests := []struct {
		name string
		args []string
		code int
		msg  string // must occur in stderr
	}{
		{"no command", nil, 2, ""},
		{"unknown command", []string{"frobnicate"}, 2, "unknown command"},
		{"empty question", []string{"ask", ""}, 2, "give a question"},
		{"blank question", []string{"ask", "   "}, 2, "give a question"},
		{"control-only question", []string{"ask", "\x01\x02"}, 2, "empty"},
		{"bad flag", []string{"ask", "--nope", "q?"}, 2, "unknown flag: --nope"},
		{"typo suggests", []string{"aks", "q?"}, 2, "did you mean ask?"},
		{"typo after a global flag", []string{"--corpus", "x", "serach", "q"}, 2, "did you mean search?"},
		{"data typo", []string{"data", "lsit"}, 2, "did you mean list?"},
		{"global flag after the command", []string{"sources", "--corpus", "/nonexistent/citebot"}, 1, "no such directory"},
		{"bad k", []string{"ask", "--k", "0", "q?"}, 2, "--k"},
		{"missing corpus", []string{"ask", "--corpus", "/nonexistent/citebot", "q?"}, 1, "no such directory"},
		{"corpus is a file", []string{"sources", "--corpus", "main.go"}, 1, "not a directory"},
		{"cite path", []string{"cite", "../../etc/passwd"}, 2, "looks like a file path"},
		{"cite empty quote", []string{"cite", `""`}, 2, "the quote is empty"},
		{"cite chunk zero", []string{"cite", "002#0"}, 2, "chunk numbers start at 1"},
		{"cite unknown id", []string{"cite", "nosuchdoc#3"}, 1, "no document"},
		{"cite bad id", []string{"cite", "002#zero"}, 2, "no chunk number"},
		{"eval missing file", []string{"eval", "/nonexistent.jsonl"}, 1, "no such file"},
		{"eval no file", []string{"eval"}, 2, "give one JSONL file"},
		{"sources extra arg", []string{"sources", "x"}, 2, "takes no arguments"},
		{"discord without token", []string{"discord"}, 2, "DISCORD_TOKEN"},
		{"bad timeout env", []string{"ask", "q?"}, 1, "CITEBOT_LLM_TIMEOUT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vars := map[string]string{}
			if tt.name == "bad timeout env" {
				vars["CITEBOT_LLM_TIMEOUT"] = "soon"
			}
			r := runCLI(t, data, "", vars, tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", r.code, r.stderr, tt.code, tt.msg)
			}
			if strings.Contains(r.stderr, "goroutine ") || strings.Contains(r.stderr, "panic") {
				t.Errorf("stack trace shown to the user: %s", r.stderr)
			}
		})
	}
}

// commandNames are citebot's commands.
var commandNames = []string{"ask", "chat", "cite", "search", "sources", "index", "eval", "discord", "data", "version", "completion"}

// TestHelpOnEveryCommand: `CMD --help` and `help CMD` print the command's
// help, with examples, on stdout and exit 0.
func TestHelpOnEveryCommand(t *testing.T) {
	for _, name := range commandNames {
		for _, args := range [][]string{{name, "--help"}, {"help", name}} {
			r := runCLI(t, t.TempDir(), "", nil, args...)
			if r.code != 0 || !strings.Contains(r.stdout, "citebot "+name) || r.stderr != "" {
				t.Errorf("%v: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
			}
			if name != "version" && name != "completion" && !strings.Contains(r.stdout, "Examples:") {
				t.Errorf("%v: no examples:\n%s", args, r.stdout)
			}
		}
	}
}

func TestAskOddInput(t *testing.T) {
	data := t.TempDir()
	long := strings.Repeat("When did Musharraf visit Moscow? ", 3200) // about 100 KB
	for _, q := range []string{long, "When did \x1b[31mMusharraf\x07 visit Moscow?", "When did Musharraf visit \xff\xfe Moscow?"} {
		r := runCLI(t, data, "", nil, "ask", "--json", q)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		var a struct {
			Answered bool
			Notes    []string
		}
		if err := json.Unmarshal([]byte(r.stdout), &a); err != nil || len(a.Notes) == 0 {
			t.Errorf("odd question: %v, notes %v", err, a.Notes)
		}
	}
}

func TestAskStdinJSONLines(t *testing.T) {
	in := "When did Musharraf visit Moscow?\n\n   \nWhat is the speed of light?\nWho wrote 'Managing Pakistan-Russia relations'?\n"
	r := runCLI(t, t.TempDir(), in, nil, "ask", "--json", "-")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d JSON lines, want 3", len(lines))
	}
	wantAnswered := []bool{true, false, true}
	for i, l := range lines {
		var a struct {
			Question string
			Answered bool
		}
		if err := json.Unmarshal([]byte(l), &a); err != nil || a.Answered != wantAnswered[i] {
			t.Errorf("line %d: %v %+v", i+1, err, a)
		}
	}
}

func TestIndexReportAndCorpusFlag(t *testing.T) {
	corpus := t.TempDir()
	os.WriteFile(filepath.Join(corpus, "rivers.md"), []byte("# Rivers\n\nThe Indus river rises in Tibet and flows for 3,180 kilometres to the Arabian Sea.\n"), 0o644)
	os.WriteFile(filepath.Join(corpus, "blob.bin"), []byte{0, 1, 2}, 0o644)
	data := t.TempDir()
	r := runCLI(t, data, "", nil, "index", "--corpus", corpus)
	if r.code != 0 || !strings.Contains(r.stdout, "1 added") || !strings.Contains(r.stdout, "skipped  blob.bin") {
		t.Fatalf("index: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = runCLI(t, data, "", nil, "ask", "--corpus", corpus, "How long is the Indus river?")
	if r.code != 0 || !strings.Contains(r.stdout, "3,180 kilometres") {
		t.Errorf("ask over --corpus: exit %d\n%s", r.code, r.stdout)
	}
}

func TestCorruptIndexIsRebuiltWithANotice(t *testing.T) {
	data := t.TempDir()
	if r := runCLI(t, data, "", nil, "sources"); r.code != 0 {
		t.Fatalf("sources: %s", r.stderr)
	}
	if err := os.WriteFile(filepath.Join(data, "index.gob"), []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, data, "", nil, "ask", "When did Musharraf visit Moscow?")
	if r.code != 0 || !strings.Contains(r.stderr, "the index was rebuilt") || !strings.Contains(r.stdout, "2003") {
		t.Errorf("exit %d, stderr %q, stdout %q", r.code, r.stderr, r.stdout)
	}
}

func TestUnwritableDataDir(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocker, []byte("x"), 0o644)
	data := filepath.Join(blocker, "sub")
	r := runCLI(t, data, "", nil, "ask", "When did Musharraf visit Moscow?")
	if r.code != 0 || !strings.Contains(r.stdout, "2003") || !strings.Contains(r.stderr, "kept in memory only") {
		t.Errorf("ask: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := runCLI(t, data, "", nil, "index"); r.code != 1 || !strings.Contains(r.stderr, "save index: a file stands where a folder should be") {
		t.Errorf("index: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestDamagedIndexSaysItIsRebuilt: a command that meets a damaged block of
// the index (found on first use, after opening) fails saying so and that
// the next run rebuilds it; the cause (which block) goes to the log.
func TestDamagedIndexSaysItIsRebuilt(t *testing.T) {
	var errb, logb bytes.Buffer
	e := &env{stderr: &errb, log: slog.New(slog.NewTextHandler(&logb, &slog.HandlerOptions{Level: slog.LevelDebug}))}
	err := fmt.Errorf("search: %w", &retrieval.CorruptError{Block: 7, Start: 7 << 16, End: 8 << 16})
	if code := report(context.Background(), e, err); code != 1 || !strings.Contains(errb.String(), "index corrupt") ||
		!strings.Contains(errb.String(), "rebuilt on the next run") || strings.Contains(errb.String(), "block 7") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
	if !strings.Contains(logb.String(), "block 7 of the index file") {
		t.Errorf("the log lacks the cause: %q", logb.String())
	}
}
