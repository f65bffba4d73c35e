package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// runTTY runs citebot in-process as if stdout were a terminal of the given
// width.
func runTTY(t *testing.T, data string, vars map[string]string, width int, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{syn: sharedSynonyms(), stdin: strings.NewReader(""), stdout: &out, stderr: &errb, stdoutTTY: true, width: width, height: 40,
		getenv: func(k string) string {
			if k == "CITEBOT_DATA" {
				return data
			}
			return vars[k]
		}}
	code := run(context.Background(), args, e)
	return result{code, out.String(), errb.String()}
}

// TestTerminalOutput: on a terminal, warnings stand out in colour, quotes
// are marked, and the sources table fits the width; NO_COLOR and pipes
// get plain text.
func TestTerminalOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("output checks, run without -short (the race run skips them)")
	}
	data := t.TempDir()
	tests := []struct {
		name  string
		width int
		args  []string
	}{
		{"ask-refused-tty", 80, []string{"ask", "What is the speed of light?"}},
		{"sources-tty-80", 80, []string{"sources"}},
		{"sources-tty-60", 60, []string{"sources"}},
		{"cite-quote-tty", 80, []string{"cite", "an old friend is better than two new friends"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runTTY(t, data, nil, tt.width, tt.args...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			golden(t, tt.name, r.stdout)
			if strings.HasPrefix(tt.name, "sources") {
				for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
					if n := len([]rune(line)); n >= tt.width {
						t.Errorf("line of %d columns on a %d-column terminal: %q", n, tt.width, line)
					}
				}
			}
			plain := runTTY(t, data, map[string]string{"NO_COLOR": "1"}, tt.width, tt.args...)
			piped := runCLI(t, data, "", nil, tt.args...)
			if strings.Contains(plain.stdout, "\x1b") || strings.Contains(piped.stdout, "\x1b") {
				t.Errorf("escape sequences with NO_COLOR or piped:\n%q\n%q", plain.stdout, piped.stdout)
			}
		})
	}
	r := runTTY(t, data, nil, 80, "ask", "What is the population of Karachi?")
	if !strings.Contains(r.stdout, "\x1b[") {
		t.Error("no colour on a terminal")
	}
}

// TestHelpGolden keeps every command's help, as printed on stdout.
func TestHelpGolden(t *testing.T) {
	for _, name := range commandNames {
		r := runCLI(t, t.TempDir(), "", nil, "help", name)
		if r.code != 0 {
			t.Fatalf("help %s: exit %d: %s", name, r.code, r.stderr)
		}
		golden(t, "help-"+name, r.stdout)
	}
	r := runCLI(t, t.TempDir(), "", nil, "help", "data", "clean")
	golden(t, "help-data-clean", r.stdout)
}
